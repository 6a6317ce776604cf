package org.parley.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The header's countdown text: how long until (or since) the deadline, in words a delegate
 * reads at a glance, with the deadline in the negotiation's own zone.
 */
public final class Countdown {

    private Countdown() {
    }

    /** E.g. "4 days 15 h to deadline — 1 Jul 2018 00:00 New York". */
    public static String describe(Instant now, Instant deadline, ZoneId zone) {
        String when = DeskTimes.dateTime(deadline, zone) + " " + DeskTimes.zoneName(zone);
        Duration left = Duration.between(now, deadline);
        if (left.isNegative()) {
            return "Deadline passed " + span(left.negated()) + " ago — " + when;
        }
        if (left.isZero()) {
            return "Deadline now — " + when;
        }
        // Time left is rounded up to the minute, so 09:00:30 still reads "4 days 15 h" and the
        // text changes when a full minute has gone, as a countdown clock does.
        Duration ceiled = left.truncatedTo(ChronoUnit.MINUTES);
        if (!ceiled.equals(left)) {
            ceiled = ceiled.plusMinutes(1);
        }
        return span(ceiled) + " to deadline — " + when;
    }

    /** "4 days 15 h", "1 day", "15 h 20 min", "5 min", "under a minute". Drops what is below its units. */
    public static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            String s = days + (days == 1 ? " day" : " days");
            return hours > 0 ? s + " " + hours + " h" : s;
        }
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        if (minutes > 0) {
            return minutes + " min";
        }
        return "under a minute";
    }

}
