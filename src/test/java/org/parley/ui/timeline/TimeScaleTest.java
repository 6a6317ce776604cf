package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant SESSION_START = Instant.parse("2018-05-07T14:00:00Z");

    private static TimeScale scale(double pixelsPerHour) {
        return new TimeScale(SESSION_START, pixelsPerHour, NEW_YORK);
    }

    @Test
    void xOf_oneHourAfterStart_isOneZoomStepRight() {
        assertThat(scale(4).xOf(SESSION_START)).isZero();
        assertThat(scale(4).xOf(SESSION_START.plusSeconds(3600))).isEqualTo(4.0);
        assertThat(scale(4).xOf(SESSION_START.minusSeconds(7200))).isEqualTo(-8.0);
    }

    @Test
    void instantAt_roundTripsXOf_toTheMillisecond() {
        Instant deadline = Instant.parse("2018-07-01T04:00:00Z");
        Instant odd = Instant.parse("2018-06-26T13:17:42.123Z");
        for (double zoom : new double[] {0.4, 3.7, 240}) {
            TimeScale s = scale(zoom);
            assertThat(s.instantAt(s.xOf(deadline))).isEqualTo(deadline);
            assertThat(s.instantAt(s.xOf(odd))).isEqualTo(odd);
        }
    }

    @Test
    void tickUnit_followsZoom_fromHoursToWeeks() {
        assertThat(scale(100).tickUnit()).isEqualTo(TickUnit.HOUR);
        assertThat(scale(20).tickUnit()).isEqualTo(TickUnit.SIX_HOURS);
        assertThat(scale(4).tickUnit()).isEqualTo(TickUnit.DAY);
        assertThat(scale(0.5).tickUnit()).isEqualTo(TickUnit.WEEK);
    }

    @Test
    void tickUnit_keepsLabelsAtLeastMinSpacingApart() {
        for (double zoom = TimelineViewModel.MIN_ZOOM; zoom <= TimelineViewModel.MAX_ZOOM; zoom *= 1.1) {
            double hours = switch (TickUnit.forZoom(zoom)) {
                case HOUR -> 1;
                case SIX_HOURS -> 6;
                case DAY -> 24;
                case WEEK -> 168;
                case MONTH -> 744;
            };
            assertThat(hours * zoom).as("spacing at zoom %s", zoom).isGreaterThanOrEqualTo(TickUnit.MIN_SPACING_PX);
        }
    }

    @Test
    void dayTicks_fallOnNewYorkMidnight_andReadDayMonth() {
        TimeScale s = new TimeScale(Instant.parse("2018-06-25T12:00:00Z"), 4, NEW_YORK);

        List<Tick> ticks = s.ticks(Instant.parse("2018-06-28T12:00:00Z"));

        assertThat(ticks).extracting(Tick::at).containsExactly(
                Instant.parse("2018-06-26T04:00:00Z"),
                Instant.parse("2018-06-27T04:00:00Z"),
                Instant.parse("2018-06-28T04:00:00Z"));
        assertThat(ticks).extracting(Tick::label).containsExactly("26 Jun", "27 Jun", "28 Jun");
        assertThat(ticks).allMatch(Tick::major);
    }

    @Test
    void hourTicks_readNewYorkTime_andDateAtMidnight() {
        TimeScale s = new TimeScale(Instant.parse("2018-06-26T02:30:00Z"), 100, NEW_YORK);

        List<Tick> ticks = s.ticks(Instant.parse("2018-06-26T13:00:00Z"));

        assertThat(ticks.get(0).at()).isEqualTo(Instant.parse("2018-06-26T03:00:00Z"));
        assertThat(ticks.get(0).label()).isEqualTo("23:00");
        assertThat(ticks.get(1).label()).isEqualTo("26 Jun");
        assertThat(ticks.get(1).major()).isTrue();
        assertThat(ticks.get(ticks.size() - 1).label()).isEqualTo("09:00");
        assertThat(ticks.get(ticks.size() - 1).major()).isFalse();
    }

    @Test
    void dayTicks_stayOnLocalMidnight_acrossDaylightSavingEnd() {
        // New York falls back on 4 Nov 2018: that day has 25 hours.
        TimeScale s = new TimeScale(Instant.parse("2018-11-03T12:00:00Z"), 4, NEW_YORK);

        List<Tick> ticks = s.ticks(Instant.parse("2018-11-06T12:00:00Z"));

        assertThat(ticks).extracting(Tick::at).containsExactly(
                Instant.parse("2018-11-04T04:00:00Z"),
                Instant.parse("2018-11-05T05:00:00Z"),
                Instant.parse("2018-11-06T05:00:00Z"));
    }

    @Test
    void weekTicks_fallOnMondays() {
        TimeScale s = new TimeScale(Instant.parse("2018-06-01T00:00:00Z"), 0.5, NEW_YORK);

        List<Tick> ticks = s.ticks(Instant.parse("2018-06-20T00:00:00Z"));

        assertThat(ticks).extracting(Tick::label).containsExactly("4 Jun", "11 Jun", "18 Jun");
    }

    @Test
    void months_labelTheStartMonthThenEachLocalFirst() {
        TimeScale s = scale(1);

        List<Tick> months = s.months(Instant.parse("2018-07-04T04:00:00Z"));

        assertThat(months).extracting(Tick::label).containsExactly("May", "Jun", "Jul");
        assertThat(months.get(0).at()).isEqualTo(SESSION_START);
        assertThat(months.get(2).at()).isEqualTo(Instant.parse("2018-07-01T04:00:00Z"));
    }

    @Test
    void labels_readInTheNegotiationZone_notUtc() {
        Instant deadline = Instant.parse("2018-07-01T04:00:00Z");

        assertThat(TimeLabels.dayMonthTime(deadline, NEW_YORK)).isEqualTo("1 Jul 2018 00:00");
        assertThat(TimeLabels.dayMonthTime(deadline, ZoneId.of("UTC"))).isEqualTo("1 Jul 2018 04:00");
        assertThat(TimeLabels.full(Instant.parse("2018-06-26T13:00:00Z"), NEW_YORK))
                .isEqualTo("26 Jun 2018 09:00 New York");
    }

    @Test
    void constructor_rejectsNonPositiveZoom() {
        assertThatThrownBy(() -> scale(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scale(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void span_withinOneNewYorkDay_namesThatDay() {
        // 03:00 to 20:00 in New York, though 07:00Z to 00:00Z the next day in UTC.
        assertThat(TimeLabels.span(Instant.parse("2018-06-26T07:00:00Z"), Instant.parse("2018-06-27T00:00:00Z"),
                NEW_YORK)).isEqualTo("26 Jun 2018, New York");
    }

    @Test
    void span_overSeveralDays_namesFirstAndLastDate() {
        assertThat(TimeLabels.span(Instant.parse("2018-06-18T12:00:00Z"), Instant.parse("2018-07-02T12:00:00Z"),
                NEW_YORK)).isEqualTo("18 Jun \u2013 2 Jul 2018, New York");
        assertThat(TimeLabels.span(Instant.parse("2018-12-28T12:00:00Z"), Instant.parse("2019-01-03T12:00:00Z"),
                NEW_YORK)).isEqualTo("28 Dec 2018 \u2013 3 Jan 2019, New York");
    }
}
