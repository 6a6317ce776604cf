package org.parley.store;

/**
 * How much one negotiation holds, e.g. for the status bar ("16 missions · 3 proposals").
 *
 * @param missions missions (budgets)
 * @param lines budget lines over all missions
 * @param posts posts over all lines: the sum of the post rows' counts, as {@code Mission.postCount()}
 * @param delegations delegations and groups
 * @param proposals proposals
 * @param amendments amendments over all proposals
 * @param events timeline events
 */
public record WorkspaceCounts(int missions, int lines, int posts, int delegations, int proposals, int amendments,
                              int events) {
}
