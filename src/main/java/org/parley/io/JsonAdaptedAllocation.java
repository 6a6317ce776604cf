package org.parley.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Allocation;
import org.parley.model.AllocationRule;
import org.parley.model.Baseline;

/**
 * How a top-line cut is allocated to missions (decision 0025), an optional field of an
 * amendment: absent means unallocated. {@code {"rule": "PRO_RATA", "baseline": "acabqRecommended"}},
 * {@code {"rule": "ACABQ_REDUCTIONS"}}, or {@code {"rule": "BY_HAND", "parts": [{"mission":
 * "MONUSCO", "usd": 100000000}, ...]}} with parts adding up to the cut.
 */
record JsonAdaptedAllocation(String rule, String baseline, List<Part> parts) {

    /** One mission's amount of a by-hand allocation. */
    record Part(String mission, Long usd) {
    }

    static Allocation toModel(JsonAdaptedAllocation json, JsonPath path, DocumentKeys keys)
            throws InvalidJsonException {
        return json == null ? Allocation.NONE : json.toModel(path, keys);
    }

    private Allocation toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        AllocationRule r = Fields.enumValue(AllocationRule.class, rule, path.field("rule"));
        Baseline b = null;
        if (baseline != null) {
            b = baseline(baseline, path.field("baseline"));
        }
        Map<Long, Long> byMission = new LinkedHashMap<>();
        List<Part> given = parts == null ? List.of() : parts;
        for (int i = 0; i < given.size(); i++) {
            JsonPath at = path.field("parts").index(i);
            Part p = Fields.required(given.get(i), at);
            long missionId = keys.mission(Fields.required(p.mission(), at.field("mission")), at.field("mission"));
            long usd = Fields.usd(p.usd(), at.field("usd"));
            if (byMission.put(missionId, usd) != null) {
                throw new InvalidJsonException(at.field("mission"), "mission \"" + p.mission()
                        + "\" is given twice in this allocation");
            }
        }
        Baseline chosen = b;
        return Fields.build(path, () -> new Allocation(r, chosen, byMission));
    }

    private static Baseline baseline(String text, JsonPath path) throws InvalidJsonException {
        for (Baseline b : Baseline.values()) {
            if (JsonAdaptedBaselines.field(b).equals(text)) {
                return b;
            }
        }
        throw new InvalidJsonException(path, "\"" + text + "\" is not one of priorApproved, sgProposed,"
                + " acabqRecommended, current, final (written exactly so)");
    }
}
