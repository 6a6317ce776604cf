package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
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
}
