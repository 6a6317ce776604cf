package org.parley.service;

import org.parley.store.WorkspaceGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return parse(Files.readAllBytes(file), String.valueOf(file.getFileName()));
    }

    /** Reads CSV bytes; {@code source} names them in messages. */
    public static CsvSheet parse(byte[] bytes, String source) throws IOException {
        try {
            CsvTable t = CsvReader.read(bytes, source);
            return new CsvSheet(source, t.header(),
                    t.rows().stream().map(r -> new Row(r.line(), r.cells())).toList());
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A column's name for messages: its header, or "column 3" when the header cell is blank. */
    public String columnName(int column) {
        String h = column < header.size() ? header.get(column).strip() : "";
        return h.isEmpty() ? "column " + (column + 1) : h;
    }
}
