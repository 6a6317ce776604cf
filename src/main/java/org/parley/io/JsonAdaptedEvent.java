package org.parley.io;

import org.parley.model.EventKind;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A timeline event, linked to missions (by code) and proposals (by key). */
record JsonAdaptedEvent(String key, String at, String title, String kind, String description,
                        JsonAdaptedProvenance provenance, List<String> missions, List<String> proposals) {

    TimelineEvent toModel(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        long id = keys.declareEvent(Fields.key(key, path.field("key")), path.field("key"));
        Instant when = Fields.instant(at, path.field("at"));
        String eventTitle = Fields.requiredText(title, path.field("title"));
        EventKind k = Fields.enumValue(EventKind.class, kind, path.field("kind"));
        Provenance from = Fields.required(provenance, path.field("provenance")).toModel(path.field("provenance"));
        Set<Long> missionIds = new LinkedHashSet<>();
        List<String> codes = Fields.optionalList(missions, path.field("missions"));
        for (int i = 0; i < codes.size(); i++) {
            missionIds.add(keys.mission(codes.get(i), path.field("missions").index(i)));
        }
        Set<Long> proposalIds = new LinkedHashSet<>();
        List<String> proposalKeys = Fields.optionalList(proposals, path.field("proposals"));
        for (int i = 0; i < proposalKeys.size(); i++) {
            proposalIds.add(keys.proposal(proposalKeys.get(i), path.field("proposals").index(i)));
        }
        return Fields.build(path,
                () -> new TimelineEvent(id, when, eventTitle, k, description, from, missionIds, proposalIds));
    }
}
