package org.parley.ui.proposals;

import org.parley.model.Delegation;
import org.parley.model.Proposal;

/**
 * A row of the proposals tree: a delegation heading, or one of its proposals. Besides the records
 * it was made from, a row gives what the pane shows of it, so the pane needs no model type.
 */
public sealed interface ProposalRow {

    Delegation delegation();

    /** The text of the first column: a proposal's title, or "Name (CODE)" for a delegation. */
    String text();

    /** What stays the same for the same delegation or proposal across refreshes of the tree. */
    String key();

    /** The key of a proposal's row. */
    static String proposalKey(long proposalId) {
        return "proposal:" + proposalId;
    }

    record OfDelegation(Delegation delegation, int proposals) implements ProposalRow {

        @Override
        public String text() {
            return delegation.name() + " (" + delegation.code() + ")";
        }

        @Override
        public String key() {
            return "delegation:" + delegation.id();
        }
    }

    /**
     * @param superseded whether a revision replaces it (greyed, "superseded"; it no longer counts)
     */
    record OfProposal(Delegation delegation, Proposal proposal, boolean superseded) implements ProposalRow {

        /** A row of a proposal that is not superseded. */
        public OfProposal(Delegation delegation, Proposal proposal) {
            this(delegation, proposal, false);
        }

        @Override
        public String text() {
            return proposal.title();
        }

        @Override
        public String key() {
            return proposalKey(proposal.id());
        }

        public long proposalId() {
            return proposal.id();
        }

        /** Its status as the tree shows it: "opening bid", "withdrawn"…, "superseded" once revised. */
        public String statusText() {
            return superseded ? "superseded" : proposal.status().label();
        }

        /** How many amendments it has, as text. */
        public String amendmentCount() {
            return String.valueOf(proposal.amendments().size());
        }
    }
}
