package org.parley.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A cell's tooltip made when it is shown, not when the cell is filled (issue 12): each fill only
 * says where the text comes from, and the text is computed when the tooltip is about to show; the
 * {@link Tooltip} itself is made the first time the pointer enters the cell, then kept for the
 * cell's life. Opening a desk or scrolling a table of thousands of rows builds no tooltip and no
 * text at all.
 */
public final class LazyTip {

    private static final Object KEY = LazyTip.class;

    private Tooltip tip; // made when the pointer first enters its cell
    private Supplier<String> text; // null: the cell says nothing

    private LazyTip() {
    }

    /**
     * Gives {@code cell} a tooltip whose text {@code text} computes when it shows; null (or a
     * text that turns out empty) shows none. The {@link Tooltip} itself (a popup window of its
     * own) is made only when the pointer first enters the cell: opening a desk of hundreds of
     * cells makes none.
     */
    public static void set(Control cell, Supplier<String> text) {
        LazyTip lazy = (LazyTip) cell.getProperties().get(KEY);
        if (text == null) {
            if (lazy != null) {
                lazy.text = null;
            }
            cell.setTooltip(null);
            return;
        }
        if (lazy == null) {
            LazyTip made = new LazyTip();
            cell.getProperties().put(KEY, made);
            cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> made.install(cell));
            lazy = made;
        }
        lazy.text = text;
        if (lazy.tip != null && cell.getTooltip() != lazy.tip) {
            cell.setTooltip(lazy.tip);
        }
    }

    private void install(Control cell) {
        if (text == null) {
            return;
        }
        if (tip == null) {
            Tooltip made = FigureCells.tooltip("");
            made.setOnShowing(e -> made.setText(text == null ? "" : text.get()));
            // nothing to say: the tooltip closes again before it is drawn
            made.setOnShown(e -> {
                if (made.getText() == null || made.getText().isEmpty()) {
                    made.hide();
                }
            });
            tip = made;
        }
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip); // its behaviour follows the pointer's next moves over the cell
        }
    }

    /** The text {@code cell}'s tooltip would show now, or null when it has none. */
    public static String textOf(Control cell) {
        if (cell.getProperties().get(KEY) instanceof LazyTip l && l.text != null
                && (cell.getTooltip() == null || cell.getTooltip() == l.tip)) {
            return l.text.get();
        }
        return cell.getTooltip() == null ? null : cell.getTooltip().getText();
    }
}
