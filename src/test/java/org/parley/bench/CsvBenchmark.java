package org.parley.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.parley.io.NegotiationJson;
import org.parley.model.Grade;
import org.parley.model.Mission;
import org.parley.service.CsvBudgetImport;
import org.parley.service.CsvMapping;
import org.parley.service.CsvProgress;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.service.Editor;
import org.parley.store.Workspace;

/**
 * The CSV budget import at scale (issue 10, finding 6): a posts-by-grade table of 10 and 100
 * times a real one (a real one: ~4,470 post rows, under 1 MB), read, checked and imported into
 * the real sample in a new workspace. Prints timings; asserts nothing. Part of {@code bin/benchmark},
 * or alone from the test class path.
 */
public final class CsvBenchmark {

    /** The post rows of a real negotiation's posts-by-grade table, about. */
    static final int REAL_ROWS = 4_470;

    private CsvBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("parley-csv-bench");
        for (int times : new int[] {1, 10, 100}) {
            importAtScale(dir, times);
        }
    }

    private static void importAtScale(Path dir, int times) throws Exception {
        Path db = dir.resolve("csv-" + times + ".db");
        try (Workspace ws = Workspace.open(db)) {
            long id = ws.insertNegotiation(NegotiationJson.readSample());
            Editor editor = new Editor(ws, ws.loadNegotiation(id), Clock.systemUTC());
            int rows = REAL_ROWS * times;
            Path file = dir.resolve("posts-" + times + ".csv");
            Files.writeString(file, table(editor.data().missions(), rows), StandardCharsets.UTF_8);
            String what = String.format(Locale.ROOT, "%d× (%,d post rows, %.1f MB)", times, rows,
                    Files.size(file) / (1024.0 * 1024.0));
            System.out.println("CSV import of a posts-by-grade table, " + what + ":");
            CsvSheet sheet = ScaleBenchmark.time("  read the file", () -> CsvSheet.read(file));
            CsvMapping mapping = CsvMapping.guess(sheet.header());
            CsvBudgetImport csv = new CsvBudgetImport(editor);
            CsvBudgetImport.Plan plan = ScaleBenchmark.time("  check it (plan, in the background in the window)",
                    () -> csv.planner().plan(sheet, CsvShape.POSTS, mapping, CsvProgress.NONE));
            if (!plan.problems().isEmpty()) {
                throw new IllegalStateException("the benchmark's table has problems: " + plan.problems().get(0));
            }
            ScaleBenchmark.time("  import it (backup, one transaction; JavaFX thread)", () -> csv.apply(plan));
        }
    }

    /** Post rows over the sample's missions, 30 new lines each, every row a post row of its own. */
    private static String table(List<Mission> missions, int rows) {
        Grade[] grades = {Grade.P3, Grade.P4, Grade.FS, Grade.NPO, Grade.NGS};
        StringBuilder text = new StringBuilder("Mission,Line,Post title,Grade,Count,Status,Annual cost,Source\n");
        for (int i = 0; i < rows; i++) {
            Mission m = missions.get(i % missions.size());
            text.append(m.code()).append(",Imported line ").append(i / missions.size() % 30)
                    .append(",Officer ").append(i).append(',').append(grades[i % grades.length].label())
                    .append(',').append(1 + i % 5).append(',').append(i % 7 == 0 ? "vacant" : "encumbered")
                    .append(",\"").append(String.format(Locale.ROOT, "%,d", 90_000 + i % 1_000 * 100))
                    .append("\",A/72/789/Add.").append(1 + i % 16).append('\n');
        }
        return text.toString();
    }
}
