package org.parley.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.parley.io.CsvAmounts;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.PostStatus;
import org.parley.model.Problem;
import org.parley.model.Refused;
import org.parley.model.TextRules;

/**
 * Reads the cells of one data row through a mapping, each into its Parley type, and records a
 * {@link Problem} named {@code line 12, column "ACABQ"} for each cell that does not read.
 */
final class CsvRowReader {

    private final CsvSheet sheet;
    private final CsvMapping mapping;
    private final List<Problem> problems;
    private CsvSheet.Row row;
    private boolean rowOk;

    CsvRowReader(CsvSheet sheet, CsvMapping mapping, List<Problem> problems) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Starts on a row; false (with a problem) when it has more cells than the header. */
    boolean start(CsvSheet.Row r) {
        row = r;
        rowOk = true;
        int width = sheet.header().size();
        List<String> extra = r.cells().size() > width ? r.cells().subList(width, r.cells().size()) : List.of();
        if (extra.stream().anyMatch(c -> !c.isBlank())) {
            problem("line " + r.line(), "has " + r.cells().size() + " cells where the header has " + width);
        }
        return rowOk;
    }

    /** Whether every cell read so far on this row was valid. */
    boolean rowOk() {
        return rowOk;
    }

    /**
     * The stripped text of a mapped field's cell; empty when unmapped or blank. Every field of a
     * budget table is one line of plain text: a control character, a line break or a direction
     * mark is a problem at the cell (once, however often the cell is read).
     */
    String text(CsvField f) {
        Optional<Integer> c = mapping.column(f);
        if (c.isEmpty() || c.get() >= row.cells().size()) {
            return "";
        }
        String cell = row.cells().get(c.get());
        Optional<String> bad = TextRules.oneLine(cell);
        if (bad.isPresent()) {
            Problem p = new Problem(where(f), bad.get());
            if (!problems.contains(p)) {
                problem(p.field(), p.message());
            }
            rowOk = false;
        }
        return cell.strip();
    }

    /** A cell that must not be blank; null (with a problem) when it is. */
    String required(CsvField f, String what) {
        String t = text(f);
        if (t.isEmpty()) {
            problem(where(f), what + " is needed");
            return null;
        }
        if (t.length() > 200) {
            problem(where(f), "is longer than 200 characters");
            return null;
        }
        return t;
    }

    /** A cell read by {@code parse}; null when blank or (with a problem) when it does not read. */
    <T> T optional(CsvField f, Function<String, T> parse) {
        String t = text(f);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(t);
        } catch (Refused e) {
            problem(where(f), e.getMessage());
            return null;
        }
    }

    Long dollars(CsvField f) {
        return optional(f, CsvAmounts::dollars);
    }

    /** A mapped cell that must read; null (with a problem) when blank or bad. */
    <T> T needed(CsvField f, String what, Function<String, T> parse) {
        if (text(f).isEmpty()) {
            problem(where(f), what + " is needed");
            return null;
        }
        return optional(f, parse);
    }

    void problem(String where, String message) {
        problems.add(new Problem(where, message));
        rowOk = false;
    }

    /** {@code line 12, column "ACABQ"}. */
    String where(CsvField f) {
        return mapping.column(f).map(c -> "line " + row.line() + ", column \""
                        + TextRules.visible(sheet.columnName(c)) + "\"")
                .orElse("line " + row.line());
    }

    int line() {
        return row.line();
    }

    static LineCategory category(String text) {
        for (LineCategory c : LineCategory.values()) {
            if (c.label().equalsIgnoreCase(text) || c.name().replace('_', ' ').equalsIgnoreCase(text.replace('_', ' '))) {
                return c;
            }
        }
        List<String> labels = new ArrayList<>();
        Arrays.stream(LineCategory.values()).forEach(c -> labels.add(c.label()));
        throw new Refused("unknown category \"" + shorten(text) + "\" (expected one of "
                + String.join(", ", labels) + ")");
    }

    static Grade grade(String text) {
        try {
            return Grade.parse(text);
        } catch (Refused e) {
            throw new Refused(e.getMessage().replace(text, shorten(text)));
        }
    }

    static PostStatus status(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (PostStatus s : PostStatus.values()) {
            if (s.label().equals(t)) {
                return s;
            }
        }
        throw new Refused("unknown status \"" + shorten(text) + "\" (expected encumbered or vacant)");
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
