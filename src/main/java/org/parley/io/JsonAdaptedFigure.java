package org.parley.io;

import org.parley.model.Amounts;
import org.parley.model.Figure;

/**
 * An amount in whole US dollars with its provenance, e.g.
 * {@code {"usd": 55152000, "source": "SG report, March 2018"}} or
 * {@code {"usd": 1234000, "illustrative": true, "note": "order of magnitude only"}}. A CURRENT
 * figure that agreed compromises moved also says what they did:
 * {@code "agreed": {"from": 9780000, "beforeFloor": -3220000}} (decision 0012). Since version 3
 * a figure known only from a later date (a final approved figure, from the General Assembly's
 * adoption) says so: {@code "knownFrom": "2018-07-05T22:00:00-04:00"} (decision 0024).
 */
record JsonAdaptedFigure(Long usd, String source, Boolean illustrative, String note, Agreed agreed,
                         String knownFrom) {

    /** The figure before any agreement, and the figure before the floor at zero (may be negative). */
    record Agreed(Long from, Long beforeFloor) {
    }

    Figure toModel(JsonPath path) throws InvalidJsonException {
        long amount = Fields.usd(usd, path.field("usd"));
        return new Figure(amount, JsonAdaptedProvenance.toProvenance(path, source, illustrative, note),
                agreed(amount, path.field("agreed")),
                knownFrom == null ? null : Fields.instant(knownFrom, path.field("knownFrom")));
    }

    private Figure.Agreed agreed(long amount, JsonPath path) throws InvalidJsonException {
        if (agreed == null) {
            return null;
        }
        long from = Fields.usd(agreed.from(), path.field("from"));
        long floor = Fields.required(agreed.beforeFloor(), path.field("beforeFloor"));
        if (Math.abs(floor) > Amounts.MAX_USD) {
            throw new InvalidJsonException(path.field("beforeFloor"), "must be between -"
                    + Amounts.MAX_USD + " and " + Amounts.MAX_USD);
        }
        if (amount != Math.max(0, floor)) {
            throw new InvalidJsonException(path.field("beforeFloor"), "must be the figure's usd (" + amount
                    + "), or below zero when the figure is 0");
        }
        return new Figure.Agreed(from, floor);
    }
}
