package org.parley.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Problem;

/**
 * Which CSV column fills which Parley field; a field may have none. Immutable.
 */
public final class CsvMapping {

    private final Map<CsvField, Integer> columns;

    private CsvMapping(Map<CsvField, Integer> columns) {
        EnumMap<CsvField, Integer> copy = new EnumMap<>(CsvField.class);
        copy.putAll(columns);
        this.columns = Collections.unmodifiableMap(copy);
    }

    public static CsvMapping none() {
        return new CsvMapping(Map.of());
    }

    /** The column (0-based) of a field. */
    public Optional<Integer> column(CsvField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** A copy with one field's column set, or cleared when {@code column} is null. */
    public CsvMapping with(CsvField field, Integer column) {
        EnumMap<CsvField, Integer> copy = new EnumMap<>(CsvField.class);
        copy.putAll(columns);
        if (column == null) {
            copy.remove(field);
        } else {
            copy.put(field, column);
        }
        return new CsvMapping(copy);
    }

    /**
     * Guesses from the header: first headers that are exactly one of a field's words ("ACABQ",
     * "Mission code", "Budget"), then headers containing one as a whole word ("ACABQ
     * recommendation 2018/19"). Each column fills one field at most.
     */
    public static CsvMapping guess(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(normal(h));
        }
        Map<CsvField, Integer> found = new EnumMap<>(CsvField.class);
        Set<Integer> taken = new HashSet<>();
        for (boolean exact : new boolean[] {true, false}) {
            for (CsvField f : CsvField.values()) {
                for (String word : f.words()) {
                    if (found.containsKey(f)) {
                        break;
                    }
                    for (int c = 0; c < names.size(); c++) {
                        String n = names.get(c);
                        boolean hit = exact ? n.equals(word) : (" " + n + " ").contains(" " + word + " ");
                        if (hit && !taken.contains(c)) {
                            found.put(f, c);
                            taken.add(c);
                            break;
                        }
                    }
                }
            }
        }
        return new CsvMapping(found);
    }

    /** What is wrong with this mapping for a kind of table: a required field without a column, a column chosen twice. */
    public List<Problem> problems(CsvShape shape, CsvSheet sheet) {
        List<Problem> problems = new ArrayList<>();
        Map<Integer, CsvField> used = new HashMap<>();
        boolean fills = false;
        for (CsvField f : shape.fields()) {
            Optional<Integer> c = column(f);
            if (c.isEmpty()) {
                if (shape.requires(f)) {
                    problems.add(new Problem("Mapping", "choose the column for " + f.label()));
                }
                continue;
            }
            if (c.get() < 0 || c.get() >= sheet.header().size()) {
                problems.add(new Problem("Mapping", f.label() + " is set to a column the file does not have"));
                continue;
            }
            fills |= f.baseline().isPresent() || f == CsvField.CATEGORY;
            CsvField other = used.putIfAbsent(c.get(), f);
            if (other != null) {
                problems.add(new Problem("Mapping", "column \"" + sheet.columnName(c.get()) + "\" is chosen for both "
                        + other.label() + " and " + f.label()));
            }
        }
        if (shape == CsvShape.LINES && !fills) {
            problems.add(new Problem("Mapping", "choose the column of at least one amount (or of the category)"));
        }
        return problems;
    }

    private static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvMapping m && columns.equals(m.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "CsvMapping" + columns;
    }
}
