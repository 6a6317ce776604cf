package org.parley.ui.positions;

/**
 * One cell of the matrix: a delegation's stance on an item (mark and label, a pen when there is
 * a note; coloured by a style class, but the meaning is in the text), or our line on it.
 */
final class StanceCell extends MatrixCell {

    private final PositionsViewModel vm;
    private final MatrixRow line;

    StanceCell(PositionsViewModel vm, javafx.beans.value.ObservableIntegerValue drawn, MatrixRow line, HoverTip tip) {
        super(drawn, tip, row -> vm.cellTooltip(row, line));
        this.vm = vm;
        this.line = line;
        getStyleClass().add("matrix-cell");
    }

    @Override
    void show(ItemRow row, boolean empty) {
        boolean blank = empty || row == null;
        setText(blank ? null : vm.cellText(row, line));
        String stance = blank ? null : vm.cellStyleClass(row, line);
        // Only a change of class: removing and adding the same one makes JavaFX style the cell
        // again, which after every gesture cost most of it with hundreds of delegations.
        String now = getStyleClass().stream().filter(c -> c.startsWith(MatrixTexts.STANCE_STYLE_PREFIX))
                .findFirst().orElse(null);
        if (java.util.Objects.equals(now, stance)) {
            return;
        }
        getStyleClass().removeIf(c -> c.startsWith(MatrixTexts.STANCE_STYLE_PREFIX));
        if (stance != null) {
            getStyleClass().add(stance);
        }
    }
}
