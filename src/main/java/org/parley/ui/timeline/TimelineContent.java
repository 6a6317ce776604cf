package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.SetChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.parley.model.TimelineEvent;

/**
 * The drawn plane inside the timeline's scroll pane: month band, ticks, the deadline and desk
 * lines, and one node per event stacked in lanes.
 *
 * <p>Cost model, for hundreds of events: event nodes are built when the events (or the zone,
 * which their tooltips show) change, and reused when an event is unchanged; a zoom step only
 * re-runs lane assignment and moves nodes; tick nodes are rebuilt only when the tick unit,
 * axis range or zone changes; scrolling touches nothing here.
 */
final class TimelineContent extends Region {

    static final double LEFT_PAD = 24;
    /** Room after the axis end for the last labels. */
    static final double RIGHT_PAD = 120;
    private static final double MONTH_ROW_Y = 2;
    private static final double TICK_ROW_Y = 20;
    private static final double AXIS_BAND_HEIGHT = 38;
    private static final double DEADLINE_ROW_Y = 42;
    private static final double DESK_ROW_Y = 62;
    private static final double EVENTS_TOP = 88;
    private static final double LANE_HEIGHT = 24;
    private static final double LANE_GAP = 10;
    private static final double BOTTOM_PAD = 12;

    private final TimelineViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Region axisBand = new Region();
    private final Group axisLayer = new Group();
    private final InstantMarker deadlineMarker = new InstantMarker(TimelineStyles.DEADLINE_LINE, DEADLINE_ROW_Y);
    private final InstantMarker deskMarker = new InstantMarker(TimelineStyles.DESK_NOW, DESK_ROW_Y);
    private final Group eventLayer = new Group();
    private final Map<Long, EventNode> nodesById = new HashMap<>();
    private final EventDrag drag;
    private List<AxisMark> axisMarks = List.of();
    private AxisKey builtAxis;
    private boolean lanesValid;
    private double[] lefts = new double[0];
    private int[] lanes = new int[0];

    /** A tick or month boundary: its line and label, and where they sit vertically. */
    private record AxisMark(Instant at, Region line, Label label, double lineTop, double labelY) {
    }

    /** What the tick nodes depend on; the zoom only through the tick unit it implies. */
    private record AxisKey(TickUnit unit, Instant start, Instant end, ZoneId zone) {
    }

    TimelineContent(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add(TimelineStyles.CONTENT);
        axisBand.getStyleClass().add(TimelineStyles.AXIS_BAND);
        axisLayer.setAutoSizeChildren(false);
        eventLayer.setAutoSizeChildren(false);
        drag = new EventDrag(this, vm);
        getChildren().addAll(axisBand, axisLayer, deadlineMarker, deskMarker, eventLayer, drag.ghost());
        listen();
        rebuildEvents(false);
        refreshAxis();
        updateInstantMarkers();
    }

    private void listen() {
        subscriptions.onListChange(vm.getEvents(), c -> {
            rebuildEvents(false);
            refreshAxis();
        });
        subscriptions.onChange(vm.zoomProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.startProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.endProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.zoneProperty(), (o, was, is) -> {
            rebuildEvents(true);
            refreshAxis();
            updateInstantMarkers();
        });
        subscriptions.onChange(vm.deadlineProperty(), (o, was, is) -> updateInstantMarkers());
        subscriptions.onChange(vm.deskNowProperty(), (o, was, is) -> updateInstantMarkers());
        subscriptions.onChange(vm.selectedEventProperty(), (o, was, is) -> {
            setSelected(was, false);
            setSelected(is, true);
        });
        subscriptions.onSetChange(vm.getHighlightedEventIds(), (SetChangeListener.Change<? extends Long> c) -> {
            if (c.wasRemoved()) {
                setHighlighted(c.getElementRemoved(), false);
            }
            if (c.wasAdded()) {
                setHighlighted(c.getElementAdded(), true);
            }
        });
    }

    void dispose() {
        subscriptions.dispose();
    }

    // --- coordinates --------------------------------------------------------------------------

    TimeScale scale() {
        return new TimeScale(vm.axisStart(), vm.getZoom(), vm.getZone());
    }

    double xOf(Instant t) {
        return LEFT_PAD + scale().xOf(t);
    }

    Instant instantAt(double x) {
        return scale().instantAt(x - LEFT_PAD);
    }

    EventNode nodeFor(long eventId) {
        return nodesById.get(eventId);
    }

    /** Cancels a drag in progress (Escape); false when there is none. */
    boolean cancelDrag() {
        return drag.cancel();
    }

    boolean isDragging() {
        return drag.isDragging();
    }

    // --- building -----------------------------------------------------------------------------

    /** One node per event, in time order; unchanged events keep their node unless {@code all}. */
    private void rebuildEvents(boolean all) {
        Map<TimelineEvent, EventNode> previous = new HashMap<>();
        if (!all) {
            nodesById.values().forEach(n -> previous.put(n.event(), n));
        }
        nodesById.clear();
        List<EventNode> nodes = new ArrayList<>();
        for (TimelineEvent e : vm.getEventsInTimeOrder()) {
            EventNode node = previous.containsKey(e) ? previous.get(e) : new EventNode(e, vm.describe(e),
                    this::selectIfCurrent, vm.moves()::edit);
            node.setSelected(e.equals(vm.getSelectedEvent()));
            node.setHighlighted(vm.getHighlightedEventIds().contains(e.id()));
            nodesById.put(e.id(), node);
            nodes.add(node);
        }
        eventLayer.getChildren().setAll(nodes);
        invalidateLanes();
    }

    /** A click on a node just replaced (its event edited meanwhile) selects nothing. */
    private void selectIfCurrent(TimelineEvent e) {
        if (vm.getEvents().contains(e)) {
            vm.select(e);
        }
    }

    /** Rebuilds tick and month nodes if what they depend on changed; always re-lays out. */
    private void refreshAxis() {
        TimeScale scale = scale();
        AxisKey key = new AxisKey(scale.tickUnit(), vm.axisStart(), vm.axisEnd(), vm.getZone());
        if (!key.equals(builtAxis)) {
            builtAxis = key;
            List<AxisMark> marks = new ArrayList<>();
            for (Tick t : scale.months(key.end())) {
                marks.add(mark(t, TimelineStyles.MONTH_LINE, TimelineStyles.MONTH_LABEL, 0, MONTH_ROW_Y));
            }
            for (Tick t : scale.ticks(key.end())) {
                AxisMark m = mark(t, TimelineStyles.TICK_LINE, TimelineStyles.TICK_LABEL, TICK_ROW_Y, TICK_ROW_Y);
                if (t.major()) {
                    m.line().getStyleClass().add(TimelineStyles.MAJOR);
                }
                marks.add(m);
            }
            axisMarks = marks;
            List<Node> nodes = new ArrayList<>();
            marks.forEach(m -> nodes.addAll(List.of(m.line(), m.label())));
            axisLayer.getChildren().setAll(nodes);
        }
        invalidateLanes();
    }

    private static AxisMark mark(Tick t, String lineClass, String labelClass, double lineTop, double labelY) {
        Region line = new Region();
        line.getStyleClass().add(lineClass);
        Label label = new Label(t.label());
        label.getStyleClass().add(labelClass);
        return new AxisMark(t.at(), line, label, lineTop, labelY);
    }

    private void updateInstantMarkers() {
        ZoneId zone = vm.getZone();
        Instant deadline = vm.getDeadline();
        deadlineMarker.setVisible(deadline != null);
        deadlineMarker.setText(deadline == null ? "" : "DEADLINE " + TimeLabels.dayMonthTime(deadline, zone));
        Instant desk = vm.getDeskNow();
        deskMarker.setVisible(desk != null);
        deskMarker.setText(desk == null ? "" : "desk " + TimeLabels.dayMonthTime(desk, zone));
        requestLayout();
    }

    private void setSelected(TimelineEvent e, boolean selected) {
        EventNode node = e == null ? null : nodesById.get(e.id());
        if (node != null && Objects.equals(node.event(), e)) {
            node.setSelected(selected);
        }
    }

    private void setHighlighted(Long id, boolean highlighted) {
        EventNode node = nodesById.get(id);
        if (node != null) {
            node.setHighlighted(highlighted);
        }
    }

    // --- layout -------------------------------------------------------------------------------

    private void invalidateLanes() {
        lanesValid = false;
        requestLayout();
    }

    /** Lanes depend on zoom and label widths; computed lazily, once per change, for both passes. */
    private void ensureLanes() {
        if (lanesValid) {
            return;
        }
        List<Node> nodes = eventLayer.getChildren();
        lefts = new double[nodes.size()];
        double[] rights = new double[nodes.size()];
        TimeScale scale = scale();
        for (int i = 0; i < nodes.size(); i++) {
            EventNode node = (EventNode) nodes.get(i);
            lefts[i] = LEFT_PAD + scale.xOf(node.event().at()) - EventNode.MARKER_CENTRE;
            rights[i] = lefts[i] + node.prefWidth(-1);
        }
        lanes = LaneAssignment.assign(lefts, rights, LANE_GAP);
        lanesValid = true;
    }

    int laneCount() {
        ensureLanes();
        return LaneAssignment.rowCount(lanes);
    }

    @Override
    protected double computePrefWidth(double height) {
        return LEFT_PAD + scale().xOf(vm.axisEnd()) + RIGHT_PAD;
    }

    @Override
    protected double computePrefHeight(double width) {
        return EVENTS_TOP + Math.max(1, laneCount()) * LANE_HEIGHT + BOTTOM_PAD;
    }

    /** Never squeezed below the lanes: the scroll pane scrolls instead. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        ensureLanes();
        double height = getHeight();
        axisBand.resizeRelocate(0, 0, getWidth(), AXIS_BAND_HEIGHT);
        for (AxisMark m : axisMarks) {
            double x = snapPositionX(xOf(m.at()));
            m.line().resizeRelocate(x, m.lineTop(), 1, height - m.lineTop());
            m.label().autosize();
            m.label().relocate(x + 3, m.labelY());
        }
        placeMarker(deadlineMarker, vm.getDeadline(), height);
        placeMarker(deskMarker, vm.getDeskNow(), height);
        List<Node> nodes = eventLayer.getChildren();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            node.autosize();
            double laneTop = EVENTS_TOP + lanes[i] * LANE_HEIGHT;
            node.relocate(snapPositionX(lefts[i]), snapPositionY(laneTop + (LANE_HEIGHT - node.getLayoutBounds().getHeight()) / 2));
        }
    }

    private void placeMarker(InstantMarker marker, Instant at, double height) {
        if (at != null) {
            marker.place(xOf(at), height);
        }
    }
}
