package org.parley.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parley.model.TalkingPoints;

/**
 * Our talking points on a mission with their history (version 3, optional; decision 0026):
 * {@code {"mission": "MONUSCO", "versions": [{"savedAt": "…", "text": "…"}]}}, oldest first.
 */
record JsonAdaptedTalkingPoints(String mission, List<JsonAdaptedVersion> versions) {

    /** One save: when, and what the points said. */
    record JsonAdaptedVersion(String savedAt, String text) {
    }

    TalkingPoints toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        long missionId = keys.mission(Fields.requiredText(mission, path.field("mission")), path.field("mission"));
        JsonPath at = path.field("versions");
        if (versions == null || versions.isEmpty()) {
            throw new InvalidJsonException(at, "needs at least one saved text");
        }
        List<TalkingPoints.Version> list = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            JsonPath v = at.index(i);
            JsonAdaptedVersion json = versions.get(i);
            if (json == null) {
                throw new InvalidJsonException(v, "is missing");
            }
            Instant when = Fields.instant(json.savedAt(), v.field("savedAt"));
            String text = json.text() == null ? "" : json.text();
            list.add(Fields.build(v, () -> new TalkingPoints.Version(when, text)));
        }
        return Fields.build(path, () -> new TalkingPoints(missionId, list));
    }
}
