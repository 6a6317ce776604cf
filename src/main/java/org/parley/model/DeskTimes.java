package org.parley.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way Parley shows a date or a time to people (decision 0029): in the negotiation's
 * zone, day, month in letters, year ("26 Jun 2018 09:00"), English month abbreviations whatever
 * the machine's locale, and the zone by its city ("New York"). Machine formats (the workspace,
 * JSON, CSV, backup file names) stay ISO and do not use this class.
 */
public final class DeskTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** What people type: the shown style (month abbreviated or in full, any case), or ISO with a space or a T. */
    private static final List<DateTimeFormatter> TYPED_DATE_TIMES = List.of(
            typed("d MMM uuuu H:mm"), typed("d MMMM uuuu H:mm"), typed("uuuu-MM-dd H:mm"), typed("uuuu-MM-dd'T'H:mm"));
    private static final List<DateTimeFormatter> TYPED_DATES = List.of(
            typed("d MMM uuuu"), typed("d MMMM uuuu"), typed("uuuu-MM-dd"));

    /** An example of the style, for prompts and messages. */
    public static final String DATE_TIME_EXAMPLE = "26 Jun 2018 09:00";
    public static final String DATE_EXAMPLE = "26 Jun 2018";

    private DeskTimes() {
    }

    /** "26 Jun 2018 09:00" in {@code zone}. */
    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    /** "26 Jun 2018 09:00": a wall-clock time already in the negotiation's zone. */
    public static String dateTime(LocalDateTime local) {
        return DATE_TIME.format(local);
    }

    /** "26 Jun 2018" in {@code zone}. */
    public static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    /** "26 Jun 2018". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "09:00" in {@code zone}. */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** "26 Jun": only where the year is plain from around it (the timeline's axis and its short labels). */
    public static String dayMonth(Instant at, ZoneId zone) {
        return DAY_MONTH.format(at.atZone(zone));
    }

    /** "Jun": the timeline's month marks. */
    public static String month(Instant at, ZoneId zone) {
        return MONTH.format(at.atZone(zone));
    }

    /**
     * The zone as people say it: the city of a region id ("America/New_York" reads "New York"),
     * never the raw id; a zone without a city (UTC, an offset) reads "UTC" or "UTC+02:00".
     */
    public static String zoneName(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        String id = zone.getId();
        if (id.startsWith("Etc/") || !id.contains("/")) {
            return id.startsWith("Etc/") ? id.substring(4) : id;
        }
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /**
     * A date and time as typed, in the negotiation's zone: "26 Jun 2018 09:00" (or "26 June 2018
     * 9:00"), and, as before, "2018-06-26 09:00" and "2018-06-26T09:00". Empty when it does not read.
     */
    public static Optional<LocalDateTime> readDateTime(String text) {
        return read(text, TYPED_DATE_TIMES, LocalDateTime::from);
    }

    /** A date as typed: "26 Jun 2018", "26 June 2018" or "2018-06-26". Empty when it does not read. */
    public static Optional<LocalDate> readDate(String text) {
        return read(text, TYPED_DATES, LocalDate::from);
    }

    /** The text, its spaces made single, read by the first of {@code ways} that reads it whole. */
    private static <T> Optional<T> read(String text, List<DateTimeFormatter> ways, TemporalQuery<T> query) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : ways) {
            try {
                return Optional.of(f.parse(t, query));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter typed(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
