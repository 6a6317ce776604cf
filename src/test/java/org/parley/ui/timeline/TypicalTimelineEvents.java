package org.parley.ui.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parley.model.EventKind;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

/** Test data: the 2018 peacekeeping talks in eight events, and builders for more. */
final class TypicalTimelineEvents {

    static final TimelineEvent UNISFA = event(1, "2018-05-15T16:00:00Z", "UNISFA renewed", EventKind.DOCUMENT_ISSUED);
    static final TimelineEvent ACABQ = event(2, "2018-05-22T14:00:00Z", "ACABQ report on MONUSCO",
            EventKind.DOCUMENT_ISSUED);
    static final TimelineEvent HRC = event(3, "2018-06-19T18:00:00Z", "US leaves HRC", EventKind.EXTERNAL_EVENT);
    static final TimelineEvent G77 = illustrative(4, "2018-06-25T19:00:00Z", "Bilateral with G77", EventKind.BILATERAL);
    static final TimelineEvent INFORMALS_UNMISS = event(5, "2018-06-26T13:00:00Z", "Informals UNMISS",
            EventKind.INFORMAL_CONSULTATIONS);
    static final TimelineEvent INFORMALS_MONUSCO = event(6, "2018-06-26T15:00:00Z", "Informals MONUSCO",
            EventKind.INFORMAL_CONSULTATIONS);
    static final TimelineEvent EU = event(7, "2018-06-28T20:00:00Z", "Bilateral with EU", EventKind.BILATERAL);
    /** 1 Jul 2018 00:00 in New York. */
    static final TimelineEvent DEADLINE = event(8, "2018-07-01T04:00:00Z", "Budgets lapse", EventKind.DEADLINE);

    private TypicalTimelineEvents() {
    }

    /** All eight, deliberately not in time order: order must come from the dates. */
    static List<TimelineEvent> shuffled() {
        return List.of(INFORMALS_UNMISS, UNISFA, DEADLINE, HRC, EU, ACABQ, INFORMALS_MONUSCO, G77);
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
