package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeskClockTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-27T06:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void replay_startsAtThePinnedDateAndRunsAtWallPace() {
        HandClock wall = new HandClock();
        Instant pinned = Instant.parse("2018-06-26T13:00:00Z");
        DeskClock desk = DeskClock.replay(wall, pinned);
        assertThat(desk.now()).isEqualTo(pinned);
        wall.now = wall.now.plus(Duration.ofMinutes(90));
        assertThat(desk.now()).isEqualTo(pinned.plus(Duration.ofMinutes(90)));
        assertThat(desk.isReplay()).isTrue();
    }

    @Test
    void live_followsTheWallClock() {
        HandClock wall = new HandClock();
        DeskClock desk = DeskClock.live(wall);
        wall.now = wall.now.plusSeconds(5);
        assertThat(desk.now()).isEqualTo(wall.now);
        assertThat(desk.isReplay()).isFalse();
    }
}
