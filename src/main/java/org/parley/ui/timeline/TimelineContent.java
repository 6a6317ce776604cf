package org.parley.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.parley.model.TimelineEvent;

/**
 * The drawn plane inside the timeline's scroll pane: month band, ticks, the deadline and desk
 * lines, and the events stacked in lanes.
 *
 * <p>Cost model, for thousands of events: only the events whose box meets the viewport, widened
 * by half a viewport left and right and a quarter above and below, have nodes ({@link EventNode}s,
 * pooled: one that scrolls away is handed to an event that scrolls in). Lanes need every event's
 * width; {@link EventWidths} measures them per title without nodes. An events change re-runs lane
 * assignment (arrays, no nodes); a zoom step re-runs lane assignment and moves nodes; a scroll,
 * told by the skin through {@link #setViewport}, only binds and places the nodes that came into
 * range. Ticks are culled the same way ({@link AxisMarks}). One tooltip serves every event and is
 * written when shown.
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
    /**
     * Nodes are kept this share of the viewport beyond its left and right edges: a short scroll
     * then shows nodes already laid out, and the total stays about two viewports' worth.
     */
    private static final double CULL_MARGIN_X = 0.5;
    /** Less above and below: a wheel notch scrolls a few lanes, and lanes are densely packed. */
    private static final double CULL_MARGIN_Y = 0.25;

    private final TimelineViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Region axisBand = new Region();
    private final AxisMarks axis = new AxisMarks(MONTH_ROW_Y, TICK_ROW_Y);
    private final InstantMarker deadlineMarker = new InstantMarker(TimelineStyles.DEADLINE_LINE, DEADLINE_ROW_Y);
    private final InstantMarker deskMarker = new InstantMarker(TimelineStyles.DESK_NOW, DESK_ROW_Y);
    private final Group eventLayer = new Group();
    private final EventWidths widths = new EventWidths();
    private final Tooltip tooltip = new Tooltip();
    /** The nodes in the scene, by event id; each shows the event of that id. */
    private Map<Long, EventNode> nodesById = new HashMap<>();
    /**
     * Nodes out of the scene, by the id of the event each showed last: an event that comes back
     * (a zoom's intermediate layout, scrolling back) gets its own node again, unchanged.
     */
    private final Map<Long, EventNode> pool = new LinkedHashMap<>();
    private final EventDrag drag;
    /** The events in time order, and each one's index there. */
    private TimelineEvent[] events = new TimelineEvent[0];
    private Map<Long, Integer> indexById = Map.of();
    private boolean lanesValid;
    private double[] lefts = new double[0];
    private double[] rights = new double[0];
    private int[] lanes = new int[0];
    /** The widest event box: how far left of the viewport an event may start and still show. */
    private double widest;
    /** The viewport in content coordinates; nothing is shown until the skin tells it. */
    private BoundingBox viewport;
    private EventNode hovered;

    TimelineContent(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add(TimelineStyles.CONTENT);
        axisBand.getStyleClass().add(TimelineStyles.AXIS_BAND);
        eventLayer.setAutoSizeChildren(false);
        drag = new EventDrag(this, vm);
        tooltip.setOnShowing(e -> tooltip.setText(hovered == null || hovered.event() == null ? ""
                : vm.describe(hovered.event())));
        getChildren().addAll(axisBand, axis.layer(), deadlineMarker, deskMarker, eventLayer, drag.ghost());
        listen();
        eventsChanged();
        refreshAxis();
        updateInstantMarkers();
    }

    private void listen() {
        subscriptions.onListChange(vm.getEvents(), c -> {
            eventsChanged();
            refreshAxis();
            // Nodes follow at once rather than at the next pulse: when a gesture's change
            // returns, the moved or added event is drawn, selected as it should be, and findable.
            if (getScene() != null && viewport != null) {
                layout();
            }
        });
        subscriptions.onChange(vm.zoomProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.startProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.endProperty(), (o, was, is) -> refreshAxis());
        subscriptions.onChange(vm.zoneProperty(), (o, was, is) -> {
            refreshAxis();
            updateInstantMarkers();
        });
        subscriptions.onChange(vm.deadlineProperty(), (o, was, is) -> updateInstantMarkers());
        subscriptions.onChange(vm.deskNowProperty(), (o, was, is) -> {
            updateInstantMarkers();
            nodesById.values().forEach(this::markKnown);
        });
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
        // Widths are measured with the scene's styles: another scene may style them otherwise.
        subscriptions.onChange(sceneProperty(), (o, was, is) -> {
            widths.forget();
            invalidateLanes();
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

    /** The node showing {@code eventId}, or null while that event is away from the viewport. */
    EventNode nodeFor(long eventId) {
        return nodesById.get(eventId);
    }

    /**
     * Where {@code e}'s node is (or would be) in this plane: its lane's full height, from its
     * marker's left edge to its title's end; null for an event not on this timeline.
     */
    Bounds boxOf(TimelineEvent e) {
        Integer i = e == null ? null : indexById.get(e.id());
        if (i == null) {
            return null;
        }
        ensureLanes();
        return new BoundingBox(lefts[i], laneTop(i), rights[i] - lefts[i], LANE_HEIGHT);
    }

    /**
     * What the scroll pane shows, in this plane's coordinates. Events near it get nodes at the
     * next layout; the others give theirs back.
     */
    void setViewport(double left, double top, double width, double height) {
        BoundingBox next = new BoundingBox(left, top, width, height);
        if (!next.equals(viewport)) {
            viewport = next;
            requestLayout();
        }
    }

    /** Cancels a drag in progress (Escape); false when there is none. */
    boolean cancelDrag() {
        return drag.cancel();
    }

    boolean isDragging() {
        return drag.isDragging();
    }

    // --- events -------------------------------------------------------------------------------

    /** Takes the new events in time order; nodes follow at the next layout. */
    private void eventsChanged() {
        events = vm.getEventsInTimeOrder().toArray(new TimelineEvent[0]);
        Map<Long, Integer> index = new HashMap<>(events.length * 2);
        for (int i = 0; i < events.length; i++) {
            index.put(events[i].id(), i);
        }
        indexById = index;
        TimelineEvent dragged = drag.event();
        if (dragged != null && !dragged.equals(eventWithId(dragged.id()))) {
            // The event under the pointer changed or went away (undo elsewhere): drop nothing.
            drag.cancel();
        }
        invalidateLanes();
    }

    private TimelineEvent eventWithId(long id) {
        Integer i = indexById.get(id);
        return i == null ? null : events[i];
    }

    /** A click on a node whose event was edited meanwhile selects nothing. */
    private void selectIfCurrent(TimelineEvent e) {
        if (e.equals(eventWithId(e.id()))) {
            vm.select(e);
        }
    }

    /**
     * Gives a node to each event near the viewport, reusing the nodes of those that left it.
     *
     * @return the nodes given another event (or their first)
     */
    private List<EventNode> bindNodesNearViewport() {
        List<Integer> near = indicesNearViewport();
        Map<Long, EventNode> next = new HashMap<>(near.size() * 2);
        List<Integer> unbound = new ArrayList<>();
        List<EventNode> bound = new ArrayList<>();
        for (int i : near) {
            EventNode node = nodesById.remove(events[i].id());
            if (node == null) {
                unbound.add(i);
            } else {
                if (node.event() != events[i]) {
                    bind(node, events[i]);
                    bound.add(node);
                }
                next.put(events[i].id(), node);
            }
        }
        // Those left in nodesById are spare: in the scene, their events gone from near the viewport.
        List<EventNode> added = new ArrayList<>();
        for (int i : unbound) {
            long id = events[i].id();
            EventNode node = pool.remove(id);
            if (node == null && !nodesById.isEmpty()) {
                node = nodesById.remove(nodesById.keySet().iterator().next());
            } else if (node == null) {
                node = pool.isEmpty() ? newNode() : pool.remove(pool.keySet().iterator().next());
            }
            if (node.getParent() == null) {
                added.add(node);
            }
            // Even a node back for its own event: out of the scene it missed selection and highlight.
            bind(node, events[i]);
            bound.add(node);
            next.put(id, node);
        }
        if (!nodesById.isEmpty()) {
            eventLayer.getChildren().removeAll(new HashSet<>(nodesById.values()));
            nodesById.values().forEach(n -> pool.put(n.event().id(), n));
        }
        eventLayer.getChildren().addAll(added);
        nodesById = next;
        return bound;
    }

    private EventNode newNode() {
        EventNode node = new EventNode(this::selectIfCurrent, vm.moves()::edit);
        Tooltip.install(node, tooltip);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hovered = node);
        return node;
    }

    /** Makes {@code node} show {@code e} as it stands: selected, highlighted or not. */
    private void bind(EventNode node, TimelineEvent e) {
        node.show(e);
        markKnown(node);
        node.setSelected(e.equals(vm.getSelectedEvent()));
        node.setHighlighted(vm.getHighlightedEventIds().contains(e.id()));
        node.setTranslateX(0);
        node.pseudoClassStateChanged(TimelineStyles.DRAGGING, false);
        node.setViewOrder(0);
    }

    /** Greys an outcome the desk's "now" does not know yet (decision 0024). */
    private void markKnown(EventNode node) {
        node.pseudoClassStateChanged(TimelineStyles.NOT_YET_KNOWN, node.event() != null && !vm.known(node.event()));
    }

    /**
     * The events whose box meets the viewport widened by the cull margins, and the one being
     * dragged wherever it is. Lefts grow with time, so a binary search finds the first candidate.
     */
    private List<Integer> indicesNearViewport() {
        List<Integer> near = new ArrayList<>();
        if (viewport != null) {
            double marginX = viewport.getWidth() * CULL_MARGIN_X;
            double marginY = viewport.getHeight() * CULL_MARGIN_Y;
            double lo = viewport.getMinX() - marginX;
            double hi = viewport.getMaxX() + marginX;
            double top = viewport.getMinY() - marginY;
            double bottom = viewport.getMaxY() + marginY;
            for (int i = firstLeftAtOrAfter(lo - widest); i < events.length && lefts[i] <= hi; i++) {
                double laneTop = laneTop(i);
                if (rights[i] >= lo && laneTop + LANE_HEIGHT >= top && laneTop <= bottom) {
                    near.add(i);
                }
            }
        }
        TimelineEvent dragged = drag.event();
        Integer pinned = dragged == null ? null : indexById.get(dragged.id());
        if (pinned != null && !near.contains(pinned)) {
            near.add(pinned);
        }
        return near;
    }

    private int firstLeftAtOrAfter(double x) {
        int low = 0;
        int high = lefts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lefts[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Remakes the ticks if what they depend on changed; always re-lays out. */
    private void refreshAxis() {
        axis.refresh(scale(), vm.axisEnd());
        invalidateLanes();
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

    /**
     * Lanes depend on zoom and title widths; computed lazily, once per change, for both passes,
     * for every event but without nodes.
     */
    private void ensureLanes() {
        boolean restyled = widths.style(eventLayer);
        if (lanesValid && !restyled) {
            return;
        }
        int n = events.length;
        lefts = new double[n];
        rights = new double[n];
        TimeScale scale = scale();
        double widestSoFar = 0;
        for (int i = 0; i < n; i++) {
            double width = widths.widthOf(events[i]);
            lefts[i] = LEFT_PAD + scale.xOf(events[i].at()) - EventNode.MARKER_CENTRE;
            rights[i] = lefts[i] + width;
            widestSoFar = Math.max(widestSoFar, width);
        }
        widest = widestSoFar;
        lanes = LaneAssignment.assign(lefts, rights, LANE_GAP);
        lanesValid = true;
    }

    private double laneTop(int i) {
        return EVENTS_TOP + lanes[i] * LANE_HEIGHT;
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
        if (viewport != null) {
            TimeScale scale = scale();
            double margin = viewport.getWidth() * CULL_MARGIN_X;
            axis.place(t -> LEFT_PAD + scale.xOf(t), viewport.getMinX() - margin, viewport.getMaxX() + margin,
                    height);
        }
        placeMarker(deadlineMarker, vm.getDeadline(), height);
        placeMarker(deskMarker, vm.getDeskNow(), height);
        for (EventNode node : bindNodesNearViewport()) {
            // Bound during layout, after this pulse's CSS pass: style it before sizing it.
            node.applyCss();
        }
        for (EventNode node : nodesById.values()) {
            int i = indexById.get(node.event().id());
            node.autosize();
            double y = laneTop(i) + (LANE_HEIGHT - node.getLayoutBounds().getHeight()) / 2;
            node.relocate(snapPositionX(lefts[i]), snapPositionY(y));
        }
    }

    private void placeMarker(InstantMarker marker, Instant at, double height) {
        if (at != null) {
            marker.place(xOf(at), height);
        }
    }
}
