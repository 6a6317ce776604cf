package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The limits of what a CSV import reads at once (issue 10): what is too large, the limits, what to do. */
class CsvSheetLimitsTest {

    private static byte[] rows(int n) {
        StringBuilder text = new StringBuilder("Mission\n");
        for (int i = 0; i < n; i++) {
            text.append("M\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theMostRows_areRead() throws Exception {
        assertThat(CsvSheet.parse(rows(CsvSheet.MAX_ROWS), "budget.csv").rows()).hasSize(CsvSheet.MAX_ROWS);
    }

    @Test
    void oneRowMore_isRefused_namingTheFileItsRowsTheLimitsAndWhatToDo() {
        assertThatThrownBy(() -> CsvSheet.parse(rows(CsvSheet.MAX_ROWS + 1), "budget.csv"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("budget.csv has 600,001 rows, more than Parley imports at once (64 MB or "
                        + "600,000 rows;")
                .hasMessageContaining("Split the file into smaller ones");
    }
}
