package org.parley.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropIndexTest {

    @ParameterizedTest(name = "row {0}, y {1} of 24, {2} items: gap {3}")
    @CsvSource({
        "0, 0, 3, 0",
        "0, 11.9, 3, 0",
        "0, 12, 3, 1",
        "2, 23, 3, 3",
        "1, 5, 3, 1",
        "3, 5, 3, 3",
        "7, 20, 3, 3",
        "0, 5, 0, 0",
    })
    void gap_isBeforeTheRowInItsUpperHalf_afterItInItsLowerHalf_andTheEndBelowTheLast(
            int row, double y, int items, int gap) {
        assertThat(DropIndex.gap(row, y, 24, items)).isEqualTo(gap);
    }
}
