package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void counts_readSeniorGradesFirst_andLeaveZerosOut() {
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        byGrade.put(Grade.P3, 3);
        byGrade.put(Grade.UNV, 0);
        byGrade.put(Grade.P4, 1);

        assertThat(Grade.counts(byGrade)).isEqualTo("1 P-4, 3 P-3");
        assertThat(Grade.counts(Map.of())).isEmpty();
    }
}
