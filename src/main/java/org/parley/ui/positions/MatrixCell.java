package org.parley.ui.positions;

import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.TableCell;

/**
 * A cell of the matrix (an item's text, or a stance): shows its row when the table gives it one,
 * and again after every gesture, when the pane's drawn revision changes (the view model's, while
 * the matrix is in view); no {@code table.refresh()}, which throws every cell away. Its tooltip is
 * the matrix's shared one.
 */
abstract class MatrixCell extends TableCell<ItemRow, ItemRow> {

    /** Held by the cell, so the view model's weak reference to it lives as long as the cell. */
    private final InvalidationListener redraw = o -> show(getItem(), isEmpty());

    MatrixCell(ObservableIntegerValue drawn, HoverTip tip, Function<ItemRow, String> tipText) {
        tip.install(this, () -> isEmpty() || getItem() == null ? "" : tipText.apply(getItem()));
        drawn.addListener(new WeakInvalidationListener(redraw));
    }

    @Override
    protected final void updateItem(ItemRow row, boolean empty) {
        super.updateItem(row, empty);
        show(row, empty);
    }

    /** Shows the row (null or empty: nothing). */
    abstract void show(ItemRow row, boolean empty);
}
