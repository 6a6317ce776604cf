package org.parley.model;

/**
 * How a top-line cut is spread over the missions (decision 0025). See {@link TopLineAllocation}
 * for the arithmetic.
 */
public enum AllocationRule {
    /** Not spread: the cut belongs to no mission, only to the grand total (as before issue 13). */
    NONE("unallocated"),
    /** Pro rata to each mission's figure on a chosen baseline. */
    PRO_RATA("pro rata to a baseline"),
    /** Pro rata to the ACABQ's reductions: SG proposed − ACABQ recommended, where both are known. */
    ACABQ_REDUCTIONS("pro rata to the ACABQ's reductions"),
    /** By hand: an amount per mission, adding up to the cut. */
    BY_HAND("by hand");

    private final String label;

    AllocationRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
