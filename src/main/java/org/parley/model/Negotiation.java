package org.parley.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One negotiation: a set of budgets talked over against a deadline.
 *
 * @param id store id (0 before it is stored)
 * @param title e.g. "Peacekeeping budgets 2018/19"
 * @param body e.g. "Fifth Committee, 72nd session, second resumed part"
 * @param sessionStart when the talks opened (the timeline starts there)
 * @param deadline the hard deadline, as an instant
 * @param zone the zone the negotiation lives in (deadline and dates are shown in it)
 * @param deskDate a pinned "now" for replaying a past negotiation, or null for the real clock
 * @param currency the reporting currency, e.g. "USD"
 * @param marking the classification printed in every page's header and footer, e.g. "CONFIDENTIAL"
 *                (one line, at most {@value NegotiationRules#MARKING_MAX} characters; blank means
 *                {@link #DEFAULT_MARKING})
 */
public record Negotiation(long id, String title, String body, Instant sessionStart, Instant deadline, ZoneId zone,
                          Instant deskDate, String currency, String marking) {

    /** The marking of a negotiation nobody has marked otherwise. */
    public static final String DEFAULT_MARKING = "CONFIDENTIAL";

    public Negotiation {
        title = Text.required(title, "negotiation title");
        body = Text.optional(body);
        Objects.requireNonNull(sessionStart, "session start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(zone, "zone");
        currency = Text.required(currency, "currency");
        if (!sessionStart.isBefore(deadline)) {
            throw new Refused("the session must start before its deadline");
        }
        List<Problem> problems = NegotiationRules.fits(marking);
        if (!problems.isEmpty()) {
            throw new Refused(problems.get(0).message());
        }
        marking = NegotiationRules.normalMarking(marking);
    }

    /** A negotiation marked {@link #DEFAULT_MARKING}: the shape before markings existed. */
    public Negotiation(long id, String title, String body, Instant sessionStart, Instant deadline, ZoneId zone,
                       Instant deskDate, String currency) {
        this(id, title, body, sessionStart, deadline, zone, deskDate, currency, DEFAULT_MARKING);
    }

    /**
     * How long talks may run past the deadline and still be recorded. The deadline is a cliff,
     * not a wall: in 2018 the budgets were agreed on 4 July and adopted on 5 July.
     */
    public static final Duration OVERRUN = Duration.ofDays(7);

    /** The last moment anything of this negotiation may be dated: a week after the deadline. */
    public Instant talksEnd() {
        return deadline.plus(OVERRUN);
    }

    /** Whether a time falls inside the negotiation: from the session's start to {@link #talksEnd()}. */
    public boolean isDuringTalks(Instant t) {
        return !t.isBefore(sessionStart) && !t.isAfter(talksEnd());
    }

    public Optional<Instant> pinnedDeskDate() {
        return Optional.ofNullable(deskDate);
    }

    public Negotiation withId(long newId) {
        return new Negotiation(newId, title, body, sessionStart, deadline, zone, deskDate, currency, marking);
    }

    /** The same negotiation under another marking; blank gives {@link #DEFAULT_MARKING}. */
    public Negotiation withMarking(String newMarking) {
        return new Negotiation(id, title, body, sessionStart, deadline, zone, deskDate, currency, newMarking);
    }
}
