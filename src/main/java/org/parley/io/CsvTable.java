package org.parley.io;

import java.util.List;

/**
 * A CSV file as read: its header cells, its data rows with the line each starts on, and the
 * delimiter found. Cells are text as written (no trimming, no conversion).
 *
 * @param header the first record's cells
 * @param rows the records after the header, in file order
 * @param delimiter the delimiter detected: comma, semicolon or tab
 */
public record CsvTable(List<String> header, List<Row> rows, char delimiter) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One record.
     *
     * @param line the line of the file it starts on (1 is the header); a quoted cell may span lines
     * @param cells its cells
     */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
