package org.parley.io;

import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;

import java.time.Instant;

/**
 * A compromise floated on an amendment (version 2). Its value is in the amendment's own unit
 * (dollars, posts, or basis points for a percent cut).
 */
record JsonAdaptedCompromise(String key, String amendment, String description, Long value, String floatedBy,
                             String floatedAt, String status) {

    Compromise toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        long id = keys.declareCompromise(Fields.key(key, path.field("key")), path.field("key"));
        long amendmentId = keys.amendment(Fields.requiredText(amendment, path.field("amendment")),
                path.field("amendment"));
        String text = Fields.requiredText(description, path.field("description"));
        // in the amendment's unit; no unit reaches the dollar ceiling but dollars
        long v = Fields.usd(value, path.field("value"));
        Instant at = Fields.instant(floatedAt, path.field("floatedAt"));
        CompromiseStatus s = Fields.enumValue(CompromiseStatus.class, status, path.field("status"));
        return Fields.build(path, () -> new Compromise(id, amendmentId, text, v, floatedBy, at, s));
    }
}
