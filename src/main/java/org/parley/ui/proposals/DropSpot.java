package org.parley.ui.proposals;

/**
 * Where in the proposals pane something is dropped: into a proposal, at a gap among its
 * amendments (0 = before the first), or at its end when dropped on the proposal itself.
 */
public record DropSpot(long proposalId, int gap) {

    /** The gap after the last amendment, whatever their number. */
    public static final int END = Integer.MAX_VALUE;

    /** Dropped on the proposal's row: at the end of its amendments. */
    public static DropSpot onProposal(long proposalId) {
        return new DropSpot(proposalId, END);
    }
}
