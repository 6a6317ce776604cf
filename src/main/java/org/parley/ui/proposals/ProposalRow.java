package org.parley.ui.proposals;

import org.parley.model.Delegation;
import org.parley.model.Proposal;

/** A row of the proposals tree: a delegation heading, or one of its proposals. */
public sealed interface ProposalRow {

    Delegation delegation();

    record OfDelegation(Delegation delegation, int proposals) implements ProposalRow {
    }

    record OfProposal(Delegation delegation, Proposal proposal) implements ProposalRow {
    }
}
