package org.parley.io;

import org.parley.model.Grade;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parley.model.Amounts;
import org.parley.model.Refused;

/**
 * The checks every DTO needs: presence, keys, enum names, times, and building a model object
 * with its own rule messages prefixed by the path.
 */
final class Fields {

    /** Keys are used in references, so they are kept to characters that never need quoting. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Fields() {
    }

    static <T> T required(T value, JsonPath path) throws InvalidJsonException {
        if (value == null) {
            throw new InvalidJsonException(path, "is required");
        }
        return value;
    }

    static String requiredText(String value, JsonPath path) throws InvalidJsonException {
        if (required(value, path).isBlank()) {
            throw new InvalidJsonException(path, "must not be blank");
        }
        return value.strip();
    }

    /** Whole dollars, from 0 to {@link Amounts#MAX_USD}. */
    static long usd(Long value, JsonPath path) throws InvalidJsonException {
        long usd = required(value, path);
        if (usd < 0) {
            throw new InvalidJsonException(path, "must not be negative");
        }
        return within(usd, Amounts.usdProblem(usd), path);
    }

    /** A number of posts, from 1 to {@link Amounts#MAX_POSTS}. */
    static int posts(Integer value, JsonPath path) throws InvalidJsonException {
        int posts = required(value, path);
        return (int) within(posts, Amounts.postsProblem(posts), path);
    }

    private static long within(long value, Optional<String> problem, JsonPath path) throws InvalidJsonException {
        if (problem.isPresent()) {
            throw new InvalidJsonException(path, problem.get());
        }
        return value;
    }

    static String key(String value, JsonPath path) throws InvalidJsonException {
        String key = requiredText(value, path);
        if (!KEY.matcher(key).matches()) {
            throw new InvalidJsonException(path, "\"" + key + "\" is not a key (letters, digits, '.', '_', '-')");
        }
        return key;
    }

    /** A list that may be left out, meaning empty; a null element is an error. */
    static <T> List<T> optionalList(List<T> list, JsonPath path) throws InvalidJsonException {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidJsonException(path.index(i), "must not be null");
            }
        }
        return list;
    }

    /** Converts one element of a list, given its path; may reject it. */
    @FunctionalInterface
    interface Converter<J, M> {
        M convert(J json, JsonPath path) throws InvalidJsonException;
    }

    /** Converts a list that may be left out, element by element, each with its own path. */
    static <J, M> List<M> convertAll(List<J> list, JsonPath path, Converter<J, M> converter)
            throws InvalidJsonException {
        List<J> rows = optionalList(list, path);
        List<M> converted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            converted.add(converter.convert(rows.get(i), path.index(i)));
        }
        return converted;
    }

    /**
     * A constant written exactly as the model names it ("OPEN", "HUMAN_RIGHTS"), as the published
     * schema says: "open" or " OPEN" is refused, so a file the importer takes is one the schema takes.
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, JsonPath path) throws InvalidJsonException {
        return oneOf(type.getEnumConstants(), Enum::name, required(value, path), path);
    }

    /** A grade written as its label ("P-4", "NPO"), exactly as the published schema lists it. */
    static Grade grade(String value, JsonPath path) throws InvalidJsonException {
        return oneOf(Grade.values(), Grade::label, required(value, path), path);
    }

    private static <E> E oneOf(E[] constants, Function<E, String> spelling, String text, JsonPath path)
            throws InvalidJsonException {
        for (E e : constants) {
            if (spelling.apply(e).equals(text)) {
                return e;
            }
        }
        String allowed = Arrays.stream(constants).map(spelling).collect(Collectors.joining(", "));
        throw new InvalidJsonException(path, "\"" + text + "\" is not one of " + allowed + " (written exactly so)");
    }

    /** Times carry their offset so that a document means the same instant wherever it is read. */
    static Instant instant(String value, JsonPath path) throws InvalidJsonException {
        String text = requiredText(value, path);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidJsonException(path,
                    "\"" + text + "\" is not an ISO-8601 time with offset, e.g. 2018-06-26T09:00:00-04:00");
        }
    }

    static ZoneId zone(String value, JsonPath path) throws InvalidJsonException {
        String text = requiredText(value, path);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidJsonException(path, "\"" + text + "\" is not a time zone, e.g. America/New_York");
        }
    }

    /**
     * Builds a model object; its constructor's rule (a {@link Refused}) is reported
     * at {@code path}, so the user sees the domain's own words and where they apply.
     */
    static <T> T build(JsonPath path, Supplier<T> constructor) throws InvalidJsonException {
        try {
            return constructor.get();
        } catch (Refused e) {
            throw new InvalidJsonException(path, e.getMessage());
        }
    }
}
