package org.parley.ui.proposals;

/** The gap a drop over a table row means, from where the pointer is in the row. */
final class DropIndex {

    private DropIndex() {
    }

    /**
     * Over the upper half of a row, the gap before it; over the lower half, the gap after it;
     * over an empty row below the last, the end.
     *
     * @param rowIndex the row's index in the table (may be past the items: an empty row)
     * @param y the pointer's height within the row
     * @param rowHeight the row's height
     * @param itemCount how many items the table has
     */
    static int gap(int rowIndex, double y, double rowHeight, int itemCount) {
        if (rowIndex < 0 || rowIndex >= itemCount) {
            return itemCount;
        }
        return y < rowHeight / 2 ? rowIndex : rowIndex + 1;
    }
}
