package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An amount of money in whole US dollars with its provenance. Money is never floating point.
 *
 * @param usd whole US dollars, not negative
 * @param provenance where the amount comes from
 * @param agreed for a CURRENT figure that agreed compromises moved: the figure the talks
 *               started from and the figure before the floor at zero; null for any other
 * @param knownFrom the instant from which the figure is known, e.g. a final approved figure
 *                  from the General Assembly's adoption; null when it was known all along. A desk
 *                  whose "now" is before it shows the figure as "not yet known" (decision 0024).
 */
public record Figure(long usd, Provenance provenance, Agreed agreed, Instant knownFrom) {

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

    /** A figure known all along. */
    public Figure(long usd, Provenance provenance, Agreed agreed) {
        this(usd, provenance, agreed, null);
    }

    /** A figure no agreement moved, known all along. */
    public Figure(long usd, Provenance provenance) {
        this(usd, provenance, null, null);
    }

    /** Whether a desk whose "now" is {@code now} knows this figure. */
    public boolean knownAt(Instant now) {
        return knownFrom == null || !now.isBefore(knownFrom);
    }

    /** The same figure, known from {@code instant} (null: known all along). */
    public Figure withKnownFrom(Instant instant) {
        return new Figure(usd, provenance, agreed, instant);
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
