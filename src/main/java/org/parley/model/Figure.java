package org.parley.model;

import java.util.Objects;

/**
 * An amount of money in whole US dollars with its provenance. Money is never floating point.
 *
 * @param usd whole US dollars, not negative
 * @param provenance where the amount comes from
 * @param agreed for a CURRENT figure that agreed compromises moved: the figure the talks
 *               started from and the figure before the floor at zero; null for any other
 */
public record Figure(long usd, Provenance provenance, Agreed agreed) {

    /**
     * What agreements did to a CURRENT figure, kept as data so that taking one back is exact
     * (decision 0012).
     *
     * @param startedFrom the figure before any agreement; costs are measured from it, so they never compound
     * @param beforeFloor {@code startedFrom} less what the agreements standing took, before the
     *                    floor at zero: may be negative; the figure shown is {@code max(0, beforeFloor)}
     */
    public record Agreed(long startedFrom, long beforeFloor) {

        public Agreed {
            if (startedFrom < 0) {
                throw new Refused("the figure before any agreement must not be negative: "
                        + startedFrom);
            }
            Amounts.requireAtMost(startedFrom, "the figure before any agreement");
            Amounts.requireAtMost(beforeFloor, "the figure before the floor at zero");
        }
    }

    public Figure {
        if (usd < 0) {
            throw new Refused("an amount must not be negative: " + usd);
        }
        Amounts.requireAtMost(usd, "an amount");
        Objects.requireNonNull(provenance, "provenance");
        if (agreed != null && usd != Math.max(0, agreed.beforeFloor())) {
            throw new Refused("an agreed figure of " + usd + " must be its figure before the floor, "
                    + agreed.beforeFloor() + ", or zero below it");
        }
    }

    /** A figure no agreement moved. */
    public Figure(long usd, Provenance provenance) {
        this(usd, provenance, null);
    }

    public static Figure sourced(long usd, String source) {
        return new Figure(usd, Provenance.sourced(source));
    }

    public static Figure illustrative(long usd) {
        return new Figure(usd, Provenance.illustrative(""));
    }

    public boolean illustrative() {
        return provenance.illustrative();
    }
}
