package org.parley.model;

/**
 * Index arithmetic for moving one element within an ordered list, e.g. an amendment within
 * its proposal. An <em>insertion index</em> names the gap before an element of the list as it
 * is before the move (0 = before the first, size = after the last).
 */
public final class ListIndex {

    private ListIndex() {
    }

    /**
     * Where an element taken from {@code from} ends up when put into the gap {@code insertion}:
     * a gap below it moves up by one, because the element no longer sits above it.
     */
    public static int afterRemoval(int from, int insertion) {
        return insertion > from ? insertion - 1 : insertion;
    }

    /** Whether putting the element at {@code from} into the gap {@code insertion} leaves it where it is. */
    public static boolean staysInPlace(int from, int insertion) {
        return insertion == from || insertion == from + 1;
    }

    /**
     * The gap that moves the element at {@code from} one place up ({@code step} −1) or down
     * (+1) in a list of {@code size}; −1 when it is already first or last.
     */
    public static int gapForStep(int from, int step, int size) {
        if (step != -1 && step != 1) {
            throw new IllegalArgumentException("a step is one place up or down, not " + step);
        }
        int to = from + step;
        if (to < 0 || to >= size) {
            return -1;
        }
        // Down: the gap after the next element; up: the gap before the previous one.
        return step > 0 ? to + 1 : to;
    }
}
