package org.parley.ui.timeline;

import java.time.Instant;
import java.util.Set;
import org.parley.model.EventKind;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

/** Test data: timeline events with only the fields a test cares about. */
final class TimelineEvents {

    private TimelineEvents() {
    }

    static TimelineEvent event(long id, String at, String title, EventKind kind) {
        return new TimelineEvent(id, Instant.parse(at), title, kind, "", Provenance.sourced("A/72/" + id),
                Set.of(), Set.of());
    }

    static TimelineEvent illustrative(long id, String at, String title, EventKind kind) {
        return new TimelineEvent(id, Instant.parse(at), title, kind, "", Provenance.illustrative(""),
                Set.of(), Set.of());
    }
}
