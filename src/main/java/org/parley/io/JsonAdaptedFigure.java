package org.parley.io;

import org.parley.model.Figure;

/**
 * An amount in whole US dollars with its provenance, e.g.
 * {@code {"usd": 55152000, "source": "SG report, March 2018"}} or
 * {@code {"usd": 1234000, "illustrative": true, "note": "order of magnitude only"}}.
 */
record JsonAdaptedFigure(Long usd, String source, Boolean illustrative, String note) {

    Figure toModel(JsonPath path) throws InvalidJsonException {
        long amount = Fields.usd(usd, path.field("usd"));
        return new Figure(amount, JsonAdaptedProvenance.toProvenance(path, source, illustrative, note));
    }
}
