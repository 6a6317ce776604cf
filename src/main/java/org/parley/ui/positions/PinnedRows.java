package org.parley.ui.positions;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Two tables on the same rows, side by side, scrolling down as one: the left one (the item
 * column) stays where it is when the right one scrolls across, like a spreadsheet's frozen
 * column. Both have a fixed row height; the left one hides its vertical scroll bar and stands
 * on a gap as tall as the right one's horizontal scroll bar, so both show the same rows; the
 * right one leads (its position is followed, and the wheel over the left one scrolls it).
 * Selection is the right table's; the view decides what a click on the left means. See docs/decisions/0018-positions-matrix-items-down.md.
 */
final class PinnedRows {

    static final String PINNED = "pinned-rows";

    private PinnedRows() {
    }

    /** The two tables, joined; the left one keeps its width, the right one takes the rest. */
    static Region join(TableView<?> left, TableView<?> right) {
        left.getStyleClass().add(PINNED);
        left.setFocusTraversable(false);
        Region gap = new Region();
        gap.setMinHeight(0);
        VBox leftSide = new VBox(left, gap);
        VBox.setVgrow(left, Priority.ALWAYS);
        leftSide.setMinWidth(Region.USE_PREF_SIZE);
        HBox both = new HBox(leftSide, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        Runnable link = () -> {
            VirtualFlow<?> l = flow(left);
            VirtualFlow<?> r = flow(right);
            if (l == null || r == null || l.getProperties().containsKey(PINNED)) {
                return;
            }
            l.getProperties().put(PINNED, Boolean.TRUE);
            // The right one leads: the left follows its position, and hands on the wheel.
            r.positionProperty().addListener((o, was, now) -> l.setPosition(now.doubleValue()));
            l.setPosition(r.getPosition());
            left.addEventFilter(ScrollEvent.SCROLL, e -> {
                r.scrollPixels(-e.getDeltaY());
                e.consume();
            });
            ScrollBar across = bar(r, Orientation.HORIZONTAL);
            if (across != null) {
                gap.prefHeightProperty().bind(Bindings.when(across.visibleProperty())
                        .then(across.heightProperty()).otherwise(0));
            }
        };
        left.skinProperty().addListener(o -> link.run());
        right.skinProperty().addListener(o -> link.run());
        return both;
    }

    /** The table's virtual flow, once its skin is made. */
    static VirtualFlow<?> flow(TableView<?> table) {
        return table.getSkin() == null ? null : (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    private static ScrollBar bar(VirtualFlow<?> flow, Orientation orientation) {
        for (Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar b && b.getOrientation() == orientation) {
                return b;
            }
        }
        return null;
    }
}
