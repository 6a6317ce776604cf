package org.parley.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;

/**
 * Every row of a desk table is one line high (issue 12). A table told its rows' height does not
 * measure rows to place them: without it, a virtual flow lays out a row of its own for each index
 * it sizes, besides the row it shows, and keeps every column's cell of a row in the scene even
 * when the column is scrolled out of view. With it, opening the desk, scrolling and every change
 * of the rows make and style about half the cells. The height follows the default font, so a
 * larger system font still fits.
 */
public final class Rows {

    private Rows() {
    }

    /** One line of the default font with a cell's padding (24 px at the usual 13 px font). */
    public static double height() {
        return Math.ceil(Font.getDefault().getSize() * 1.8);
    }

    public static <T> TableView<T> oneLine(TableView<T> table) {
        table.setFixedCellSize(height());
        return table;
    }

    public static <T> TreeTableView<T> oneLine(TreeTableView<T> table) {
        table.setFixedCellSize(height());
        return table;
    }

    public static <T> ListView<T> oneLine(ListView<T> list) {
        list.setFixedCellSize(height());
        return list;
    }
}
