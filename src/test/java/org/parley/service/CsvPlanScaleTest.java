package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Mission;

/**
 * Issue 10, finding 6: a budget table of 100,000 rows is planned in linear time. Under the old
 * plan (each row scanned its mission's lines by name and copied them) these took many minutes;
 * linear, they take about a second. The timeout is far above that so that a loaded machine
 * never trips it: it catches quadratic work, it does not time anything.
 */
class CsvPlanScaleTest {

    static final int ROWS = 100_000;

    @TempDir
    Path dir;
    private SampleDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private Mission first() {
        return desk.editor.data().missions().get(0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredThousandNewLinesInOneMission_areCheckedWithoutProblems() throws Exception {
        StringBuilder text = new StringBuilder("Mission,Line,Category\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(first().code()).append(",Line ").append(i).append(",Other\n");
        }
        CsvSheet sheet = CsvSamples.sheet(text.toString());
        CsvMapping m = CsvMapping.guess(sheet.header());

        assertThat(new CsvBudgetImport(desk.editor).check(sheet, CsvShape.LINES, m)).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredThousandPostRowsOnTenLines_areCheckedWithoutProblems() throws Exception {
        StringBuilder text = new StringBuilder("Mission,Line,Post title,Grade,Count,Annual cost\n");
        for (int i = 0; i < ROWS; i++) {
            text.append(first().code()).append(",Line ").append(i % 10).append(",Officer ").append(i)
                    .append(",P-3,1,100000\n");
        }
        CsvSheet sheet = CsvSamples.sheet(text.toString());
        CsvMapping m = CsvMapping.guess(sheet.header());

        assertThat(new CsvBudgetImport(desk.editor).check(sheet, CsvShape.POSTS, m)).isEmpty();
    }
}
