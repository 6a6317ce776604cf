package org.parley.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How far a drag or an Alt+arrow moves an event: by whole hours when zoomed in far enough to aim
 * at an hour, by whole days otherwise. Pure, so the arithmetic is tested without a scene.
 *
 * <p>Moving by days keeps the event's local time of day: a 10:00 meeting dragged two days on is
 * at 10:00 two days later (snapping it to midnight would lose what every officer needs to know).
 * Days and hours are counted in the negotiation's zone, so a move across a daylight-saving change
 * keeps the wall-clock time too.
 */
public enum SnapUnit {
    HOUR,
    DAY;

    /**
     * From this zoom (pixels per hour) on an hour is wide enough to aim at with the mouse, and
     * drags snap to the hour; below it, to the day. At the desk's default zoom (3 px/h) a drag
     * moves by days; two zoom steps in, by hours.
     */
    public static final double HOUR_SNAP_MIN_ZOOM = 6;

    public static SnapUnit forZoom(double pixelsPerHour) {
        return pixelsPerHour >= HOUR_SNAP_MIN_ZOOM ? HOUR : DAY;
    }

    /** Where an event at {@code original}, dragged to {@code raw}, lands at zoom {@code pixelsPerHour}. */
    public static Instant snap(Instant original, Instant raw, double pixelsPerHour, ZoneId zone) {
        return forZoom(pixelsPerHour).snap(original, raw, zone);
    }

    /**
     * HOUR: {@code raw} rounded to the nearest whole local hour. DAY: {@code original} moved by
     * the whole number of days nearest to the distance to {@code raw}.
     */
    public Instant snap(Instant original, Instant raw, ZoneId zone) {
        if (this == HOUR) {
            ZonedDateTime t = raw.atZone(zone).plusMinutes(30).truncatedTo(ChronoUnit.HOURS);
            return t.toInstant();
        }
        long days = Math.round(Duration.between(original, raw).toMillis() / (double) Duration.ofDays(1).toMillis());
        return original.atZone(zone).plusDays(days).toInstant();
    }

    /** {@code at} moved by {@code steps} units (negative: earlier), days keeping the local time. */
    public Instant step(Instant at, int steps, ZoneId zone) {
        return this == HOUR ? at.plus(Duration.ofHours(steps)) : at.atZone(zone).plusDays(steps).toInstant();
    }

    /** "hour" or "day", for tooltips and messages. */
    public String label() {
        return this == HOUR ? "hour" : "day";
    }
}
