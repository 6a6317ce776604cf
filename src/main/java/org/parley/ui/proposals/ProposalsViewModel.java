package org.parley.ui.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.DeskTimes;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Redline;
import org.parley.ui.common.Styles;

/**
 * The proposals pane's state: proposals grouped by delegation, a filter, the selected proposal
 * with its amendments, and the proposals to highlight because they touch what is selected
 * elsewhere.
 */
public final class ProposalsViewModel {


    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<ProposalRow.OfDelegation> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Proposal> selectedProposal = new SimpleObjectProperty<>(this, "selectedProposal");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Delegation> selectedDelegation =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "selectedDelegation");
    private final ReadOnlyObjectWrapper<Long> selectedProposalId =
            new ReadOnlyObjectWrapper<>(this, "selectedProposalId");
    private final ObservableList<AmendmentRow> amendments = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedAmendmentId = new SimpleObjectProperty<>(this, "selectedAmendmentId");
    private final ObservableSet<Long> relatedProposalIds = FXCollections.observableSet();
    private final ObservableList<String> redline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper redlineTitle = new ReadOnlyStringWrapper(this, "redlineTitle", "");
    private NegotiationData data;
    /** The amendment rows last shown, by amendment (the same object), with the mission each was measured on. */
    private Map<Amendment, ShownRow> shownRows = new IdentityHashMap<>();

    private record ShownRow(AmendmentRow row, Mission mission) {
    }

    public ProposalsViewModel() {
        filter.addListener((obs, old, now) -> refresh());
        selectedProposal.addListener((obs, old, p) -> showAmendments(p));
        selectedProposal.addListener((obs, old, p) -> selectedProposalId.set(p == null ? null : p.id()));
    }

    /**
     * Shows a negotiation; the selected proposal and amendment stay selected (by id) when they
     * are still there, so an edit or an undo does not lose the user's place.
     */
    public void setData(NegotiationData data) {
        Proposal selected = selectedProposal.get();
        this.data = data;
        refresh();
        selectedProposal.set(selected == null ? null : data.proposal(selected.id()).orElse(null));
        showAmendments(selectedProposal.get());
    }

    /** Selects a proposal and, if given, one of its amendments (e.g. the one just created or moved). */
    public void select(long proposalId, Long amendmentId) {
        if (data == null) {
            return;
        }
        selectedProposal.set(data.proposal(proposalId).orElse(null));
        showAmendments(selectedProposal.get());
        if (amendmentId != null && amendments.stream().anyMatch(r -> r.amendment().id() == amendmentId)) {
            selectedAmendmentId.set(amendmentId);
        }
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Delegations that have proposals passing the filter, in the order of the data. */
    public ObservableList<ProposalRow.OfDelegation> getGroups() {
        return groups;
    }

    /** A group's proposals that pass the filter, oldest first. */
    public List<ProposalRow.OfProposal> proposalsOf(ProposalRow.OfDelegation group) {
        return proposalsOf(group.delegation());
    }

    /**
     * A delegation's proposals that pass the filter, oldest first; a revision right after what it
     * revises (Rev.1 after its original, Rev.2 after Rev.1), whenever it was tabled.
     */
    public List<ProposalRow.OfProposal> proposalsOf(Delegation d) {
        if (data == null) {
            return List.of();
        }
        String f = normalisedFilter();
        NegotiationData now = data;
        return now.proposals().stream()
                .filter(p -> p.delegationId() == d.id())
                .filter(p -> f.isEmpty() || matches(d, p, f))
                .sorted(Comparator.comparing((Proposal p) -> first(now, p).tabledAt())
                        .thenComparing(p -> first(now, p).id())
                        .thenComparingInt(now::revisionNumber))
                .map(p -> new ProposalRow.OfProposal(d, p, now.isSuperseded(p.id())))
                .toList();
    }

    /** The proposal a chain of revisions started from (the proposal itself when it revises none). */
    private static Proposal first(NegotiationData data, Proposal p) {
        Proposal at = p;
        while (at.revisesId() != null) {
            at = data.proposal(at.revisesId()).orElseThrow();
        }
        return at;
    }

    /**
     * What the selected revision changed from the proposal it revises, one line each ("changed:
     * MONUSCO / Human rights −10% → −15%"); empty when the selection is no revision.
     */
    public ObservableList<String> getRedline() {
        return redline;
    }

    /** The redline's heading, "" when the selection is no revision. */
    public ReadOnlyStringProperty redlineTitleProperty() {
        return redlineTitle.getReadOnlyProperty();
    }

    public ObjectProperty<Proposal> selectedProposalProperty() {
        return selectedProposal;
    }

    /** Whether the selected proposal has a revision already (it cannot be revised again). */
    public boolean selectedIsSuperseded() {
        Proposal p = selectedProposal.get();
        return p != null && data != null && data.isSuperseded(p.id());
    }

    /** The id of the selected proposal, or null; follows {@link #selectedProposalProperty()}. */
    public ReadOnlyObjectProperty<Long> selectedProposalIdProperty() {
        return selectedProposalId.getReadOnlyProperty();
    }

    /** Selects the proposal of a row of the tree; a delegation's row selects that delegation and no proposal. */
    public void selectRow(ProposalRow row) {
        selectedDelegation.set(row instanceof ProposalRow.OfDelegation d ? d.delegation() : null);
        selectedProposal.set(row instanceof ProposalRow.OfProposal p ? p.proposal() : null);
    }

    /** The delegation whose heading row is selected in the tree, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Delegation> selectedDelegationProperty() {
        return selectedDelegation.getReadOnlyProperty();
    }

    /** The id of the selected amendment of the selected proposal, or null. */
    public ObjectProperty<Long> selectedAmendmentIdProperty() {
        return selectedAmendmentId;
    }

    /** The selected amendment, as the data now has it. */
    public Optional<Amendment> selectedAmendment() {
        Long id = selectedAmendmentId.get();
        return id == null || data == null ? Optional.empty() : data.amendment(id);
    }

    /** The amendments of the selected proposal, in order. */
    public ObservableList<AmendmentRow> getAmendments() {
        return amendments;
    }

    public ObservableSet<Long> getRelatedProposalIds() {
        return relatedProposalIds;
    }

    /** The date a row's proposal was tabled, as {@link #tabledText(Proposal)}; empty for a delegation's row. */
    public String tabledText(ProposalRow row) {
        return row instanceof ProposalRow.OfProposal p ? tabledText(p.proposal()) : "";
    }

    /**
     * The date a proposal was tabled, in the negotiation's zone: "25 Jun 2018"; "25 Jun 2018*" when
     * the date or hour was chosen for the replay (decision 0027).
     */
    private String tabledText(Proposal p) {
        return data == null ? "" : DeskTimes.date(p.tabledAt(), data.negotiation().zone())
                + (p.timeIllustrative() ? Styles.ILLUSTRATIVE_MARK : "");
    }

    /** A row's tooltip: a proposal's source, or a delegation's kind, members and notes. */
    public String describe(ProposalRow row) {
        if (row instanceof ProposalRow.OfProposal p) {
            StringBuilder sb = new StringBuilder(p.proposal().title()).append("\nTabled ")
                    .append(tabledText(p.proposal())).append(", ").append(p.proposal().status().label());
            if (p.proposal().timeIllustrative()) {
                sb.append('\n').append(Styles.ILLUSTRATIVE_MARK).append(" Tabled: ").append(p.proposal().timing().label())
                        .append(", chosen for the replay");
            }
            if (data != null) {
                data.revisionOf(p.proposalId()).ifPresent(r -> sb.append("\nSuperseded by \"").append(r.title())
                        .append("\": it no longer counts"));
                if (p.proposal().revisesId() != null) {
                    data.proposal(p.proposal().revisesId()).ifPresent(r -> sb.append("\nRevises \"")
                            .append(r.title()).append('"'));
                }
            }
            return sb.append('\n').append(p.proposal().provenance().describe()).toString();
        }
        Delegation d = row.delegation();
        StringBuilder sb = new StringBuilder(d.name()).append(" (").append(d.kind().label()).append(')');
        if (!d.memberIds().isEmpty() && data != null) {
            sb.append("\nMembers at the table: ").append(String.join(", ", d.memberIds().stream()
                    .map(id -> data.delegation(id).map(Delegation::name).orElse("?")).toList()));
        }
        if (!d.notes().isEmpty()) {
            sb.append('\n').append(d.notes());
        }
        return sb.toString();
    }

    private void refresh() {
        List<ProposalRow.OfDelegation> rows = new ArrayList<>();
        if (data != null) {
            for (Delegation d : data.delegations()) {
                int n = proposalsOf(d).size();
                if (n > 0) {
                    rows.add(new ProposalRow.OfDelegation(d, n));
                }
            }
        }
        groups.setAll(rows);
    }

    private void showAmendments(Proposal p) {
        Long kept = selectedAmendmentId.get();
        List<AmendmentRow> rows = new ArrayList<>();
        Map<Amendment, ShownRow> shown = new IdentityHashMap<>();
        if (p != null && data != null) {
            int i = 1;
            for (Amendment a : p.amendments()) {
                // a row is a function of its number, the amendment and the mission it aims at: when
                // none of them changed (the same objects), the row shown is kept, not computed again
                Mission m = a.target().missionId() == null ? null : data.mission(a.target().missionId()).orElse(null);
                ShownRow before = shownRows.get(a);
                AmendmentRow row = before != null && before.mission() == m && before.row().number() == i
                        ? before.row() : AmendmentRow.of(data, i, a);
                shown.put(a, new ShownRow(row, m));
                rows.add(row);
                i++;
            }
        }
        shownRows = shown;
        amendments.setAll(rows);
        showRedline(p);
        // The table clears its selection when its rows are replaced; put it back by id.
        boolean stillThere = kept != null && rows.stream().anyMatch(r -> r.amendment().id() == kept);
        selectedAmendmentId.set(null);
        selectedAmendmentId.set(stillThere ? kept : null);
    }

    private void showRedline(Proposal p) {
        Redline r = p == null || data == null ? null : Redline.of(data, p).orElse(null);
        if (r == null) {
            redline.clear();
            redlineTitle.set("");
            return;
        }
        List<String> lines = new ArrayList<>();
        r.entries().forEach(e -> lines.add(Redline.text(data, e)));
        if (lines.isEmpty()) {
            lines.add("no change: the same amendments as \"" + r.revised().title() + "\"");
        }
        redline.setAll(lines);
        redlineTitle.set("Redline against \"" + r.revised().title() + "\" (what the revision changed)");
    }

    private boolean matches(Delegation d, Proposal p, String f) {
        String superseded = data.isSuperseded(p.id()) ? " superseded" : "";
        if (contains(d.code() + " " + d.name() + " " + p.title() + " " + p.status().label() + superseded, f)) {
            return true;
        }
        return p.amendments().stream().anyMatch(a -> contains(data.describe(a) + " " + a.rationale(), f));
    }

    private String normalisedFilter() {
        String f = filter.get();
        return f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String text, String f) {
        return text.toLowerCase(Locale.ROOT).contains(f);
    }
}
