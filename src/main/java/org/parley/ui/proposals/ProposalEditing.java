package org.parley.ui.proposals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import org.parley.model.Delegation;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ProposalRules;
import org.parley.model.Provenance;
import org.parley.model.Revisions;
import org.parley.service.Dependants;
import org.parley.service.ProposalEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.proposals.ProposalForms.ProposalFields;

/**
 * The editing gestures on proposals, whether they come from a menu or a key: each asks what it
 * needs ({@link ProposalForms}, a confirmation), runs as one undoable gesture through
 * {@link ProposalEdits}, and then selects what it made. The gestures on amendments, drops
 * included, are in {@link #amendments()}.
 */
public final class ProposalEditing {

    private final DeskEditing editing;
    private final ProposalEdits edits;
    private final ProposalForms forms;
    private final ProposalsViewModel proposals;
    private final Supplier<Instant> deskNow;
    private final AmendmentEditing amendments;

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
        this.amendments = new AmendmentEditing(editing, edits, forms, proposals);
    }

    /** The gestures on amendments, drops included. */
    public AmendmentEditing amendments() {
        return amendments;
    }

    /** Asks for a new proposal (by the selected proposal's delegation, tabled now) and tables it. */
    public void newProposal() {
        NegotiationData d = data();
        Proposal selected = proposals.selectedProposalProperty().get();
        ProposalFields initial = new ProposalFields(selected == null ? null : selected.delegationId(), "",
                tablingTime(d.negotiation()), ProposalStatus.OPENING_BID, Provenance.UNSOURCED);
        forms.proposal("New proposal", initial, d).ifPresent(f -> make("New proposal", () -> edits.addProposal(
                f.delegationId(), f.title(), f.tabledAt(), f.status(), f.provenance(), f.timing()))
                .ifPresent(id -> proposals.select(id, null)));
    }

    public void edit(long proposalId) {
        NegotiationData d = data();
        d.proposal(proposalId).ifPresent(p -> forms.proposal("Edit proposal", new ProposalFields(p.delegationId(),
                p.title(), p.tabledAt(), p.status(), p.provenance(), p.timing()), d).ifPresent(f -> {
                    Proposal edited = new Proposal(p.id(), f.delegationId(), f.title(), f.tabledAt(), f.status(),
                            f.provenance(), p.amendments(), p.revisesId(), f.timing());
                    editing.run("Edit proposal", () -> edits.updateProposal(edited));
                }));
    }

    /** Copies a proposal with its amendments and selects the copy. */
    public void duplicate(long proposalId) {
        make("Duplicate proposal", () -> edits.duplicateProposal(proposalId))
                .ifPresent(id -> proposals.select(id, null));
    }

    /**
     * Makes the next revision of a proposal after asking (decision 0023): a copy of its
     * amendments, tabled at the desk's now, titled "… (Rev.1)"; the proposal revised is superseded
     * and no longer counts. Selects the revision, whose redline shows under its amendments.
     */
    public void revise(long proposalId) {
        NegotiationData d = data();
        Optional<Proposal> found = d.proposal(proposalId);
        if (found.isEmpty()) {
            return;
        }
        Proposal p = found.get();
        Instant at = tablingTime(d.negotiation());
        int n = p.amendments().size();
        if (d.isSuperseded(proposalId)) {
            make("Revise proposal", () -> edits.reviseProposal(proposalId, at)); // refused, saying which revision
            return;
        }
        if (editing.dialogs().confirm("Revise proposal", "Make \"" + Revisions.nextTitle(d, p) + "\", a revision of "
                + name(d, p) + "?", "It starts as a copy of its " + n + (n == 1 ? " amendment" : " amendments")
                + ", tabled " + ProposalRules.tabledText(at, d.negotiation().zone()) + ". From then on \"" + p.title()
                + "\" is superseded: it no longer counts.\nUndo (Ctrl+Z) takes the revision back.")) {
            make("Revise proposal", () -> edits.reviseProposal(proposalId, at))
                    .ifPresent(id -> proposals.select(id, null));
        }
    }

    /** Deletes a proposal after asking, saying what goes with it. */
    public void delete(long proposalId) {
        NegotiationData d = data();
        Optional<Proposal> found = d.proposal(proposalId);
        if (found.isEmpty()) {
            return;
        }
        Proposal p = found.get();
        String revised = p.revisesId() == null ? "" : d.proposal(p.revisesId())
                .map(r -> "\n\"" + r.title() + "\", which it revises, counts again.").orElse("");
        if (editing.dialogs().confirm("Delete proposal", "Delete the proposal " + name(d, p) + "?",
                "With it go: " + Dependants.describeForProposal(d, p) + "." + revised
                        + "\nUndo (Ctrl+Z) brings everything back.")) {
            editing.run("Delete proposal", () -> edits.deleteProposal(proposalId));
        }
    }

    private Optional<Long> make(String what, Gestures.Making gesture) {
        return Gestures.make(editing, what, gesture);
    }

    private NegotiationData data() {
        return editing.editor().data();
    }

    /** The desk's now, to the minute, inside the negotiation (a replay may sit outside it). */
    private Instant tablingTime(Negotiation n) {
        Instant now = deskNow.get().truncatedTo(ChronoUnit.MINUTES);
        return now.isBefore(n.sessionStart()) ? n.sessionStart() : now.isAfter(n.deadline()) ? n.deadline() : now;
    }

    private static String name(NegotiationData d, Proposal p) {
        return d.delegation(p.delegationId()).map(Delegation::code).orElse("?") + " \"" + p.title() + "\"";
    }
}
