package org.parley.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.model.Share;

/**
 * A table on its way to a CSV file that a spreadsheet opens cleanly: UTF-8 with a byte-order
 * mark (so Excel does not guess a legacy code page), RFC 4180 quoting and CRLF line ends.
 *
 * <p>Cells are either <em>text</em> or <em>numbers</em>, and the kind decides how a leading
 * {@code =}, {@code +}, {@code -} or {@code @} is treated (see docs/csv-export.md):
 * <ul>
 *   <li>a text cell (a name, a note, a label: anything a person typed) that starts with one of
 *       them, or with a tab or carriage return, gets a single quote in front, so a spreadsheet
 *       shows it as text instead of running it as a formula — {@code =HYPERLINK(...)} arrives as
 *       {@code '=HYPERLINK(...)};</li>
 *   <li>a number cell is written by this class from a {@code long} or a {@link Share}, never
 *       from text, so it can only ever be digits with at most a leading minus and a decimal
 *       point: a restoration of $2,000,000 is {@code -2000000}, which a spreadsheet reads as the
 *       number it is, not as a formula.</li>
 * </ul>
 */
public final class CsvOutput {

    /** The byte-order mark written first; a reader skips it. */
    public static final char BOM = '\uFEFF';

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;

    /** Starts a new row; cells added next go into it. */
    public CsvOutput row() {
        row = new ArrayList<>();
        rows.add(row);
        return this;
    }

    /** A text cell, neutralised against formulas; null is an empty cell. */
    public CsvOutput text(String value) {
        row.add(neutralise(value == null ? "" : value));
        return this;
    }

    /** A whole number: money in dollars, a count. */
    public CsvOutput number(long value) {
        row.add(Long.toString(value));
        return this;
    }

    /** A share as a percentage number, e.g. 12.5 for 1,250 basis points. */
    public CsvOutput percent(Share share) {
        row.add(percentNumber(share.basisPoints()));
        return this;
    }

    /** An empty cell: a figure that does not apply. */
    public CsvOutput empty() {
        row.add("");
        return this;
    }

    /**
     * Writes the table, starting with the byte-order mark. Short rows are padded with empty cells
     * to the widest, since RFC 4180 wants every record to have the same number of fields.
     */
    public void writeTo(Appendable out) throws IOException {
        out.append(BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> r : rows) {
            List<String> padded = new ArrayList<>(r);
            while (padded.size() < width) {
                padded.add("");
            }
            printer.printRecord(padded);
        }
        printer.flush();
    }

    /** The text as CSV, byte-order mark included. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        try {
            writeTo(b);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return b.toString();
    }

    /** A text that a spreadsheet would take for a formula gets a single quote in front. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }

    /** Basis points as a plain decimal percentage: 1250 → "12.5", 10000 → "100", 5 → "0.05", -300 → "-3". */
    static String percentNumber(int basisPoints) {
        String sign = basisPoints < 0 ? "-" : "";
        int bp = Math.abs(basisPoints);
        int whole = bp / 100;
        int hundredths = bp % 100;
        if (hundredths == 0) {
            return sign + whole;
        }
        String decimals = hundredths % 10 == 0 ? Integer.toString(hundredths / 10) : (hundredths < 10 ? "0" : "") + hundredths;
        return sign + whole + "." + decimals;
    }
}
