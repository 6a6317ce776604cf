package org.parley.ui.main;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parley.model.Delegation;
import org.parley.model.Countdown;
import org.parley.model.DeskClock;
import org.parley.model.DeskTimes;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.service.Editor;
import org.parley.ui.changes.ChangesViewModel;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.Dialogs;
import org.parley.ui.compromises.CompromisesViewModel;
import org.parley.ui.positions.PositionsViewModel;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;
import org.parley.model.TimelineEvent;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.missions.MissionsViewModel;
import org.parley.ui.proposals.DropSpot;
import org.parley.ui.proposals.ProposalEditing;
import org.parley.ui.proposals.ProposalFormDialogs;
import org.parley.ui.proposals.ProposalForms;
import org.parley.ui.proposals.ProposalsViewModel;
import org.parley.ui.scenarios.ScenariosViewModel;
import org.parley.ui.timeline.TimelineViewModel;

/**
 * The desk as a whole: the header's title and countdown, the three panes' view models, how a
 * selection in one pane highlights what relates to it in the others, the details text and the
 * status line.
 */
public final class MainViewModel {


    private final MissionsViewModel missions = new MissionsViewModel();
    private final ProposalsViewModel proposals = new ProposalsViewModel();
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyStringWrapper deskTime = new ReadOnlyStringWrapper(this, "deskTime", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private boolean readOnly;
    private final ReadOnlyStringWrapper workspaceText = new ReadOnlyStringWrapper(this, "workspaceText", "");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");

    private NegotiationData data;
    private SelectionDetails describer;
    private DeskClock clock;
    private ProposedCuts cuts;
    private DeskEditing editing;
    private ChangesViewModel changes;
    private ProposalEditing proposalEditing;
    private PositionsViewModel positions;
    private CompromisesViewModel compromises;
    private ScenariosViewModel scenarios;

    public MainViewModel() {
        missions.selectedRowProperty().addListener((obs, old, row) -> missionRowSelected(row));
        proposals.selectedProposalProperty().addListener((obs, old, p) -> proposalSelected(p));
        proposals.selectedDelegationProperty().addListener((obs, old, d) -> delegationSelected(d));
        timeline.selectedEventProperty().addListener((obs, old, e) -> eventSelected(e));
    }

    /**
     * Shows a negotiation from a workspace, with the desk clock its countdown runs on. The cuts
     * come in computed, so the caller can compute them off the JavaFX thread (a large
     * negotiation takes a noticeable moment).
     */
    public void show(NegotiationData data, ProposedCuts cuts, Path workspaceFile, DeskClock clock) {
        this.clock = clock;
        Negotiation n = data.negotiation();
        title.set(n.title());
        body.set(n.body());
        timeline.showNegotiation(n);
        // About a week fits the pane at the default window size: the desk date and the deadline.
        timeline.setZoom(3);
        workspaceText.set("Workspace: " + workspaceFile);
        refresh(data, cuts);
        details.set("Select a mission, a proposal or an event to see its details and sources.");
        tick();
    }

    /**
     * Makes the negotiation editable: every gesture goes through {@code editor}, and each one
     * applied (done, undone or redone) refreshes the panes.
     */
    public void attach(Editor editor, Dialogs dialogs) {
        attach(editor, dialogs, new ProposalFormDialogs(ProposalFormDialogs::focusedWindow));
    }

    /** {@link #attach(Editor, Dialogs)} with the forms the proposal gestures ask (tests pass a fake). */
    public void attach(Editor editor, Dialogs dialogs, ProposalForms forms) {
        this.readOnly = editor.readOnly();
        if (readOnly) {
            workspaceText.set(workspaceText.get() + " — read-only: another Parley is changing it, so changes here are refused");
        }
        this.editing = new DeskEditing(editor, dialogs);
        this.changes = new ChangesViewModel(editor);
        this.scenarios = new ScenariosViewModel(editing);
        this.positions = new PositionsViewModel(editing);
        this.compromises = new CompromisesViewModel(editing, () -> clock.now());
        this.proposalEditing = new ProposalEditing(editing, forms, proposals, () -> clock.now());
        missions.setOnProposeAmendment(proposalEditing.amendments()::propose);
        missions.setOnProposeAmendmentInto((target, proposalId) ->
                proposalEditing.amendments().propose(target, proposalId, DropSpot.END));
    }

    /**
     * What a gesture applied (done, undone, redone) refreshes, in the order it runs: undo and
     * redo, the changes list, the scenarios, the positions, the compromises, then the desk's own
     * panes. The desk session adds each to the editor as one listener (so a failing one does not
     * keep the next from running) and removes them when it closes; empty until {@link #attach}.
     */
    public java.util.List<java.util.function.Consumer<Editor.Applied>> appliedListeners() {
        if (editing == null) {
            return java.util.List.of();
        }
        return java.util.List.of(editing::onApplied, changes::onApplied, scenarios::onApplied,
                positions::onApplied, compromises::onApplied, this::onApplied);
    }

    /** The desk's own panes after a gesture: header, missions, proposals, timeline, counts. */
    public void onApplied(Editor.Applied applied) {
        // Only the missions the gesture touched are computed again: no pause on large negotiations.
        refresh(applied.data(), ProposedCuts.update(cuts, applied.data(), applied.missionIds()));
    }

    /** The proposal and amendment gestures; null until {@link #attach}. */
    public ProposalEditing proposalEditing() {
        return proposalEditing;
    }

    /** True while no proposal is selected: Proposal > Edit, Duplicate and Delete are off then. */
    public javafx.beans.binding.BooleanBinding noProposalSelected() {
        return proposals().selectedProposalProperty().isNull();
    }

    /** Proposal > Edit, Duplicate or Delete on the selected proposal; nothing when none is selected. */
    public void onSelectedProposal(java.util.function.BiConsumer<ProposalEditing, Long> gesture) {
        Proposal selected = proposals().selectedProposalProperty().get();
        if (selected != null && proposalEditing != null) {
            gesture.accept(proposalEditing, selected.id());
        }
    }

    /**
     * Proposes an amendment on the mission, line or post row selected in the missions pane
     * (Ctrl+Shift+A), or says what to select first.
     */
    public void proposeAmendmentOnSelectedRow() {
        MissionRow row = missions.selectedRowProperty().get();
        if (row != null && missions.canProposeAmendment(row)) {
            missions.proposeAmendment(row);
        } else if (editing != null) {
            editing.dialogs().error("Propose amendment", "Select a mission, a budget line or a post row in the"
                    + " Missions pane first: the new amendment aims at it.");
        }
    }

    /** Undo, redo and running gestures; null until {@link #attach}. */
    public DeskEditing editing() {
        return editing;
    }

    /** The "What changed since…" list; null until {@link #attach}. */
    public ChangesViewModel changes() {
        return changes;
    }

    /** The positions matrix; null until {@link #attach}. */
    public PositionsViewModel positions() {
        return positions;
    }

    /** The compromises list; null until {@link #attach}. */
    public CompromisesViewModel compromises() {
        return compromises;
    }

    /** The scenario view; null until {@link #attach}. */
    public ScenariosViewModel scenarios() {
        return scenarios;
    }

    /** The negotiation as the panes show it. */
    public NegotiationData data() {
        return data;
    }

    private void refresh(NegotiationData next, ProposedCuts cuts) {
        this.data = next;
        this.cuts = cuts;
        this.describer = new SelectionDetails(next, cuts, () -> clock.now());
        // The header follows an edit of the negotiation's details (and its undo).
        title.set(next.negotiation().title());
        body.set(next.negotiation().body());
        missions.setData(next, cuts);
        proposals.setData(next);
        timeline.getEvents().setAll(next.events());
        countsText.set(next.missions().size() + " missions · " + next.proposals().size() + " proposals · "
                + next.events().size() + " events · " + next.postCount() + " posts");
    }

    /** Moves the desk clock on: countdown, desk time, the timeline's "now" line. */
    public void tick() {
        if (data == null) {
            return;
        }
        Negotiation n = data.negotiation();
        var now = clock.now();
        countdown.set(Countdown.describe(now, n.deadline(), n.zone()));
        String at = DeskTimes.dateTime(now, n.zone()) + " " + DeskTimes.zoneName(n.zone());
        deskTime.set(clock.isReplay() ? "Replay: " + at : at);
        timeline.deskNowProperty().set(now);
        missions.deskNowProperty().set(now);
    }

    public MissionsViewModel missions() {
        return missions;
    }

    public ProposalsViewModel proposals() {
        return proposals;
    }

    /**
     * For a link in the details: selecting the event whose title the line names (the longest
     * such title), on the timeline; empty when it names none.
     */
    public java.util.Optional<Runnable> eventNamedIn(String line) {
        NegotiationData d = data();
        if (d == null) {
            return java.util.Optional.empty();
        }
        return d.events().stream().filter(e -> line.contains(e.title()))
                .max(java.util.Comparator.comparingInt(e -> e.title().length()))
                .map(e -> () -> timeline().select(e));
    }

    /** For a link in the details: the id of the mission with this code, if there is one. */
    public java.util.Optional<Long> missionWithCode(String code) {
        NegotiationData d = data();
        return d == null ? java.util.Optional.empty()
                : d.missions().stream().filter(m -> m.code().equals(code)).findFirst().map(m -> m.id());
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** "REPLAY 26 Jun 2018 09:00 New York" for a replay, else the desk's time. */
    public ReadOnlyStringProperty deskTimeProperty() {
        return deskTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** True when the attached editor refuses every gesture (the workspace is open read-only). */
    public boolean readOnly() {
        return readOnly;
    }

    public ReadOnlyStringProperty workspaceTextProperty() {
        return workspaceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    private void missionRowSelected(MissionRow row) {
        if (row == null) {
            proposals.getRelatedProposalIds().clear();
            return;
        }
        Mission m = row.mission();
        Set<Long> related = new HashSet<>();
        for (Proposal p : data.proposals()) {
            if (p.touchesMission(m.id())) {
                related.add(p.id());
            }
        }
        proposals.getRelatedProposalIds().clear();
        proposals.getRelatedProposalIds().addAll(related);
        missions.getRelatedMissionIds().clear();
        // Only events about this mission: an event about a proposal that also touches other
        // missions ("informals on UNMISS") would mislead.
        highlightEvents(Set.of(m.id()), Set.of());
        details.set(row instanceof MissionRow.OfLine l ? describer.of(l.line(), m) : describer.of(m));
    }

    /** A delegation's heading in the proposals tree: its details, not those of what was selected before. */
    private void delegationSelected(Delegation d) {
        if (d != null && describer != null) {
            details.set(describer.of(d));
        }
    }

    private void proposalSelected(Proposal p) {
        if (p == null) {
            missions.getRelatedMissionIds().clear();
            return;
        }
        Set<Long> related = new HashSet<>();
        p.amendments().forEach(a -> {
            if (a.target().missionId() != null) {
                related.add(a.target().missionId());
            }
        });
        missions.getRelatedMissionIds().clear();
        missions.getRelatedMissionIds().addAll(related);
        proposals.getRelatedProposalIds().clear();
        highlightEvents(Set.of(), Set.of(p.id()));
        details.set(describer.of(p));
    }

    private void eventSelected(TimelineEvent e) {
        if (e == null) {
            return;
        }
        missions.getRelatedMissionIds().clear();
        missions.getRelatedMissionIds().addAll(e.missionIds());
        proposals.getRelatedProposalIds().clear();
        proposals.getRelatedProposalIds().addAll(e.proposalIds());
        details.set(describer.of(e));
    }

    private void highlightEvents(Set<Long> missionIds, Set<Long> proposalIds) {
        Set<Long> ids = new HashSet<>();
        for (TimelineEvent e : data.events()) {
            if (e.missionIds().stream().anyMatch(missionIds::contains)
                    || e.proposalIds().stream().anyMatch(proposalIds::contains)) {
                ids.add(e.id());
            }
        }
        timeline.getHighlightedEventIds().clear();
        timeline.getHighlightedEventIds().addAll(ids);
    }
}
