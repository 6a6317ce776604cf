package org.parley.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A labelled vertical line across the whole timeline at one instant: the deadline, the desk's
 * "now". Its left edge is the line; the label hangs to the right of it at a fixed height, so the
 * deadline and desk labels sit in different rows and never cover each other.
 */
final class InstantMarker extends Region {

    private final Region line = new Region();
    private final Label label = new Label();
    private final double labelY;

    InstantMarker(String styleClass, double labelY) {
        this.labelY = labelY;
        getStyleClass().addAll(TimelineStyles.INSTANT_MARKER, styleClass);
        line.getStyleClass().add(TimelineStyles.MARKER_LINE);
        label.getStyleClass().add(TimelineStyles.MARKER_LABEL);
        getChildren().addAll(line, label);
        // Events under the line stay clickable.
        setMouseTransparent(true);
    }

    void setText(String text) {
        label.setText(text);
    }

    String getText() {
        return label.getText();
    }

    double lineWidth() {
        return Math.max(1, line.prefWidth(-1));
    }

    /** Stretches the marker over {@code height}, centring its line on {@code x}. */
    void place(double x, double height) {
        double w = lineWidth();
        label.autosize();
        resizeRelocate(snapPositionX(x - w / 2), 0, w + 2 + label.getWidth(), height);
    }

    @Override
    protected void layoutChildren() {
        double w = lineWidth();
        line.resizeRelocate(0, 0, w, getHeight());
        label.relocate(w + 2, labelY);
    }
}
