package org.parley.ui.positions;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.TableCell;

/** A cell of the item column: what the row is about ("RU MONUSCO / Human rights −50%"), its details on hover. */
final class ItemCell extends TableCell<ItemRow, ItemRow> {

    private final PositionsViewModel vm;
    /** Held by the cell, so the view model's weak reference to it lives as long as the cell. */
    private final InvalidationListener redraw = o -> show(getItem(), isEmpty());

    ItemCell(PositionsViewModel vm, HoverTip tip) {
        this.vm = vm;
        tip.install(this, () -> isEmpty() || getItem() == null ? "" : vm.itemTooltip(getItem()));
        // an amendment changed by a gesture reads anew in the rows in view
        vm.revisionProperty().addListener(new WeakInvalidationListener(redraw));
    }

    @Override
    protected void updateItem(ItemRow row, boolean empty) {
        super.updateItem(row, empty);
        show(row, empty);
    }

    private void show(ItemRow row, boolean empty) {
        setText(empty || row == null ? null : vm.itemText(row));
    }
}
