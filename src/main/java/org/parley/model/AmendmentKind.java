package org.parley.model;

/**
 * What an amendment does to its target. The meaning of {@link Amendment#value()} depends on it.
 */
public enum AmendmentKind {
    /** Cut a line or mission by a share; value in basis points (5000 = 50%). */
    PERCENT_CUT("percent cut", "basis points"),
    /** Cut a line or mission by an amount; value in whole US dollars. */
    AMOUNT_CUT("amount cut", "US dollars"),
    /** Abolish posts of a post row; value is the number of posts. */
    ABOLISH_POSTS("abolish posts", "posts"),
    /** Put back money cut elsewhere; value in whole US dollars. */
    RESTORE("restore", "US dollars"),
    /** A cut to the total without saying where; value in whole US dollars, no target needed. */
    TOPLINE_CUT("top-line cut", "US dollars");

    private final String label;
    private final String unit;

    AmendmentKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The unit of {@link Amendment#value()} for this kind. */
    public String unit() {
        return unit;
    }
}
