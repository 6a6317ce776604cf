package org.parley.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps instants to horizontal pixels and back, and chooses the axis ticks. Pure: no scene graph,
 * so the arithmetic the view relies on is tested with plain JUnit.
 *
 * @param start the instant at x = 0
 * @param pixelsPerHour the zoom
 * @param zone the zone in which ticks fall and labels read
 */
public record TimeScale(Instant start, double pixelsPerHour, ZoneId zone) {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public TimeScale {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (!(pixelsPerHour > 0) || Double.isInfinite(pixelsPerHour)) {
            throw new IllegalArgumentException("pixels per hour must be positive: " + pixelsPerHour);
        }
    }

    public double xOf(Instant t) {
        return Duration.between(start, t).toMillis() / MILLIS_PER_HOUR * pixelsPerHour;
    }

    /** The instant at {@code x}, to the millisecond. */
    public Instant instantAt(double x) {
        return start.plusMillis(Math.round(x / pixelsPerHour * MILLIS_PER_HOUR));
    }

    public TickUnit tickUnit() {
        return TickUnit.forZoom(pixelsPerHour);
    }

    /**
     * The ticks from {@code start} to {@code end} (inclusive). Local midnights read "26 Jun";
     * other hour ticks read "09:00", so the date stays readable when zoomed in.
     */
    public List<Tick> ticks(Instant end) {
        TickUnit unit = tickUnit();
        List<Tick> ticks = new ArrayList<>();
        for (ZonedDateTime t = unit.firstAtOrAfter(start.atZone(zone)); !t.toInstant().isAfter(end);
                t = unit.next(t)) {
            // The start of the local day, which is not always 00:00 where daylight saving begins at midnight.
            boolean midnight = t.equals(t.toLocalDate().atStartOfDay(zone));
            Instant at = t.toInstant();
            ticks.add(new Tick(at, midnight ? TimeLabels.dayMonth(at, zone) : TimeLabels.hourMinute(at, zone),
                    midnight));
        }
        return ticks;
    }

    /**
     * The month band ("May | Jun | Jul"): one entry at {@code start} for the month it falls in, then
     * one at each local first-of-month up to {@code end}.
     */
    public List<Tick> months(Instant end) {
        List<Tick> months = new ArrayList<>();
        months.add(new Tick(start, TimeLabels.month(start, zone), false));
        ZonedDateTime first = start.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone);
        for (ZonedDateTime t = first; !t.toInstant().isAfter(end);
                t = t.toLocalDate().plusMonths(1).atStartOfDay(zone)) {
            months.add(new Tick(t.toInstant(), TimeLabels.month(t.toInstant(), zone), true));
        }
        return months;
    }
}
