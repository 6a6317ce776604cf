package org.parley.ui.positions;

/** A cell of the item column: what the row is about ("RU MONUSCO / Human rights −50%"), its details on hover. */
final class ItemCell extends MatrixCell {

    private final PositionsViewModel vm;

    ItemCell(PositionsViewModel vm, javafx.beans.value.ObservableIntegerValue drawn, HoverTip tip) {
        super(drawn, tip, vm::itemTooltip);
        this.vm = vm;
    }

    @Override
    void show(ItemRow row, boolean empty) {
        setText(empty || row == null ? null : vm.itemText(row));
    }
}
