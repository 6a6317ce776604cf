package org.parley.ui.timeline;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.parley.model.TimelineEvent;

/**
 * One event on the timeline: its kind's marker, then its title. Built once per data change. A
 * click selects it, a double-click opens its form; dragging it is {@link EventDrag}'s.
 */
final class EventNode extends HBox {

    /** From the node's left edge to the centre of its marker, which sits on the event's instant. */
    static final double MARKER_CENTRE = EventShapes.SIZE / 2;

    private final TimelineEvent event;

    EventNode(TimelineEvent event, String tooltipText, Consumer<TimelineEvent> onClick,
              Consumer<TimelineEvent> onOpen) {
        this.event = event;
        getStyleClass().addAll(TimelineStyles.TIMELINE_EVENT, TimelineStyles.kindClass(event.kind()));
        setId("timeline-event-" + event.id());
        getProperties().put(TimelineStyles.EVENT_ID_KEY, event.id());
        pseudoClassStateChanged(TimelineStyles.ILLUSTRATIVE, event.provenance().illustrative());

        StackPane marker = new StackPane(EventShapes.forKind(event.kind()));
        marker.setMinSize(EventShapes.SIZE, EventShapes.SIZE);
        marker.setMaxSize(EventShapes.SIZE, EventShapes.SIZE);
        Label title = new Label(event.title());
        title.getStyleClass().add(TimelineStyles.EVENT_LABEL);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(3);
        getChildren().addAll(marker, title);

        Tooltip.install(this, new Tooltip(tooltipText));
        setOnMouseClicked(e -> {
            // The release that ends a drag is no click: the drop has rescheduled the event.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                onClick.accept(event);
                if (e.getClickCount() == 2) {
                    onOpen.accept(event);
                }
                e.consume();
            }
        });
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
