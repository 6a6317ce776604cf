package org.parley.ui.positions;

import java.util.Locale;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import org.parley.model.Item;
import org.parley.model.Stance;
import org.parley.ui.common.FigureCells;

/**
 * One cell of the matrix: a delegation's stance on an item (mark and label, a pen when there is
 * a note; coloured by a style class, but the meaning is in the text), or our line on it.
 */
final class StanceCell extends TableCell<MatrixRow, MatrixRow> {

    private static final String PREFIX = "stance-";

    private final PositionsViewModel vm;
    private final Item item;
    private final Tooltip tooltip = FigureCells.tooltip("");

    StanceCell(PositionsViewModel vm, Item item) {
        this.vm = vm;
        this.item = item;
        getStyleClass().add("matrix-cell");
    }

    Item item() {
        return item;
    }

    @Override
    protected void updateItem(MatrixRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(c -> c.startsWith(PREFIX));
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        MatrixTexts texts = vm.texts();
        setText(texts.cell(row, item));
        if (row instanceof MatrixRow.OfDelegation d) {
            texts.position(d.delegation().id(), item).map(p -> p.stance())
                    .ifPresent(s -> getStyleClass().add(styleClass(s)));
        }
        tooltip.setText(texts.cellTooltip(row, item));
        setTooltip(tooltip);
    }

    /** "stance-red-line". */
    static String styleClass(Stance s) {
        return PREFIX + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
