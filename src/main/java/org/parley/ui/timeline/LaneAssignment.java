package org.parley.ui.timeline;

import java.util.Comparator;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Stacks horizontal spans (an event's marker plus its label) into rows so that none overlap.
 * Greedy, left to right: each span takes the first row that is free at its left edge. Not the
 * fewest rows in every case, but stable and fast (thousands of events on every zoom step), and an
 * event keeps its row when its neighbours do not change.
 */
public final class LaneAssignment {

    private LaneAssignment() {
    }

    /**
     * @param lefts left edge of each span
     * @param rights right edge of each span (not before its left edge)
     * @param gap the free space required between two spans in one row
     * @return the row of each span, in the order given; row 0 is the first
     */
    public static int[] assign(double[] lefts, double[] rights, double gap) {
        if (lefts.length != rights.length) {
            throw new IllegalArgumentException("one right edge per left edge");
        }
        Integer[] byLeft = IntStream.range(0, lefts.length).boxed().toArray(Integer[]::new);
        // Stable sort: spans starting together keep their given order, so rows do not flicker.
        Arrays.sort(byLeft, Comparator.comparingDouble(i -> lefts[i]));
        // Primitive row ends: zoomed out, thousands of events stack into hundreds of rows.
        double[] rowEnds = new double[Math.max(1, lefts.length)];
        int rowCount = 0;
        int[] rows = new int[lefts.length];
        for (int i : byLeft) {
            int row = firstFreeRow(rowEnds, rowCount, lefts[i], gap);
            if (row == rowCount) {
                rowCount++;
            }
            rowEnds[row] = rights[i];
            rows[i] = row;
        }
        return rows;
    }

    /** How many rows {@code rows} uses. */
    public static int rowCount(int[] rows) {
        return IntStream.of(rows).max().orElse(-1) + 1;
    }

    private static int firstFreeRow(double[] rowEnds, int rowCount, double left, double gap) {
        for (int row = 0; row < rowCount; row++) {
            if (rowEnds[row] + gap <= left) {
                return row;
            }
        }
        return rowCount;
    }
}
