package org.parley.ui.positions;

/**
 * One cell of the matrix: a delegation's stance on an item (mark and label, a pen when there is
 * a note; coloured by a style class, but the meaning is in the text), or our line on it.
 */
final class StanceCell extends MatrixCell {

    private final PositionsViewModel vm;
    private final MatrixRow line;

    StanceCell(PositionsViewModel vm, MatrixRow line, HoverTip tip) {
        super(vm, tip, row -> vm.cellTooltip(row, line));
        this.vm = vm;
        this.line = line;
        getStyleClass().add("matrix-cell");
    }

    @Override
    void show(ItemRow row, boolean empty) {
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
