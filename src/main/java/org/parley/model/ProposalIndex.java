package org.parley.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups into the proposals and amendments of a negotiation, checked against its delegations
 * and budgets: rebuilt only when one of those three changes.
 */
final class ProposalIndex {

    final List<Proposal> proposals;
    final Map<Long, Proposal> proposalById = new HashMap<>();
    final Map<Long, Amendment> amendmentById = new HashMap<>();
    final Map<Long, Long> proposalIdOfAmendment = new HashMap<>();
    /** The revision of each proposal that has one (the revised proposal's id to its revision). */
    final Map<Long, Proposal> revisionOf = new HashMap<>();

    ProposalIndex(List<Proposal> proposals, Set<Long> delegationIds, BudgetIndex budgets) {
        this.proposals = proposals;
        for (Proposal p : proposals) {
            Checks.require(proposalById.put(p.id(), p) == null, () -> "two of a kind share one proposal: " + p.id());
            Checks.require(delegationIds.contains(p.delegationId()),
                    () -> "proposal \"" + p.title() + "\" names an unknown delegation id " + p.delegationId());
            if (p.revisesId() != null) {
                checkRevision(p);
            }
            for (Amendment a : p.amendments()) {
                Checks.require(amendmentById.put(a.id(), a) == null,
                        () -> "two of a kind share one amendment id: " + a.id());
                proposalIdOfAmendment.put(a.id(), p.id());
                budgets.checkTarget(a.target(), () -> "proposal \"" + p.title() + "\"");
            }
        }
    }

    /**
     * A revision names a proposal listed before it (so there is no loop, and a file can be read
     * in one pass), tabled by the same delegation, and revised by no other.
     */
    private void checkRevision(Proposal p) {
        long revised = p.revisesId();
        Proposal original = revised == p.id() ? null : proposalById.get(revised);
        Checks.require(original != null, () -> "proposal \"" + p.title() + "\" revises proposal id " + revised
                + ", which is not a proposal listed before it");
        Checks.require(original.delegationId() == p.delegationId(), () -> "proposal \"" + p.title() + "\" revises \""
                + original.title() + "\", which another delegation tabled: a revision is tabled by the same delegation");
        Proposal other = revisionOf.put(revised, p);
        Checks.require(other == null, () -> "proposal \"" + original.title() + "\" is revised twice, by \""
                + other.title() + "\" and by \"" + p.title() + "\"");
    }
}
