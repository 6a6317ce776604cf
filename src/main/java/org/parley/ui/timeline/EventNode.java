package org.parley.ui.timeline;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.parley.model.TimelineEvent;
import org.parley.ui.common.Styles;

/**
 * One event on the timeline: its kind's marker, then its title. Pooled: the content shows a node
 * only for the events near the screen and hands a node that scrolled away to another event with
 * {@link #show}. A click selects its event, a double-click opens its form; dragging it is
 * {@link EventDrag}'s. Its tooltip is the content's one shared tooltip, written when shown.
 */
final class EventNode extends HBox {

    /** From the node's left edge to the centre of its marker, which sits on the event's instant. */
    static final double MARKER_CENTRE = EventShapes.SIZE / 2;

    private final StackPane marker = new StackPane();
    private final Label title = new Label();
    private TimelineEvent event;

    EventNode(Consumer<TimelineEvent> onClick, Consumer<TimelineEvent> onOpen) {
        getStyleClass().add(TimelineStyles.TIMELINE_EVENT);
        marker.setMinSize(EventShapes.SIZE, EventShapes.SIZE);
        marker.setMaxSize(EventShapes.SIZE, EventShapes.SIZE);
        title.getStyleClass().add(TimelineStyles.EVENT_LABEL);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(3);
        getChildren().addAll(marker, title);
        setOnMouseClicked(e -> {
            // The release that ends a drag is no click: the drop has rescheduled the event.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && event != null) {
                TimelineEvent clicked = event;
                onClick.accept(clicked);
                if (e.getClickCount() == 2) {
                    onOpen.accept(clicked);
                }
                e.consume();
            }
        });
    }

    /** Makes this node {@code e}'s: id, kind, marker, title; selection and highlight are the caller's. */
    void show(TimelineEvent e) {
        TimelineEvent was = event;
        event = e;
        if (was != null && was.id() == e.id() && was.kind() == e.kind() && was.title().equals(e.title())
                && was.provenance().illustrative() == e.provenance().illustrative()
                && was.timeIllustrative() == e.timeIllustrative()) {
            return;
        }
        setId("timeline-event-" + e.id());
        getProperties().put(TimelineStyles.EVENT_ID_KEY, e.id());
        if (was == null || was.kind() != e.kind()) {
            if (was != null) {
                getStyleClass().remove(TimelineStyles.kindClass(was.kind()));
            }
            getStyleClass().add(TimelineStyles.kindClass(e.kind()));
            marker.getChildren().setAll(EventShapes.forKind(e.kind()));
        }
        title.setText(label(e));
        pseudoClassStateChanged(TimelineStyles.ILLUSTRATIVE, e.provenance().illustrative());
        pseudoClassStateChanged(TimelineStyles.TIME_ILLUSTRATIVE, e.timeIllustrative());
    }

    /**
     * The title as the node shows it: an event whose date or hour is chosen rather than stated
     * by its source carries the illustrative mark (an illustrative event is italic already).
     */
    static String label(TimelineEvent e) {
        return e.timeIllustrative() ? e.title() + " " + Styles.ILLUSTRATIVE_MARK : e.title();
    }

    /** The width this node would take with {@code text} as its title: {@link EventWidths}' measure. */
    double prefWidthWithTitle(String text) {
        title.setText(text);
        return prefWidth(-1);
    }

    TimelineEvent event() {
        return event;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(TimelineStyles.SELECTED, selected);
    }

    void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(TimelineStyles.HIGHLIGHTED, highlighted);
    }
}
