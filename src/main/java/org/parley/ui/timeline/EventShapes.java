package org.parley.ui.timeline;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.parley.model.EventKind;

/**
 * The marker shape of each event kind. Kinds differ by shape as well as by colour, so the
 * timeline reads in greyscale print-outs and for colour-blind users. Colours live in the CSS.
 */
final class EventShapes {

    /** Every marker fits a square of this side, so markers line up on their instant. */
    static final double SIZE = 12;

    private EventShapes() {
    }

    static Shape forKind(EventKind kind) {
        Shape shape = switch (kind) {
            case FORMAL_MEETING -> new Rectangle(SIZE, 7);                                     // ▬
            case INFORMAL_CONSULTATIONS -> new Rectangle(10, 10);                              // ■
            case INFORMAL_INFORMALS -> new Rectangle(7, 7);                                    // ▪
            case BILATERAL -> new Circle(5.5);                                                 // ●
            case GROUP_COORDINATION -> new Polygon(3, 0, 9, 0, 12, 6, 9, 12, 3, 12, 0, 6);     // ⬢
            case PLENARY -> new Polygon(0, 1, 12, 1, 6, 12);                                   // ▼
            case DOCUMENT_ISSUED -> new Polygon(6, 0, 12, 6, 6, 12, 0, 6);                     // ◆
            case DEADLINE -> new Rectangle(4, SIZE);                                           // ┃
            case EXTERNAL_EVENT -> new Polygon(6, 0, 12, 11, 0, 11);                           // ▲
        };
        shape.getStyleClass().add(TimelineStyles.EVENT_MARKER);
        return shape;
    }
}
