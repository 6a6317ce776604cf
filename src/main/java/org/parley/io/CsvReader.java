package org.parley.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as spreadsheets write it: UTF-8 with or without a byte-order mark, comma,
 * semicolon or tab as delimiter (whichever the header line uses most, outside quotes), quoted cells
 * that hold delimiters, quotes and line breaks. Anything else is refused with an
 * {@link ImportException} naming the line: bytes that are not UTF-8, an unfinished quote, text
 * after a closing quote, an empty file.
 */
public final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvReader() {
    }

    /** Reads the whole file; {@code source} names it in messages (e.g. the file name). */
    public static CsvTable read(byte[] bytes, String source) throws ImportException {
        String text = decode(bytes, source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportException(source, "line 1", "the file is empty; a header line is needed");
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        long linesBefore = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                int line = nextRecordLine(lines, linesBefore);
                List<String> cells = r.toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new CsvTable.Row(line, cells));
                }
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new ImportException(source, "line " + nextRecordLine(lines, linesBefore), "not readable as CSV: " + why, e);
        }
        if (header == null) {
            throw new ImportException(source, "line 1", "the file is empty; a header line is needed");
        }
        return new CsvTable(header, rows, delimiter);
    }

    /** The line a record starts on when the one before ended on line {@code linesBefore}: empty lines are skipped. */
    private static int nextRecordLine(String[] lines, long linesBefore) {
        int line = (int) linesBefore + 1;
        while (line < lines.length && lines[line - 1].isEmpty()) {
            line++;
        }
        return line;
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is refused with its line, never replaced. */
    private static String decode(byte[] bytes, String source) throws ImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(source, "line " + line, "is not UTF-8 text (byte " + (in.position() + 1)
                    + " of the file); save the file as \"CSV UTF-8\"");
        }
        out.flip();
        return out.toString();
    }

    /** The delimiter the first line uses most outside quotes; a comma when it has none. */
    static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
