package org.parley.ui.positions;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import org.parley.ui.common.FigureCells;

/**
 * One tooltip for many nodes (the matrix's cells, its column headers), its text read from the
 * node the pointer has just come over. A {@code Tooltip} is a popup window with a scene of its
 * own: one per cell or per item would be thousands of windows-in-waiting. Empty text shows nothing.
 */
final class HoverTip {

    private final Tooltip tip = FigureCells.tooltip("");

    HoverTip() {
        tip.setOnShown(e -> {
            if (tip.getText() == null || tip.getText().isEmpty()) {
                tip.hide();
            }
        });
    }

    /** Shows the shared tooltip over {@code node}, saying what {@code text} gives when the pointer comes. */
    void install(Node node, Supplier<String> text) {
        Tooltip.install(node, tip);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tip.setText(text.get()));
    }
}
