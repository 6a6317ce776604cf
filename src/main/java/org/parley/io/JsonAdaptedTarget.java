package org.parley.io;

import org.parley.model.Target;

/**
 * What an amendment aims at, by keys: {@code {"mission": "MONUSCO", "line": "human-rights"}},
 * optionally with {@code "post"}. Left out entirely, the target is the whole budget.
 */
record JsonAdaptedTarget(String mission, String line, String post) {

    static Target toModel(JsonAdaptedTarget json, JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        return json == null ? Target.WHOLE_BUDGET : json.toModel(path, keys);
    }

    Target toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        if (mission == null) {
            throw new InvalidJsonException(path.field("mission"),
                    "is required in a target (leave the target out for the whole budget)");
        }
        long missionId = keys.mission(mission, path.field("mission"));
        if (line == null) {
            if (post != null) {
                throw new InvalidJsonException(path.field("line"), "is required when a post is named");
            }
            return Target.mission(missionId);
        }
        long lineId = keys.line(mission, line, path.field("line"));
        if (post == null) {
            return Target.line(missionId, lineId);
        }
        return Target.post(missionId, lineId, keys.post(mission, line, post, path.field("post")));
    }
}
