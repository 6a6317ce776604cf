package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListIndexTest {

    @ParameterizedTest(name = "from {0} into gap {1} lands at {2}")
    @CsvSource({"0, 0, 0", "0, 3, 2", "2, 0, 0", "2, 2, 2", "2, 3, 2", "2, 5, 4", "4, 5, 4"})
    void afterRemoval_movesAGapBelowUpByOne(int from, int gap, int landsAt) {
        assertThat(ListIndex.afterRemoval(from, gap)).isEqualTo(landsAt);
    }

    @ParameterizedTest(name = "from {0} into gap {1}: stays {2}")
    @CsvSource({"2, 2, true", "2, 3, true", "2, 1, false", "2, 4, false"})
    void staysInPlace_whenTheGapIsEitherSideOfIt(int from, int gap, boolean stays) {
        assertThat(ListIndex.staysInPlace(from, gap)).isEqualTo(stays);
    }

    @ParameterizedTest(name = "from {0} step {1} in {2}: gap {3}")
    @CsvSource({"0, 1, 3, 2", "1, 1, 3, 3", "2, 1, 3, -1", "2, -1, 3, 1", "1, -1, 3, 0", "0, -1, 3, -1"})
    void gapForStep_movesOnePlace_orSaysItCannot(int from, int step, int size, int gap) {
        assertThat(ListIndex.gapForStep(from, step, size)).isEqualTo(gap);
        if (gap >= 0) {
            assertThat(ListIndex.afterRemoval(from, gap)).isEqualTo(from + step);
        }
    }

    @Test
    void gapForStep_takesOnlyOnePlace() {
        assertThatThrownBy(() -> ListIndex.gapForStep(1, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
