package org.parley.ui.timeline;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The spacing of axis ticks. Ticks fall on local (zone) boundaries, not on UTC ones, so a day tick
 * is always at midnight in the negotiation's zone, also across daylight-saving changes.
 */
public enum TickUnit {
    HOUR(1),
    SIX_HOURS(6),
    DAY(24),
    WEEK(24 * 7),
    /** A month at its shortest spacing (31 days nominal), for a long session fitted into a narrow pane. */
    MONTH(24 * 31);

    /** Closer than this, tick labels such as "26 Jun" would run into each other. */
    public static final double MIN_SPACING_PX = 64;

    private final int nominalHours;

    TickUnit(int nominalHours) {
        this.nominalHours = nominalHours;
    }

    /** The finest unit whose ticks stay at least {@link #MIN_SPACING_PX} apart; months at worst. */
    public static TickUnit forZoom(double pixelsPerHour) {
        for (TickUnit unit : values()) {
            if (unit.nominalHours * pixelsPerHour >= MIN_SPACING_PX) {
                return unit;
            }
        }
        return MONTH;
    }

    /** The first tick at or after {@code t}. */
    ZonedDateTime firstAtOrAfter(ZonedDateTime t) {
        ZonedDateTime floor = floor(t);
        return floor.toInstant().equals(t.toInstant()) ? floor : next(floor);
    }

    ZonedDateTime next(ZonedDateTime tick) {
        return switch (this) {
            case HOUR -> tick.plusHours(1).truncatedTo(ChronoUnit.HOURS);
            case SIX_HOURS -> floor(tick.plusHours(6));
            case DAY -> tick.toLocalDate().plusDays(1).atStartOfDay(tick.getZone());
            case WEEK -> tick.toLocalDate().plusWeeks(1).atStartOfDay(tick.getZone());
            case MONTH -> tick.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(tick.getZone());
        };
    }

    private ZonedDateTime floor(ZonedDateTime t) {
        return switch (this) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case SIX_HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / 6 * 6);
            case DAY -> t.toLocalDate().atStartOfDay(t.getZone());
            case WEEK -> t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(t.getZone());
            case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay(t.getZone());
        };
    }
}
