package org.parley.print;

import java.util.List;

/**
 * One laid-out page of a sheet.
 *
 * @param number 1-based
 * @param count how many pages the sheet has
 */
public record Page(int number, int count, PageSetup setup, List<Mark> marks) {

    public Page {
        marks = List.copyOf(marks);
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
    }

    public float width() {
        return setup.width();
    }

    public float height() {
        return setup.height();
    }
}
