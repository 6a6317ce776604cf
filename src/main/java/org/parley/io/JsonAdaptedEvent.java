package org.parley.io;

import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A timeline event, linked to missions (by code) and proposals (by key). Version 3 adds the
 * Fifth Committee's event kinds, {@code timing} (whether the date or hour is illustrative) and
 * {@code knownFrom} (from when an outcome is known); a version 1 or 2 file names its kinds as
 * those versions did, and {@code INFORMAL_CONSULTATION} is read as {@code INFORMAL_CONSULTATIONS}.
 */
record JsonAdaptedEvent(String key, String at, String title, String kind, String description,
                        JsonAdaptedProvenance provenance, List<String> missions, List<String> proposals,
                        String timing, String knownFrom) {

    /** The kinds versions 1 and 2 wrote, exactly as their schema lists them. */
    static final List<String> VERSION_2_KINDS = List.of("INFORMAL_CONSULTATION", "BILATERAL", "DOCUMENT_ISSUED",
            "DEADLINE", "EXTERNAL_EVENT");

    TimelineEvent toModel(JsonPath path, DocumentKeys keys, int version) throws InvalidJsonException {
        long id = keys.declareEvent(Fields.key(key, path.field("key")), path.field("key"));
        Instant when = Fields.instant(at, path.field("at"));
        String eventTitle = Fields.requiredText(title, path.field("title"));
        EventKind k = version < 3 ? formerKind(path.field("kind"))
                : Fields.enumValue(EventKind.class, kind, path.field("kind"));
        if (version < 3) {
            newInVersion3(timing, "timing", path);
            newInVersion3(knownFrom, "knownFrom", path);
        }
        EventTiming t = timing == null ? EventTiming.STATED
                : Fields.enumValue(EventTiming.class, timing, path.field("timing"));
        Instant known = knownFrom == null ? null : Fields.instant(knownFrom, path.field("knownFrom"));
        if (known != null && known.isBefore(when)) {
            throw new InvalidJsonException(path.field("knownFrom"), "must not be before the event's \"at\" ("
                    + at + "): an outcome is known when it happens or later");
        }
        Provenance from = Fields.required(provenance, path.field("provenance")).toModel(path.field("provenance"));
        Set<Long> missionIds = new LinkedHashSet<>(Fields.convertAll(missions, path.field("missions"), keys::mission));
        Set<Long> proposalIds = new LinkedHashSet<>(
                Fields.convertAll(proposals, path.field("proposals"), keys::proposal));
        return Fields.build(path, () -> new TimelineEvent(id, when, eventTitle, k, description, from, missionIds,
                proposalIds, t, known));
    }

    private EventKind formerKind(JsonPath path) throws InvalidJsonException {
        String text = Fields.required(kind, path);
        if (!VERSION_2_KINDS.contains(text)) {
            throw new InvalidJsonException(path, "\"" + text + "\" is not one of " + String.join(", ", VERSION_2_KINDS)
                    + " (the kinds of versions 1 and 2, written exactly so; the Fifth Committee's kinds such as"
                    + " FORMAL_MEETING need \"version\": 3)");
        }
        return EventKind.formerName(text).orElseThrow();
    }

    static void newInVersion3(Object value, String field, JsonPath path) throws InvalidJsonException {
        if (value != null) {
            throw new InvalidJsonException(path.field(field), "is new in version 3; this document says an older"
                    + " \"version\"");
        }
    }
}
