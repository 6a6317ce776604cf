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

    ProposalIndex(List<Proposal> proposals, Set<Long> delegationIds, BudgetIndex budgets) {
        this.proposals = proposals;
        for (Proposal p : proposals) {
            Checks.require(proposalById.put(p.id(), p) == null, () -> "two of a kind share one proposal: " + p.id());
            Checks.require(delegationIds.contains(p.delegationId()),
                    () -> "proposal \"" + p.title() + "\" names an unknown delegation id " + p.delegationId());
            for (Amendment a : p.amendments()) {
                Checks.require(amendmentById.put(a.id(), a) == null,
                        () -> "two of a kind share one amendment id: " + a.id());
                proposalIdOfAmendment.put(a.id(), p.id());
                budgets.checkTarget(a.target(), () -> "proposal \"" + p.title() + "\"");
            }
        }
    }
}
