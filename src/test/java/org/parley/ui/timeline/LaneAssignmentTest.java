package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneAssignmentTest {

    private static final double GAP = 8;

    @Test
    void assign_spansFarApart_shareTheFirstRow() {
        int[] rows = LaneAssignment.assign(new double[] {0, 200, 400}, new double[] {100, 300, 500}, GAP);

        assertThat(rows).containsExactly(0, 0, 0);
        assertThat(LaneAssignment.rowCount(rows)).isEqualTo(1);
    }

    @Test
    void assign_overlappingSpans_stackIntoNewRows() {
        int[] rows = LaneAssignment.assign(new double[] {0, 50, 90}, new double[] {100, 150, 190}, GAP);

        assertThat(rows).containsExactly(0, 1, 2);
    }

    @Test
    void assign_spanCloserThanGap_goesToNextRow() {
        int[] rows = LaneAssignment.assign(new double[] {0, 105}, new double[] {100, 200}, GAP);

        assertThat(rows).containsExactly(0, 1);
    }

    @Test
    void assign_reusesTheFirstRowThatHasFreedUp() {
        // b overlaps a; c starts after a ends but while b still runs: c goes back to row 0.
        int[] rows = LaneAssignment.assign(new double[] {0, 50, 120}, new double[] {100, 300, 200}, GAP);

        assertThat(rows).containsExactly(0, 1, 0);
    }

    @Test
    void assign_answersInInputOrder_whateverTheOrderOfSpans() {
        int[] rows = LaneAssignment.assign(new double[] {90, 0, 50}, new double[] {190, 100, 150}, GAP);

        assertThat(rows).containsExactly(2, 0, 1);
    }

    @Test
    void assign_noSpans_noRows() {
        int[] rows = LaneAssignment.assign(new double[0], new double[0], GAP);

        assertThat(rows).isEmpty();
        assertThat(LaneAssignment.rowCount(rows)).isZero();
    }
}
