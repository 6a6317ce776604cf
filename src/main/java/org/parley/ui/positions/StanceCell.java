package org.parley.ui.positions;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.TableCell;

/**
 * One cell of the matrix: a delegation's stance on an item (mark and label, a pen when there is
 * a note; coloured by a style class, but the meaning is in the text), or our line on it. Its
 * tooltip is the matrix's shared one, its text made when the pointer comes over the cell.
 */
final class StanceCell extends TableCell<ItemRow, ItemRow> {

    private final PositionsViewModel vm;
    private final MatrixRow line;
    /** Held by the cell, so the view model's weak reference to it lives as long as the cell. */
    private final InvalidationListener redraw = o -> show(getItem(), isEmpty());

    StanceCell(PositionsViewModel vm, MatrixRow line, HoverTip tip) {
        this.vm = vm;
        this.line = line;
        getStyleClass().add("matrix-cell");
        tip.install(this, () -> isEmpty() || getItem() == null ? "" : vm.cellTooltip(getItem(), line));
        // After a gesture the cells in view read their texts again; no table.refresh(), which
        // throws every cell away (and, in the pulse of a scroll across, left the table empty).
        vm.revisionProperty().addListener(new WeakInvalidationListener(redraw));
    }

    MatrixRow line() {
        return line;
    }

    @Override
    protected void updateItem(ItemRow row, boolean empty) {
        super.updateItem(row, empty);
        show(row, empty);
    }

    private void show(ItemRow row, boolean empty) {
        getStyleClass().removeIf(c -> c.startsWith(MatrixTexts.STANCE_STYLE_PREFIX));
        if (empty || row == null) {
            setText(null);
            return;
        }
        setText(vm.cellText(row, line));
        String stance = vm.cellStyleClass(row, line);
        if (stance != null) {
            getStyleClass().add(stance);
        }
    }
}
