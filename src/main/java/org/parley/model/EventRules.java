package org.parley.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a timeline event must be before it is stored: a title, and a time inside the
 * negotiation.
 *
 * <p>Inside the negotiation means from the session's start to one week after the deadline,
 * both included. The week after is on purpose: talks "stop the clock" and run over, and the
 * committee's formal approval and the plenary's adoption follow within days (in 2018 the
 * package was agreed on 4 July and adopted on 5 July, after a 1 July deadline). Anything
 * earlier or later belongs to another negotiation.
 */
public final class EventRules {

    public static final String TITLE = "Title";
    public static final String WHEN = "When";
    /** How long after the deadline an event may still be: see the class comment. */
    public static final Duration AFTER_DEADLINE = Negotiation.OVERRUN;


    private EventRules() {
    }

    /** The earliest time an event of {@code n} may have: the session's start. */
    public static Instant earliest(Negotiation n) {
        return n.sessionStart();
    }

    /** The latest time an event of {@code n} may have: a week after the deadline. */
    public static Instant latest(Negotiation n) {
        return n.talksEnd();
    }

    public static List<Problem> event(String title, Instant at, Negotiation n) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(TITLE, title, "an event title"));
        problems.addAll(when(at, n));
        return problems;
    }

    /** A time inside the negotiation; null (nothing typed) is a problem too. */
    public static List<Problem> when(Instant at, Negotiation n) {
        if (at == null) {
            return List.of(new Problem(WHEN, "a date and time is required"));
        }
        if (at.isBefore(earliest(n)) || at.isAfter(latest(n))) {
            return List.of(new Problem(WHEN, "must be inside the negotiation: from the session's start ("
                    + shown(earliest(n), n) + ") to a week after the deadline (" + shown(latest(n), n) + "), "
                    + DeskTimes.zoneName(n.zone()) + " time"));
        }
        return List.of();
    }

    private static String shown(Instant at, Negotiation n) {
        return DeskTimes.dateTime(at, n.zone());
    }
}
