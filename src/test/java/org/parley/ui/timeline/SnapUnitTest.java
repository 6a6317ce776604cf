package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapUnitTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @ParameterizedTest
    @CsvSource({"0.4, DAY", "3, DAY", "5.99, DAY", "6, HOUR", "10, HOUR", "240, HOUR"})
    void forZoom_snapsToTheHourOnlyWhenAnHourIsWideEnoughToAimAt(double zoom, SnapUnit unit) {
        assertThat(SnapUnit.forZoom(zoom)).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            "2018-06-26T10:00, 2018-06-26T12:29, 2018-06-26T12:00",
            "2018-06-26T10:00, 2018-06-26T12:30, 2018-06-26T13:00",
            "2018-06-26T10:15, 2018-06-26T10:10, 2018-06-26T10:00",
            "2018-06-26T10:00, 2018-06-26T23:45, 2018-06-27T00:00"})
    void hour_roundsToTheNearestLocalHour(String original, String raw, String expected) {
        assertThat(SnapUnit.HOUR.snap(ny(original), ny(raw), NEW_YORK)).isEqualTo(ny(expected));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            "2018-06-26T10:00, 2018-06-27T21:00, 2018-06-27T10:00",
            "2018-06-26T10:00, 2018-06-27T23:00, 2018-06-28T10:00",
            "2018-06-26T10:00, 2018-06-26T21:59, 2018-06-26T10:00",
            "2018-06-26T10:00, 2018-06-24T03:00, 2018-06-24T10:00"})
    void day_movesByWholeDays_keepingTheTimeOfDay(String original, String raw, String expected) {
        assertThat(SnapUnit.DAY.snap(ny(original), ny(raw), NEW_YORK)).isEqualTo(ny(expected));
    }

    @Test
    void day_acrossTheSpringForwardNight_keepsTheWallClockTime() {
        Instant saturday = ny("2018-03-10T10:00");

        assertThat(SnapUnit.DAY.step(saturday, 1, NEW_YORK)).isEqualTo(ny("2018-03-11T10:00"));
    }

    @Test
    void hour_inAHalfHourZone_landsOnLocalWholeHours() {
        Instant raw = LocalDateTime.parse("2018-06-26T10:40").atZone(KOLKATA).toInstant();

        Instant snapped = SnapUnit.HOUR.snap(raw, raw, KOLKATA);

        assertThat(snapped.atZone(KOLKATA).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2018-06-26T11:00"));
    }

    @Test
    void step_movesOneUnitEitherWay() {
        Instant at = ny("2018-06-26T10:00");

        assertThat(SnapUnit.HOUR.step(at, 1, NEW_YORK)).isEqualTo(ny("2018-06-26T11:00"));
        assertThat(SnapUnit.DAY.step(at, -1, NEW_YORK)).isEqualTo(ny("2018-06-25T10:00"));
    }

    @Test
    void snap_byZoom_choosesTheUnit() {
        Instant at = ny("2018-06-26T10:00");
        Instant raw = ny("2018-06-26T13:10");

        assertThat(SnapUnit.snap(at, raw, 10, NEW_YORK)).isEqualTo(ny("2018-06-26T13:00"));
        assertThat(SnapUnit.snap(at, raw, 3, NEW_YORK)).isEqualTo(at);
    }

    private static Instant ny(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
