package org.parley.ui.forms;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parley.model.DeskTimes;
import org.parley.model.Problem;

/**
 * Reading what is typed into form fields: dollars, whole numbers, a date and time in the
 * negotiation's zone. A value that does not read adds a {@link Problem} naming the field and
 * gives null, so a form's rules go on checking the other fields.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Whole dollars: "55,152,000", "$55 152 000" or "55152000"; "-5" reads as −5 (the rules then
     * say an amount must not be negative). Blank gives null (unknown).
     */
    public static Long dollars(String field, String text, List<Problem> problems) {
        String t = text == null ? "" : text.strip().replace("$", "").replace(",", "").replace(" ", "")
                .replace('\u2212', '-');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "\"" + text.strip() + "\" is not a whole number of dollars"));
            return null;
        }
    }

    /** A whole number such as a post count; blank gives null. */
    public static Long whole(String field, String text, List<Problem> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "\"" + t + "\" is not a whole number"));
            return null;
        }
    }

    /**
     * "26 Jun 2018 16:00" (or, as before, "2018-06-26 16:00" and "2018-06-26T16:00"), local time in
     * {@code zone}; blank gives null.
     */
    public static Instant dateTime(String field, String text, ZoneId zone, List<Problem> problems) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return null;
        }
        Optional<LocalDateTime> local = DeskTimes.readDateTime(t);
        if (local.isPresent()) {
            return local.get().atZone(zone).toInstant();
        }
        problems.add(new Problem(field, "\"" + t + "\" is not a date and time: write it as "
                + DeskTimes.DATE_TIME_EXAMPLE + " (" + DeskTimes.zoneName(zone) + " time)"));
        return null;
    }

    /** "26 Jun 2018 16:00" in {@code zone}: what {@link #dateTime} reads back. */
    public static String dateTimeText(Instant at, ZoneId zone) {
        return DeskTimes.dateTime(at, zone);
    }

    /** "55,152,000": what {@link #dollars} reads back. */
    public static String dollarsText(long usd) {
        return NumberFormat.getIntegerInstance(Locale.US).format(usd);
    }

    /**
     * The problems to show: those of reading the fields, then the rules' problems on fields
     * that did read (a field that does not read has nothing else to say yet).
     */
    public static List<Problem> merge(List<Problem> reading, List<Problem> rules) {
        Set<String> unread = new HashSet<>();
        reading.forEach(p -> unread.add(p.field()));
        List<Problem> all = new ArrayList<>(reading);
        rules.stream().filter(p -> !unread.contains(p.field())).forEach(all::add);
        return all;
    }
}
