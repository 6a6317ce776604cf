package org.parley.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A cell's tooltip made when it is shown, not when the cell is filled (issue 12): a cell keeps
 * one {@link Tooltip} for its whole life, and each fill only says where its text comes from; the
 * text is computed when the tooltip is about to show. Scrolling a table of thousands of rows then
 * builds no tooltip and no text at all.
 */
public final class LazyTip {

    private static final Object KEY = LazyTip.class;

    private final Tooltip tip = FigureCells.tooltip("");
    private Supplier<String> text = () -> "";

    private LazyTip() {
        tip.setOnShowing(e -> tip.setText(text.get()));
        // nothing to say: the tooltip closes again before it is drawn
        tip.setOnShown(e -> {
            if (tip.getText() == null || tip.getText().isEmpty()) {
                tip.hide();
            }
        });
    }

    /**
     * Gives {@code cell} a tooltip whose text {@code text} computes when it shows; null (or a
     * text that turns out empty) shows none.
     */
    public static void set(Control cell, Supplier<String> text) {
        if (text == null) {
            cell.setTooltip(null);
            return;
        }
        LazyTip lazy = (LazyTip) cell.getProperties().computeIfAbsent(KEY, k -> new LazyTip());
        lazy.text = text;
        if (cell.getTooltip() != lazy.tip) {
            cell.setTooltip(lazy.tip);
        }
    }

    /** The text {@code cell}'s tooltip would show now, or null when it has none. */
    public static String textOf(Control cell) {
        if (cell.getTooltip() == null) {
            return null;
        }
        Object lazy = cell.getProperties().get(KEY);
        return lazy instanceof LazyTip l && cell.getTooltip() == l.tip ? l.text.get() : cell.getTooltip().getText();
    }
}
