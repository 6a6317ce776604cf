package org.parley.ui.proposals;

import java.util.List;
import java.util.Optional;

import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.AmendmentRules;
import org.parley.model.AmendmentText;
import org.parley.model.ListIndex;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.service.Dependants;
import org.parley.service.ProposalEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.proposals.ProposalForms.AmendmentFields;

/**
 * The editing gestures on amendments, whether they come from a menu, a key or a drop: each
 * asks what it needs ({@link ProposalForms}, a confirmation), runs as one undoable gesture
 * through {@link ProposalEdits}, and then selects what it made or moved. Drops are judged here
 * ({@link #canDrop}) and performed here ({@link #drop}); the view only does the gesture and its
 * feedback.
 */
public final class AmendmentEditing {

    private final DeskEditing editing;
    private final ProposalEdits edits;
    private final ProposalForms forms;
    private final ProposalsViewModel proposals;

    AmendmentEditing(DeskEditing editing, ProposalEdits edits, ProposalForms forms, ProposalsViewModel proposals) {
        this.editing = editing;
        this.edits = edits;
        this.forms = forms;
        this.proposals = proposals;
    }

    /**
     * Proposes an amendment on a budget line or post row, in the proposal selected in the
     * proposals pane; with none selected, asks which.
     */
    public void propose(Target target) {
        NegotiationData d = data();
        Proposal selected = proposals.selectedProposalProperty().get();
        Optional<Long> into = selected != null ? Optional.of(selected.id()) : choose(d, "New amendment",
                "Which proposal is the amendment on " + d.describe(target) + " part of?", d.proposals());
        into.ifPresent(id -> propose(target, id, DropSpot.END));
    }

    /**
     * Asks for an amendment on {@code target} (the kind that fits it chosen, the value blank,
     * not yet sourced) and adds it at {@code gap} of the proposal. The proposal's source is not
     * copied: a figure heard in the room is not what the press reported, so it stays marked
     * unsourced until the user says where it comes from.
     *
     * @return true when the amendment was added
     */
    public boolean propose(Target target, long proposalId, int gap) {
        NegotiationData d = data();
        Optional<Proposal> p = d.proposal(proposalId);
        if (p.isEmpty()) {
            return false;
        }
        AmendmentFields initial = new AmendmentFields(proposalId, target, AmendmentRules.defaultKind(target), null, "",
                Provenance.UNSOURCED);
        Optional<AmendmentFields> answer = forms.amendment("New amendment", initial, d);
        if (answer.isEmpty()) {
            return false;
        }
        Amendment draft = amendmentOf(0, answer.get());
        Optional<Long> id = Gestures.make(editing, "New amendment",
                () -> edits.addAmendment(proposalId, draft, gap));
        id.ifPresent(a -> proposals.select(proposalId, a));
        return id.isPresent();
    }

    public void edit(long amendmentId) {
        NegotiationData d = data();
        Optional<Amendment> a = d.amendment(amendmentId);
        Optional<Proposal> p = d.proposalOfAmendment(amendmentId);
        if (a.isEmpty() || p.isEmpty()) {
            return;
        }
        Amendment was = a.get();
        forms.amendment("Edit amendment", new AmendmentFields(p.get().id(), was.target(), was.kind(), was.value(),
                was.rationale(), was.provenance(), was.allocation()), d).ifPresent(f ->
                editing.run("Edit amendment", () -> edits.updateAmendment(amendmentOf(amendmentId, f))));
    }

    /** Deletes an amendment; asks first when positions or compromises go with it. */
    public void delete(long amendmentId) {
        NegotiationData d = data();
        Optional<Proposal> owner = d.proposalOfAmendment(amendmentId);
        if (owner.isEmpty()) {
            return;
        }
        String goes = Dependants.describeForAmendment(d, amendmentId);
        if (!goes.isEmpty() && !editing.dialogs().confirm("Delete amendment", "Delete the amendment "
                + d.describe(d.amendment(amendmentId).orElseThrow()) + " "
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
    public void duplicate(long amendmentId) {
        data().proposalOfAmendment(amendmentId).ifPresent(p -> Gestures.make(editing, "Duplicate amendment",
                () -> edits.copyAmendment(amendmentId, p.id(), indexIn(p, amendmentId) + 1))
                .ifPresent(id -> proposals.select(p.id(), id)));
    }

    /** Moves an amendment one place up (−1) or down (+1) in its proposal; nothing at the edge. */
    public void moveBy(long amendmentId, int step) {
        data().proposalOfAmendment(amendmentId).ifPresent(p -> {
            int gap = ListIndex.gapForStep(indexIn(p, amendmentId), step, p.amendments().size());
            if (gap >= 0 && editing.run("Move amendment", () -> edits.moveAmendment(amendmentId, p.id(), gap))) {
                proposals.select(p.id(), amendmentId);
            }
        });
    }

    /** Asks for another proposal and moves (or copies) the amendment to its end. */
    public void transfer(long amendmentId, boolean copy) {
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
        choose(d, what + " to proposal", (copy ? "Copy " : "Move ") + d.describe(a) + " "
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
            if (target.lineId() == null) {
                return !target.isWholeBudget() && d.mission(target.missionId()).isPresent();
            }
            return target.postId() != null ? d.post(target).isPresent()
                    : d.line(target.missionId(), target.lineId()).isPresent();
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
            return propose(t.target(), spot.proposalId(), spot.gap());
        }
        long id = ((DropPayload.OfAmendment) payload).amendmentId();
        long to = spot.proposalId();
        if (copy) {
            Optional<Long> copied = Gestures.make(editing, "Copy amendment",
                    () -> edits.copyAmendment(id, to, spot.gap()));
            copied.ifPresent(c -> proposals.select(to, c));
            return copied.isPresent();
        }
        boolean moved = editing.run("Move amendment", () -> edits.moveAmendment(id, to, spot.gap()));
        if (moved) {
            proposals.select(to, id);
        }
        return moved;
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

    private static Amendment amendmentOf(long id, AmendmentFields f) {
        return new Amendment(id, f.target(), f.kind(), f.value(), f.rationale(), f.provenance(),
                f.kind() == org.parley.model.AmendmentKind.TOPLINE_CUT ? f.allocation() : Allocation.NONE);
    }

    private static int indexIn(Proposal p, long amendmentId) {
        for (int i = 0; i < p.amendments().size(); i++) {
            if (p.amendments().get(i).id() == amendmentId) {
                return i;
            }
        }
        return -1;
    }
}
