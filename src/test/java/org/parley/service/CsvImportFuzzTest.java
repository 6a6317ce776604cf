package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.UserMessages;
import org.parley.model.Problem;
import org.parley.model.Refused;

/**
 * Thousands of damaged budget tables, made from the valid ones of {@link CsvSamples} with a fixed
 * seed: each is refused with messages or imported whole, never with another exception, and a
 * refused one leaves the workspace exactly as it was.
 */
class CsvImportFuzzTest {

    private static final long SEED = 20261127L;
    private static final int ROUNDS = 3000;
    private static final String[] JUNK = {"", " ", "abc", "-1", "-$5", "1.5", "1,234.56", "99999999999999999999",
            "1000000000001", "1e9", "\"", "$", "1,2,3", "NOSUCH", "P-9", "0", "100001", "\u0000", "x".repeat(500),
            "Human rights", "vacant", "Gender", "=1+1", "\u202e", "NaN", "０１２"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

    @TempDir
    Path dir;
    private SampleDesk desk;
    private CsvBudgetImport csv;
    private Map<String, List<String>> original;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        csv = new CsvBudgetImport(desk.editor);
        original = desk.dump();
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void damagedTables_giveMessages_neverAnotherException_andNeverAPartialWrite() throws Exception {
        Random random = new Random(SEED);
        String[] valid = {CsvSamples.lines(desk.editor.data()), CsvSamples.posts(desk.editor.data())};
        int refused = 0;
        int imported = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] file = mutate(valid[round % 2], random);
            String what = "round " + round + " (seed " + SEED + "): " + preview(file);
            try {
                if (tryImport(file, random, what)) {
                    imported++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(what, e);
            }
        }
        assertThat(desk.dump()).as("after all rounds").isEqualTo(original);
        // Most damage is caught, yet some tables stay valid (a changed amount is still an amount).
        assertThat(refused).isGreaterThan(ROUNDS / 2);
        assertThat(imported).isGreaterThan(10);
    }

    /** True when the table imported (and was undone again); false when it was refused with messages. */
    /**
     * Each cell of a valid line row and post row in turn carries ESC, NUL, C1 U+0085 or U+009B,
     * U+202E or a line break, and each amount or count 10^13+1, 2^63-1 or -1: every such table is
     * refused with a problem at that very line and column, and the workspace is as it was.
     */
    @Test
    void controlCharactersAndHugeAmounts_areRefusedAtTheirCell_andChangeNothing() throws Exception {
        String code = desk.editor.data().missions().get(0).code();
        List<List<String>> tables = List.of(
                List.of("Mission", "Line name", "Category", "SG proposed", "ACABQ", "Source"),
                List.of(code, "Hygiene line", "Gender", "1000", "900", "A/72/1"),
                List.of("Mission", "Line", "Post title", "Grade", "Number of posts", "Status", "Annual cost"),
                List.of(code, "Hygiene line", "Officer", "P-3", "2", "vacant", "$100000"));
        List<String> bad = List.of("\u001B[2J", "\u0000", "\u0085", "\u009B", "\u202E", "\n");
        List<String> amounts = List.of("10000000000001", "9223372036854775807", "-1");
        int tried = 0;
        for (int t = 0; t < tables.size(); t += 2) {
            List<String> header = tables.get(t);
            List<String> row = tables.get(t + 1);
            assertThat(check(header, row)).as("the unchanged row imports").isEmpty();
            for (int c = 0; c < row.size(); c++) {
                List<String> cells = new ArrayList<>();
                boolean amount = row.get(c).matches("\\$?[0-9]+");
                for (String b : bad) {
                    cells.add(row.get(c).substring(0, 1) + b + row.get(c).substring(1));
                }
                if (amount) {
                    cells.addAll(amounts);
                }
                for (String cell : cells) {
                    List<String> changed = new ArrayList<>(row);
                    changed.set(c, cell);
                    String place = "line 2, column \"" + header.get(c) + "\"";
                    List<Problem> problems = check(header, changed);
                    assertThat(problems).as(cell).extracting(Problem::field).contains(place);
                    assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("Exception"));
                    CsvSheet sheet = sheet(header, changed);
                    CsvMapping mapping = CsvMapping.guess(sheet.header());
                    assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> csv.apply(sheet, CsvShape.guess(mapping), mapping)))
                            .as(cell).isInstanceOf(Refused.class).hasMessageContaining(place);
                    assertThat(desk.dump()).as(cell).isEqualTo(original);
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(60);
    }

    private List<Problem> check(List<String> header, List<String> row) throws IOException {
        CsvSheet sheet = sheet(header, row);
        CsvMapping mapping = CsvMapping.guess(sheet.header());
        return csv.check(sheet, CsvShape.guess(mapping), mapping);
    }

    private static CsvSheet sheet(List<String> header, List<String> row) throws IOException {
        String text = String.join(",", header) + "\n"
                + String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\n";
        return CsvSheet.parse(text.getBytes(StandardCharsets.UTF_8), "hygiene.csv");
    }

    private boolean tryImport(byte[] file, Random random, String what) throws Exception {
        CsvSheet sheet;
        try {
            sheet = CsvSheet.parse(file, "fuzz.csv");
        } catch (IOException e) {
            assertThat(e.getMessage()).as(what).startsWith("fuzz.csv: line ");
            UserMessages.assertPlain(e.getMessage(), what);
            return false;
        }
        CsvMapping mapping = CsvMapping.guess(sheet.header());
        if (random.nextInt(8) == 0 && !sheet.header().isEmpty()) {
            CsvField f = CsvField.values()[random.nextInt(CsvField.values().length)];
            mapping = mapping.with(f, random.nextInt(sheet.header().size() + 1) - 1 < 0 ? null
                    : random.nextInt(sheet.header().size()));
        }
        CsvShape shape = CsvShape.guess(mapping);
        List<Problem> problems = csv.check(sheet, shape, mapping);
        for (Problem p : problems) {
            assertThat(p.field()).as(what).isNotBlank();
            assertThat(p.message()).as(what).isNotBlank();
            UserMessages.assertPlain(p.field() + ": " + p.message(), what);
        }
        if (problems.isEmpty() && random.nextInt(6) != 0) {
            // Writing and undoing a valid import costs two transactions: a sixth of them is proof enough
            // (CsvBudgetImportTest checks undo in detail); refused tables are all applied.
            return true;
        }
        try {
            String summary = csv.apply(sheet, shape, mapping);
            assertThat(problems).as(what + " imported despite " + problems).isEmpty();
            if (!summary.startsWith("Nothing to change")) {
                desk.editor.undo();
            }
            assertThat(desk.dump()).as(what + ": undo is exact").isEqualTo(original);
            return true;
        } catch (Refused e) {
            assertThat(problems).as(what + " refused on apply but not by check: " + e.getMessage()).isNotEmpty();
            assertThat(desk.editor.canUndo()).as(what).isFalse();
            if (random.nextInt(8) == 0) {
                // A dump costs more than the import: every eighth here, and at the end, which
                // would still show any earlier partial write (nothing else writes in between).
                assertThat(desk.dump()).as(what + ": nothing written").isEqualTo(original);
            }
            return false;
        }
    }

    private static byte[] mutate(String valid, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(valid.split("\r?\n", -1)));
        char d = valid.startsWith("Mission;") ? ';' : ',';
        int row = 1 + random.nextInt(lines.size() - 2);
        int kind = random.nextInt(11);
        if (kind == 0) {
            byte[] all = valid.getBytes(StandardCharsets.UTF_8);
            return Arrays.copyOf(all, random.nextInt(all.length));
        } else if (kind == 1 || kind == 2) {
            lines.set(row, replaceCell(lines.get(row), d, random, JUNK[random.nextInt(JUNK.length)]));
        } else if (kind == 3) {
            byte[] all = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(all.length + 1);
            byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(all, 0, at);
            out.write(bad, 0, bad.length);
            out.write(all, at, all.length - at);
            return out.toByteArray();
        } else if (kind == 4) {
            lines.add(1 + random.nextInt(lines.size() - 1), lines.get(row));
        } else if (kind == 5) {
            int line = random.nextInt(lines.size() - 1);
            lines.set(line, dropCell(lines.get(line), d, random));
        } else if (kind == 6) {
            String s = lines.get(row);
            int at = random.nextInt(s.length() + 1);
            lines.set(row, s.substring(0, at) + '"' + s.substring(at));
        } else if (kind == 7) {
            lines.set(row, lines.get(row).replace(d, d == ',' ? ';' : ','));
        } else if (kind == 8) {
            lines.set(row, lines.get(row) + lines.get(row + 1));
            lines.remove(row + 1);
        } else if (kind == 9) {
            lines.set(0, replaceCell(lines.get(0), d, random, JUNK[random.nextInt(JUNK.length)]));
        } else {
            String s = lines.get(row);
            int at = random.nextInt(Math.max(1, s.length()));
            lines.set(row, s.substring(0, at) + (char) (32 + random.nextInt(95)) + s.substring(Math.min(s.length(), at + 1)));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Splits naively on the delimiter (quoted delimiters make their own damage, which is the point). */
    private static String replaceCell(String line, char d, Random random, String junk) {
        String[] cells = line.split(String.valueOf(d), -1);
        cells[random.nextInt(cells.length)] = junk;
        return String.join(String.valueOf(d), cells);
    }

    private static String dropCell(String line, char d, Random random) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(String.valueOf(d), -1)));
        cells.remove(random.nextInt(cells.size()));
        return String.join(String.valueOf(d), cells);
    }

    private static String preview(byte[] file) {
        String s = new String(file, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
