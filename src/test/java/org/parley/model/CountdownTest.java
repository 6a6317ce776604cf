package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final Instant DEADLINE = Instant.parse("2018-07-01T04:00:00Z");

    @Test
    void describe_sampleDeskDate_saysFourDaysFifteenHoursInNewYorkTime() {
        Instant desk = Instant.parse("2018-06-26T13:00:00Z"); // 09:00 New York (EDT)
        assertThat(Countdown.describe(desk, DEADLINE, NY))
                .isEqualTo("4 days 15 h to deadline — 1 Jul 2018 00:00 New York");
    }

    @Test
    void describe_secondsAfterTheHour_stillReadsTheFullHourLeft() {
        Instant desk = Instant.parse("2018-06-26T13:00:30Z");
        assertThat(Countdown.describe(desk, DEADLINE, NY)).startsWith("4 days 15 h to deadline");
        assertThat(Countdown.describe(desk.plusSeconds(30), DEADLINE, NY)).startsWith("4 days 14 h to deadline");
    }

    @Test
    void describe_lastSeconds_readAsAMinute() {
        assertThat(Countdown.describe(DEADLINE.minusSeconds(10), DEADLINE, NY)).startsWith("1 min to deadline");
    }

    @Test
    void describe_afterDeadline_saysHowLongAgo() {
        Instant later = DEADLINE.plus(Duration.ofDays(2).plusHours(3).plusMinutes(10));
        assertThat(Countdown.describe(later, DEADLINE, NY))
                .isEqualTo("Deadline passed 2 days 3 h ago — 1 Jul 2018 00:00 New York");
    }

    @Test
    void describe_atDeadline_saysNow() {
        assertThat(Countdown.describe(DEADLINE, DEADLINE, NY)).startsWith("Deadline now");
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, under a minute",
        "PT59S, under a minute",
        "PT5M, 5 min",
        "PT15H20M, 15 h 20 min",
        "PT15H, 15 h",
        "P1D, 1 day",
        "P1DT1H59M, 1 day 1 h",
        "P4DT15H, 4 days 15 h",
    })
    void span_roundsDownToTheCoarsestUsefulUnits(String duration, String expected) {
        assertThat(Countdown.span(Duration.parse(duration))).isEqualTo(expected);
    }

    @Test
    void theDeadline_namesTheZoneByItsCity() {
        assertThat(Countdown.describe(Instant.parse("2018-06-26T13:00:00Z"), Instant.parse("2018-07-01T04:00:00Z"), NY))
                .endsWith("1 Jul 2018 00:00 New York");
    }
}
