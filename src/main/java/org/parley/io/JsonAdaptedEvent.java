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
        Set<Long> missionIds = new LinkedHashSet<>(Fields.convertAll(missions, path.field("missions"), keys::mission));
        Set<Long> proposalIds = new LinkedHashSet<>(
                Fields.convertAll(proposals, path.field("proposals"), keys::proposal));
        return Fields.build(path,
                () -> new TimelineEvent(id, when, eventTitle, k, description, from, missionIds, proposalIds));
    }
}
