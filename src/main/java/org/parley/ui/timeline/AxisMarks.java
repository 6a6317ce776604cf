package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The month band and the ticks: a line and a label at each. Zoomed in to hours, a two-month
 * negotiation has some 1,500 ticks, so the ticks themselves are plain records, remade only when
 * the tick unit, axis range or zone changes, and nodes exist only for the marks near the
 * viewport: a few dozen line-and-label pairs, handed from mark to mark as the user scrolls.
 */
final class AxisMarks {

    /** A tick label this far left of the viewport may still reach into it. */
    private static final double LABEL_ROOM = 80;

    private final Group layer = new Group();
    private final Row months;
    private final Row ticks;
    private AxisKey built;

    /** What the ticks depend on; the zoom only through the tick unit it implies. */
    private record AxisKey(TickUnit unit, Instant start, Instant end, ZoneId zone) {
    }

    AxisMarks(double monthRowY, double tickRowY) {
        layer.setAutoSizeChildren(false);
        months = new Row(TimelineStyles.MONTH_LINE, TimelineStyles.MONTH_LABEL, 0, monthRowY, false);
        ticks = new Row(TimelineStyles.TICK_LINE, TimelineStyles.TICK_LABEL, tickRowY, tickRowY, true);
    }

    Group layer() {
        return layer;
    }

    /** Remakes the marks from {@code scale} to {@code end} if what they depend on changed. */
    void refresh(TimeScale scale, Instant end) {
        AxisKey key = new AxisKey(scale.tickUnit(), scale.start(), end, scale.zone());
        if (!key.equals(built)) {
            built = key;
            months.marks = scale.months(end);
            ticks.marks = scale.ticks(end);
        }
    }

    /**
     * Places a node pair at each mark whose line falls between {@code lo} and {@code hi} (or just
     * left of it, for its label), hiding the pairs left over.
     *
     * @param x where a mark's line goes, in the content's coordinates
     */
    void place(ToDoubleFunction<Instant> x, double lo, double hi, double height) {
        months.place(x, lo, hi, height);
        ticks.place(x, lo, hi, height);
    }

    /** One row of marks and the node pairs that show some of them. */
    private final class Row {
        private final String lineClass;
        private final String labelClass;
        private final double lineTop;
        private final double labelY;
        private final boolean styleMajor;
        private final List<Region> lines = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        private List<Tick> marks = List.of();

        Row(String lineClass, String labelClass, double lineTop, double labelY, boolean styleMajor) {
            this.lineClass = lineClass;
            this.labelClass = labelClass;
            this.lineTop = lineTop;
            this.labelY = labelY;
            this.styleMajor = styleMajor;
        }

        void place(ToDoubleFunction<Instant> xOf, double lo, double hi, double height) {
            int used = 0;
            for (Tick t : marks) {
                double x = xOf.applyAsDouble(t.at());
                if (x < lo - LABEL_ROOM || x > hi) {
                    continue;
                }
                if (used == lines.size()) {
                    addPair();
                }
                Region line = lines.get(used);
                Label label = labels.get(used);
                used++;
                label.setText(t.label());
                if (styleMajor && line.getStyleClass().contains(TimelineStyles.MAJOR) != t.major()) {
                    if (t.major()) {
                        line.getStyleClass().add(TimelineStyles.MAJOR);
                    } else {
                        line.getStyleClass().remove(TimelineStyles.MAJOR);
                    }
                    // Placed during layout, after this pulse's CSS pass.
                    line.applyCss();
                }
                double snapped = line.snapPositionX(x);
                line.resizeRelocate(snapped, lineTop, 1, height - lineTop);
                label.autosize();
                label.relocate(snapped + 3, labelY);
                line.setVisible(true);
                label.setVisible(true);
            }
            for (int i = used; i < lines.size(); i++) {
                lines.get(i).setVisible(false);
                labels.get(i).setVisible(false);
            }
        }

        private void addPair() {
            Region line = new Region();
            line.getStyleClass().add(lineClass);
            Label label = new Label();
            label.getStyleClass().add(labelClass);
            lines.add(line);
            labels.add(label);
            layer.getChildren().addAll(line, label);
            line.applyCss();
            label.applyCss();
        }
    }
}
