package org.parley.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Where a dragged event would land: a dashed line across the timeline at the target time and the
 * time itself next to the event's lane. Ignores the mouse, so the drag goes on underneath.
 */
final class DragGhost extends Region {

    private final Region line = new Region();
    private final Label label = new Label();
    private double labelY;

    DragGhost() {
        setId("timeline-drag-ghost");
        getStyleClass().add(TimelineStyles.DRAG_GHOST);
        line.getStyleClass().add(TimelineStyles.MARKER_LINE);
        label.getStyleClass().add(TimelineStyles.MARKER_LABEL);
        getChildren().addAll(line, label);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    String getText() {
        return label.getText();
    }

    /** Shows the ghost at {@code x} over {@code height}, its label at {@code labelY}. */
    void show(double x, double height, double labelY, String text) {
        this.labelY = labelY;
        label.setText(text);
        label.autosize();
        resizeRelocate(snapPositionX(x), 0, 2 + 2 + label.getWidth(), height);
        setVisible(true);
        requestLayout();
    }

    void hide() {
        setVisible(false);
    }

    @Override
    protected void layoutChildren() {
        line.resizeRelocate(0, 0, 2, getHeight());
        label.autosize();
        label.relocate(4, labelY);
    }
}
