package org.parley.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The desk's "now". For a live negotiation it is the wall clock; for a replay with a pinned desk
 * date it starts at that date when the desk opens and runs on at the wall clock's pace.
 */
public final class DeskClock {

    private final Clock wall;
    private final Instant pinned;
    private final Instant openedAt;

    private DeskClock(Clock wall, Instant pinned) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.pinned = pinned;
        this.openedAt = wall.instant();
    }

    public static DeskClock live(Clock wall) {
        return new DeskClock(wall, null);
    }

    public static DeskClock replay(Clock wall, Instant pinned) {
        return new DeskClock(wall, Objects.requireNonNull(pinned, "pinned"));
    }

    /** The clock for a negotiation: a replay if it pins a desk date, else live. */
    public static DeskClock forNegotiation(Negotiation n, Clock wall) {
        return n.pinnedDeskDate().map(d -> replay(wall, d)).orElseGet(() -> live(wall));
    }

    public boolean isReplay() {
        return pinned != null;
    }

    /** The wall clock's time: when something is really done, also in a replay. */
    public Instant realNow() {
        return wall.instant();
    }

    public Instant now() {
        if (pinned == null) {
            return wall.instant();
        }
        return pinned.plus(Duration.between(openedAt, wall.instant()));
    }
}
