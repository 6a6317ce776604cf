package org.parley.ui.timeline;

import java.time.Instant;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.parley.model.TimelineEvent;

/**
 * Dragging an event along the timeline to reschedule it. A plain press-drag-release inside the
 * timeline, not platform drag-and-drop: the event never leaves the control, the ghost must follow
 * every snapped step, and Escape must cancel under our own control. Nothing is carried but the
 * pressed node's event id; the drop is one gesture through {@link EventMoves#moveTo}.
 *
 * <p>While dragging, the event node slides to the snapped target and a {@link DragGhost} names
 * the target time; Escape ({@link #cancel}) puts it back; the release moves it.
 */
final class EventDrag {

    /** Pointer travel before a press becomes a drag, so a slightly shaky click stays a click. */
    static final double THRESHOLD = 4;

    private final TimelineContent content;
    private final TimelineViewModel vm;
    private final DragGhost ghost = new DragGhost();
    private EventNode node;
    /** The pressed node's event: the content keeps a node for it while the press lasts. */
    private TimelineEvent event;
    private double pressX;
    private boolean dragging;
    private Instant target;

    EventDrag(TimelineContent content, TimelineViewModel vm) {
        this.content = content;
        this.vm = vm;
        content.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        content.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        content.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    DragGhost ghost() {
        return ghost;
    }

    boolean isDragging() {
        return dragging;
    }

    /** The event pressed for a possible drag, or null between presses. */
    TimelineEvent event() {
        return event;
    }

    /** Ends a drag without moving anything; false when there was none. */
    boolean cancel() {
        if (!dragging) {
            return false;
        }
        reset();
        return true;
    }

    private void pressed(MouseEvent e) {
        node = null;
        event = null;
        EventNode pressed = eventNodeOf(e.getPickResult().getIntersectedNode());
        if (e.getButton() != MouseButton.PRIMARY || pressed == null || pressed.event() == null
                || !vm.moves().isEnabled()) {
            return;
        }
        node = pressed;
        event = pressed.event();
        pressX = x(e);
    }

    private void dragged(MouseEvent e) {
        if (node == null) {
            return;
        }
        double dx = x(e) - pressX;
        if (!dragging && Math.abs(dx) < THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            // The dragged event is the selected one: after the drop the selection follows it.
            if (vm.getEvents().contains(event)) {
                vm.select(event);
            }
            node.pseudoClassStateChanged(TimelineStyles.DRAGGING, true);
            // Drawn over the other events without reordering them (their order is their lanes').
            node.setViewOrder(-1);
            content.setCursor(Cursor.CLOSED_HAND);
        }
        Instant at = event.at();
        target = vm.moves().dragTarget(at, dx, content.scale());
        node.setTranslateX(content.xOf(target) - content.xOf(at));
        Bounds b = node.getBoundsInParent();
        ghost.show(content.xOf(target), content.getHeight(), Math.max(0, b.getMinY() - 18),
                TimeLabels.dayMonthTime(target, vm.getZone()));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (node == null) {
            return;
        }
        TimelineEvent dropped = event;
        Instant to = target;
        boolean drop = dragging;
        reset();
        if (drop) {
            e.consume();
            vm.moves().moveTo(dropped, to);
        }
    }

    /** Puts the node back and forgets the press (until the next one). */
    private void reset() {
        if (node != null) {
            node.setTranslateX(0);
            node.pseudoClassStateChanged(TimelineStyles.DRAGGING, false);
            node.setViewOrder(0);
        }
        ghost.hide();
        content.setCursor(null);
        dragging = false;
        node = null;
        event = null;
        target = null;
    }

    private double x(MouseEvent e) {
        return content.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
    }

    private static EventNode eventNodeOf(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof EventNode en) {
                return en;
            }
        }
        return null;
    }
}
