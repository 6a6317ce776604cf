package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.parley.model.DeskTimes;

/**
 * The timeline's date and time texts. Every instant is shown in the negotiation's zone, never the
 * laptop's: a delegate in Geneva replaying New York talks must read New York times.
 */
public final class TimeLabels {

    private TimeLabels() {
    }

    /** "26 Jun". */
    public static String dayMonth(Instant at, ZoneId zone) {
        return DeskTimes.dayMonth(at, zone);
    }

    /** "09:00". */
    public static String hourMinute(Instant at, ZoneId zone) {
        return DeskTimes.time(at, zone);
    }

    /** "Jun". */
    public static String month(Instant at, ZoneId zone) {
        return DeskTimes.month(at, zone);
    }

    /** "1 Jul 2018 00:00", for the deadline and desk lines. */
    public static String dayMonthTime(Instant at, ZoneId zone) {
        return DeskTimes.dateTime(at, zone);
    }

    /** "26 Jun 2018 09:00 New York", for tooltips and details. */
    public static String full(Instant at, ZoneId zone) {
        return DeskTimes.dateTime(at, zone) + " " + DeskTimes.zoneName(zone);
    }

    /**
     * The dates a window onto the axis shows, e.g. "18 Jun – 2 Jul 2018, New York" or
     * "26 Jun 2018, New York": zoomed in to hours, no date tick may be on screen.
     */
    public static String span(Instant from, Instant to, ZoneId zone) {
        ZonedDateTime a = from.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        String dates;
        if (a.toLocalDate().equals(b.toLocalDate())) {
            dates = DeskTimes.date(from, zone);
        } else if (a.getYear() == b.getYear()) {
            dates = DeskTimes.dayMonth(from, zone) + " \u2013 " + DeskTimes.date(to, zone);
        } else {
            dates = DeskTimes.date(from, zone) + " \u2013 " + DeskTimes.date(to, zone);
        }
        return dates + ", " + DeskTimes.zoneName(zone);
    }
}
