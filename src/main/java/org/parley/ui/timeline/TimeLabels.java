package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parley.model.Countdown;

/**
 * The timeline's date and time texts. Every instant is shown in the negotiation's zone, never the
 * laptop's: a delegate in Geneva replaying New York talks must read New York times.
 */
public final class TimeLabels {

    // English month names on purpose: UN documents and the rest of Parley use them.
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

    private TimeLabels() {
    }

    /** "26 Jun". */
    public static String dayMonth(Instant at, ZoneId zone) {
        return DAY_MONTH.format(at.atZone(zone));
    }

    /** "09:00". */
    public static String hourMinute(Instant at, ZoneId zone) {
        return HOUR_MINUTE.format(at.atZone(zone));
    }

    /** "Jun". */
    public static String month(Instant at, ZoneId zone) {
        return MONTH.format(at.atZone(zone));
    }

    /** "1 Jul 00:00", for the deadline and desk lines. */
    public static String dayMonthTime(Instant at, ZoneId zone) {
        return DAY_MONTH_TIME.format(at.atZone(zone));
    }

    /** "Tue 26 Jun 2018, 09:00 New York", for tooltips and details. */
    public static String full(Instant at, ZoneId zone) {
        return FULL.format(at.atZone(zone)) + " " + Countdown.zoneCity(zone);
    }

    /**
     * The dates a window onto the axis shows, e.g. "18 Jun – 2 Jul 2018, New York" or
     * "Tue 26 Jun 2018, New York": zoomed in to hours, no date tick may be on screen.
     */
    public static String span(Instant from, Instant to, ZoneId zone) {
        ZonedDateTime a = from.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        String dates;
        if (a.toLocalDate().equals(b.toLocalDate())) {
            dates = WEEKDAY_DAY_MONTH_YEAR.format(a);
        } else if (a.getYear() == b.getYear()) {
            dates = DAY_MONTH.format(a) + " \u2013 " + DAY_MONTH_YEAR.format(b);
        } else {
            dates = DAY_MONTH_YEAR.format(a) + " \u2013 " + DAY_MONTH_YEAR.format(b);
        }
        return dates + ", " + Countdown.zoneCity(zone);
    }
}
