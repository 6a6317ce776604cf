package org.parley.service;

import org.parley.store.WorkspaceGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.io.CsvReader;
import org.parley.io.CsvTable;
import org.parley.io.ImportException;

/**
 * A budget table read from a CSV file, before any mapping: what the import dialog previews and
 * {@link CsvBudgetImport} checks and applies.
 *
 * @param source the file name, for messages and the provenance of unsourced figures
 * @param header the header cells
 * @param rows the data rows with the lines they start on
 */
public record CsvSheet(String source, List<String> header, List<Row> rows) {

    /**
     * The largest file an import reads: 64 MB. A real negotiation's budget table is a few MB; the
     * 100x table of issue 10 (447,000 post rows) is 52 MB. Larger files would hold the whole
     * file, and each of its cells, in memory at once.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most data rows an import reads (the 100x table of issue 10 has 447,000). */
    public static final int MAX_ROWS = 600_000;

    public CsvSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line the file line it starts on (the header is line 1)
     * @param cells its cells as written
     */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Reads a CSV file (UTF-8, comma, semicolon or tab).
     *
     * @throws IOException when the file cannot be read, or is not CSV in UTF-8; the message names the line
     */
    public static CsvSheet read(Path file) throws IOException {
        Optional<String> refusal = WorkspaceGuard.refuseInput(file, null);
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
        String source = String.valueOf(file.getFileName());
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(source, "is " + megabytes(size));
        }
        return parse(Files.readAllBytes(file), source);
    }

    /**
     * Reads CSV bytes; {@code source} names them in messages.
     *
     * @throws IOException when they are not CSV in UTF-8, or more than {@link #MAX_BYTES} or {@link #MAX_ROWS}
     */
    public static CsvSheet parse(byte[] bytes, String source) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, "is " + megabytes(bytes.length));
        }
        try {
            CsvTable t = CsvReader.read(bytes, source);
            if (t.rows().size() > MAX_ROWS) {
                throw tooLarge(source, String.format(Locale.ROOT, "has %,d rows", t.rows().size()));
            }
            return new CsvSheet(source, t.header(),
                    t.rows().stream().map(r -> new Row(r.line(), r.cells())).toList());
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Says what is too large, the limits, and what to do instead. */
    private static IOException tooLarge(String source, String what) {
        return new IOException(String.format(Locale.ROOT, "%s %s, more than Parley imports at once (%s or %,d rows; "
                + "a negotiation's budget table is usually a few MB). Nothing was imported. Split the file into "
                + "smaller ones, each with the header line (for example one per mission), and import them one after "
                + "another.", source, what, megabytes(MAX_BYTES), MAX_ROWS));
    }

    /** "52.3 MB" (1 MB = 1,048,576 bytes), rounded up: a file just over the limit never reads as at it. */
    private static String megabytes(long bytes) {
        double tenths = Math.ceil(bytes * 10 / (1024.0 * 1024.0));
        return String.format(Locale.ROOT, "%.1f MB", tenths / 10).replace(".0 MB", " MB");
    }

    /** A column's name for messages: its header, or "column 3" when the header cell is blank. */
    public String columnName(int column) {
        String h = column < header.size() ? header.get(column).strip() : "";
        return h.isEmpty() ? "column " + (column + 1) : h;
    }
}
