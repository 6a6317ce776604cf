package org.parley.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One entry of a negotiation's change history: what was changed, when.
 *
 * @param id store id, increasing with time
 * @param at when it was committed (wall-clock time of the machine)
 * @param deskAt the desk's time when it was committed, for a change made while the desk replayed
 *               a past date (decision 0029); null for a change made on a live desk, whose desk
 *               time is {@code at}
 * @param description readable, e.g. "Move amendment MONUSCO / Human rights −50% to China's proposal"
 */
public record ChangeRecord(long id, Instant at, Instant deskAt, String description) {

    public ChangeRecord {
        Objects.requireNonNull(at, "at");
        description = Text.required(description, "change description");
    }

    /** A change made on a live desk: its desk time is the time it was made. */
    public ChangeRecord(long id, Instant at, String description) {
        this(id, at, null, description);
    }

    /** The time on the desk's clock: a replay's desk time, else when it was made. */
    public Instant deskTime() {
        return deskAt != null ? deskAt : at;
    }

    public boolean madeInReplay() {
        return deskAt != null;
    }

    /**
     * "5 Dec 2026 02:51", or for a change made in a replay both times:
     * "26 Jun 2018 09:00 (desk) · made 5 Dec 2026 02:51".
     */
    public String when(ZoneId zone) {
        if (deskAt == null) {
            return DeskTimes.dateTime(at, zone);
        }
        return DeskTimes.dateTime(deskAt, zone) + " (desk) \u00b7 made " + DeskTimes.dateTime(at, zone);
    }
}
