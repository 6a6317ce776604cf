package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Provenance;
import org.parley.model.Share;
import org.parley.model.Target;

/**
 * One amendment. Its size is written in the field that fits its kind, so the unit is never in
 * doubt: {@code "percent"} for a percent cut, {@code "usd"} for amount cuts, restorations and
 * top-line cuts, {@code "posts"} for abolitions. A percent may be a number or a string ("12.5").
 * A top-line cut may say how it is allocated to missions ({@link JsonAdaptedAllocation}; absent:
 * unallocated).
 */
record JsonAdaptedAmendment(String key, String kind, JsonAdaptedTarget target, JsonNode percent, Long usd, Integer posts,
                            String rationale, JsonAdaptedProvenance provenance, JsonAdaptedAllocation allocation) {

    Amendment toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        AmendmentKind k = Fields.enumValue(AmendmentKind.class, kind, path.field("kind"));
        Target t = JsonAdaptedTarget.toModel(target, path.field("target"), keys);
        long value = value(k, path);
        if (allocation != null && k != AmendmentKind.TOPLINE_CUT) {
            throw new InvalidJsonException(path.field("allocation"),
                    "only a top-line cut is allocated to missions, not a " + k.label());
        }
        Allocation spread = JsonAdaptedAllocation.toModel(allocation, path.field("allocation"), keys);
        Provenance from = Fields.required(provenance, path.field("provenance")).toModel(path.field("provenance"));
        long id = keys.nextAmendmentId();
        if (key != null) {
            // Version 2 names amendments so that positions and compromises can refer to them.
            keys.declareAmendment(Fields.key(key, path.field("key")), id, path.field("key"));
        }
        return Fields.build(path, () -> new Amendment(id, t, k, value, rationale, from, spread));
    }

    private long value(AmendmentKind k, JsonPath path) throws InvalidJsonException {
        String field = switch (k) {
            case PERCENT_CUT -> "percent";
            case ABOLISH_POSTS -> "posts";
            default -> "usd";
        };
        // Jackson hands an explicit null to a JsonNode field as a NullNode; it means "absent".
        JsonNode givenPercent = percent == null || percent.isNull() ? null : percent;
        rejectUnless(field, "percent", givenPercent, path, k);
        rejectUnless(field, "usd", usd, path, k);
        rejectUnless(field, "posts", posts, path, k);
        return switch (field) {
            case "percent" -> basisPoints(givenPercent, path.field("percent"));
            case "posts" -> Fields.posts(posts, path.field("posts"));
            default -> Fields.usd(usd, path.field("usd"));
        };
    }

    private static void rejectUnless(String expected, String field, Object value, JsonPath path, AmendmentKind k)
            throws InvalidJsonException {
        if (value != null && !field.equals(expected)) {
            throw new InvalidJsonException(path.field(field),
                    "a " + k.label() + " takes \"" + expected + "\", not \"" + field + "\"");
        }
    }

    private static long basisPoints(JsonNode percent, JsonPath path) throws InvalidJsonException {
        return share(percent, path).basisPoints();
    }

    /** A percentage given as a number (50) or a string ("12.5"); shared with scenario items. */
    static Share share(JsonNode percent, JsonPath path) throws InvalidJsonException {
        Fields.required(percent, path);
        String text;
        if (percent.isTextual()) {
            text = percent.textValue();
        } else if (percent.isNumber()) {
            text = percent.decimalValue().toPlainString();
        } else {
            throw new InvalidJsonException(path, "must be a percentage, as a number (50) or a string (\"12.5\")");
        }
        return Fields.build(path, () -> Share.parsePercent(text));
    }
}
