package org.parley.ui.proposals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.parley.model.Amendment;
import org.parley.model.AmendmentRules;
import org.parley.model.AmendmentText;
import org.parley.model.Delegation;
import org.parley.model.ListIndex;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.service.Dependants;
import org.parley.service.EditException;
import org.parley.service.ProposalEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.proposals.ProposalForms.AmendmentFields;
import org.parley.ui.proposals.ProposalForms.ProposalFields;

/**
 * The editing gestures on proposals and amendments, whether they come from a menu, a key or a
 * drop: each asks what it needs ({@link ProposalForms}, a confirmation), runs as one undoable
 * gesture through {@link ProposalEdits}, and then selects what it made or moved. Drops are
 * judged here ({@link #canDrop}) and performed here ({@link #drop}); the view only does the
 * gesture and its feedback.
 */
public final class ProposalEditing {

    /** A gesture that makes something and answers with its id. */
    @FunctionalInterface
    private interface Making {
        long run() throws EditException;
    }

    private final DeskEditing editing;
    private final ProposalEdits edits;
    private final ProposalForms forms;
    private final ProposalsViewModel proposals;
    private final Supplier<Instant> deskNow;

    /**
     * @param deskNow the desk's "now", the default tabling time of a new proposal
     */
    public ProposalEditing(DeskEditing editing, ProposalForms forms, ProposalsViewModel proposals,
                           Supplier<Instant> deskNow) {
        this.editing = editing;
        this.edits = new ProposalEdits(editing.editor());
        this.forms = forms;
        this.proposals = proposals;
        this.deskNow = deskNow;
    }

    /** Asks for a new proposal (by the selected proposal's delegation, tabled now) and tables it. */
    public void newProposal() {
        NegotiationData d = data();
        Proposal selected = proposals.selectedProposalProperty().get();
        ProposalFields initial = new ProposalFields(selected == null ? null : selected.delegationId(), "",
                tablingTime(d.negotiation()), ProposalStatus.OPENING_BID, Provenance.UNSOURCED);
        forms.proposal("New proposal", initial, d).ifPresent(f -> make("New proposal", () -> edits.addProposal(
                f.delegationId(), f.title(), f.tabledAt(), f.status(), f.provenance()))
                .ifPresent(id -> proposals.select(id, null)));
    }

    public void editProposal(long proposalId) {
        NegotiationData d = data();
        d.proposal(proposalId).ifPresent(p -> forms.proposal("Edit proposal", new ProposalFields(p.delegationId(),
                p.title(), p.tabledAt(), p.status(), p.provenance()), d).ifPresent(f -> {
                    Proposal edited = new Proposal(p.id(), f.delegationId(), f.title(), f.tabledAt(), f.status(),
                            f.provenance(), p.amendments());
                    editing.run("Edit proposal", () -> edits.updateProposal(edited));
                }));
    }

    /** Copies a proposal with its amendments and selects the copy. */
    public void duplicateProposal(long proposalId) {
        make("Duplicate proposal", () -> edits.duplicateProposal(proposalId)).ifPresent(id -> proposals.select(id, null));
    }

    /** Deletes a proposal after asking, saying what goes with it. */
    public void deleteProposal(long proposalId) {
        NegotiationData d = data();
        Optional<Proposal> found = d.proposal(proposalId);
        if (found.isEmpty()) {
            return;
        }
        Proposal p = found.get();
        if (editing.dialogs().confirm("Delete proposal", "Delete the proposal " + name(d, p) + "?",
                "With it go: " + Dependants.describeForProposal(d, p) + ".\nUndo (Ctrl+Z) brings everything back.")) {
            editing.run("Delete proposal", () -> edits.deleteProposal(proposalId));
        }
    }

    /**
     * Proposes an amendment on a budget line or post row, in the proposal selected in the
     * proposals pane; with none selected, asks which.
     */
    public void proposeAmendment(Target target) {
        NegotiationData d = data();
        Proposal selected = proposals.selectedProposalProperty().get();
        Optional<Long> into = selected != null ? Optional.of(selected.id()) : choose(d, "New amendment",
                "Which proposal is the amendment on " + d.describe(target) + " part of?", d.proposals());
        into.ifPresent(id -> proposeAmendment(target, id, DropSpot.END));
    }

    /**
     * Asks for an amendment on {@code target} (the kind that fits it chosen, the value blank,
     * the proposal's source) and adds it at {@code gap} of the proposal.
     *
     * @return true when the amendment was added
     */
    public boolean proposeAmendment(Target target, long proposalId, int gap) {
        NegotiationData d = data();
        Optional<Proposal> p = d.proposal(proposalId);
        if (p.isEmpty()) {
            return false;
        }
        AmendmentFields initial = new AmendmentFields(proposalId, target, AmendmentRules.defaultKind(target), null, "",
                p.get().provenance());
        Optional<AmendmentFields> answer = forms.amendment("New amendment", initial, d);
        if (answer.isEmpty()) {
            return false;
        }
        Amendment draft = amendmentOf(0, answer.get());
        Optional<Long> id = make("New amendment", () -> edits.addAmendment(proposalId, draft, gap));
        id.ifPresent(a -> proposals.select(proposalId, a));
        return id.isPresent();
    }

    public void editAmendment(long amendmentId) {
        NegotiationData d = data();
        Optional<Amendment> a = d.amendment(amendmentId);
        Optional<Proposal> p = d.proposalOfAmendment(amendmentId);
        if (a.isEmpty() || p.isEmpty()) {
            return;
        }
        Amendment was = a.get();
        forms.amendment("Edit amendment", new AmendmentFields(p.get().id(), was.target(), was.kind(), was.value(),
                was.rationale(), was.provenance()), d).ifPresent(f ->
                editing.run("Edit amendment", () -> edits.updateAmendment(amendmentOf(amendmentId, f))));
    }

    /** Deletes an amendment; asks first when positions or compromises go with it. */
    public void deleteAmendment(long amendmentId) {
        NegotiationData d = data();
        Optional<Proposal> owner = d.proposalOfAmendment(amendmentId);
        if (owner.isEmpty()) {
            return;
        }
        String goes = Dependants.describeForAmendment(d, amendmentId);
        if (!goes.isEmpty() && !editing.dialogs().confirm("Delete amendment", "Delete the amendment "
                + d.describe(d.amendment(amendmentId).orElseThrow().target()) + " "
                + AmendmentText.value(d.amendment(amendmentId).orElseThrow()) + "?",
                "With it go: " + goes + ".\nUndo (Ctrl+Z) brings everything back.")) {
            return;
        }
        int at = indexIn(owner.get(), amendmentId);
        if (editing.run("Delete amendment", () -> edits.deleteAmendment(amendmentId))) {
            // The one that took its place is selected, so Delete can be pressed again.
            List<Amendment> rest = data().proposal(owner.get().id()).map(Proposal::amendments).orElse(List.of());
            proposals.select(owner.get().id(), rest.isEmpty() ? null : rest.get(Math.min(at, rest.size() - 1)).id());
        }
    }

    /** Copies an amendment right below itself and selects the copy. */
    public void duplicateAmendment(long amendmentId) {
        data().proposalOfAmendment(amendmentId).ifPresent(p -> make("Duplicate amendment",
                () -> edits.copyAmendment(amendmentId, p.id(), indexIn(p, amendmentId) + 1))
                .ifPresent(id -> proposals.select(p.id(), id)));
    }

    /** Moves an amendment one place up (−1) or down (+1) in its proposal; nothing at the edge. */
    public void moveAmendmentBy(long amendmentId, int step) {
        data().proposalOfAmendment(amendmentId).ifPresent(p -> {
            int gap = ListIndex.gapForStep(indexIn(p, amendmentId), step, p.amendments().size());
            if (gap >= 0 && editing.run("Move amendment", () -> edits.moveAmendment(amendmentId, p.id(), gap))) {
                proposals.select(p.id(), amendmentId);
            }
        });
    }

    /** Asks for another proposal and moves (or copies) the amendment to its end. */
    public void transferAmendment(long amendmentId, boolean copy) {
        NegotiationData d = data();
        Optional<Proposal> owner = d.proposalOfAmendment(amendmentId);
        if (owner.isEmpty()) {
            return;
        }
        List<Proposal> others = d.proposals().stream().filter(p -> p.id() != owner.get().id()).toList();
        String what = copy ? "Copy amendment" : "Move amendment";
        if (others.isEmpty()) {
            editing.dialogs().error(what, "There is no other proposal to " + (copy ? "copy" : "move")
                    + " it to. Create one first (Ctrl+Shift+N).");
            return;
        }
        Amendment a = d.amendment(amendmentId).orElseThrow();
        choose(d, what + " to proposal", (copy ? "Copy " : "Move ") + d.describe(a.target()) + " "
                + AmendmentText.value(a) + " to which proposal?", others)
                .ifPresent(to -> drop(new DropPayload.OfAmendment(amendmentId), DropSpot.onProposal(to), copy));
    }

    /** Whether a drop of {@code payload} at {@code spot} means anything; the view accepts it only then. */
    public boolean canDrop(DropPayload payload, DropSpot spot) {
        NegotiationData d = data();
        if (payload == null || spot == null || d.proposal(spot.proposalId()).isEmpty()) {
            return false;
        }
        if (payload instanceof DropPayload.OfTarget t) {
            Target target = t.target();
            return target.postId() != null ? d.post(target).isPresent()
                    : target.lineId() != null && d.line(target.missionId(), target.lineId()).isPresent();
        }
        return d.amendment(((DropPayload.OfAmendment) payload).amendmentId()).isPresent();
    }

    /**
     * Performs a drop: a line or post row becomes a new amendment (the form asks for its value);
     * an amendment is moved there, or copied when {@code copy}.
     *
     * @return true when something was done
     */
    public boolean drop(DropPayload payload, DropSpot spot, boolean copy) {
        if (!canDrop(payload, spot)) {
            return false;
        }
        if (payload instanceof DropPayload.OfTarget t) {
            return proposeAmendment(t.target(), spot.proposalId(), spot.gap());
        }
        long id = ((DropPayload.OfAmendment) payload).amendmentId();
        long to = spot.proposalId();
        if (copy) {
            Optional<Long> copied = make("Copy amendment", () -> edits.copyAmendment(id, to, spot.gap()));
            copied.ifPresent(c -> proposals.select(to, c));
            return copied.isPresent();
        }
        boolean moved = editing.run("Move amendment", () -> edits.moveAmendment(id, to, spot.gap()));
        if (moved) {
            proposals.select(to, id);
        }
        return moved;
    }

    private Optional<Long> make(String what, Making gesture) {
        long[] id = new long[1];
        return editing.run(what, () -> id[0] = gesture.run()) ? Optional.of(id[0]) : Optional.empty();
    }

    private Optional<Long> choose(NegotiationData d, String heading, String question, List<Proposal> choices) {
        if (choices.isEmpty()) {
            editing.dialogs().error(heading, "There is no proposal yet. Create one first (Ctrl+Shift+N).");
            return Optional.empty();
        }
        return forms.chooseProposal(heading, question, choices, d);
    }

    private NegotiationData data() {
        return editing.editor().data();
    }

    /** The desk's now, to the minute, inside the negotiation (a replay may sit outside it). */
    private Instant tablingTime(Negotiation n) {
        Instant now = deskNow.get().truncatedTo(ChronoUnit.MINUTES);
        return now.isBefore(n.sessionStart()) ? n.sessionStart() : now.isAfter(n.deadline()) ? n.deadline() : now;
    }

    private static Amendment amendmentOf(long id, AmendmentFields f) {
        return new Amendment(id, f.target(), f.kind(), f.value(), f.rationale(), f.provenance());
    }

    private static int indexIn(Proposal p, long amendmentId) {
        for (int i = 0; i < p.amendments().size(); i++) {
            if (p.amendments().get(i).id() == amendmentId) {
                return i;
            }
        }
        return -1;
    }

    private static String name(NegotiationData d, Proposal p) {
        return d.delegation(p.delegationId()).map(Delegation::code).orElse("?") + " \"" + p.title() + "\"";
    }
}
