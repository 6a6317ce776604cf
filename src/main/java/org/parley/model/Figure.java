package org.parley.model;

import java.util.Objects;

/**
 * An amount of money in whole US dollars with its provenance. Money is never floating point.
 *
 * @param usd whole US dollars, not negative
 * @param provenance where the amount comes from
 */
public record Figure(long usd, Provenance provenance) {

    public Figure {
        if (usd < 0) {
            throw new IllegalArgumentException("an amount must not be negative: " + usd);
        }
        Amounts.requireAtMost(usd, "an amount");
        Objects.requireNonNull(provenance, "provenance");
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
