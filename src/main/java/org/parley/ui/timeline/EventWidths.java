package org.parley.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import org.parley.model.TimelineEvent;

/**
 * The width of each event's node, without a node per event: lanes need every event's width, but
 * only the events near the screen have nodes. Two measuring nodes (plain and illustrative, whose
 * italic titles are wider) are styled once by the timeline's own CSS, then kept off the scene
 * graph and given each distinct title in turn; a width is cached per title. Measuring with the
 * real node and stylesheet rather than a fixed width per zoom step keeps lanes tight (a short
 * title does not reserve 18em) and can never disagree with what is drawn.
 *
 * <p>Measured as highlighted (bold), the widest state, so highlighting a mission's events never
 * makes labels run into their neighbours nor reshuffles the lanes.
 */
final class EventWidths {

    private final EventNode plain = meter(false);
    private final EventNode illustrative = meter(true);
    private final Map<String, Double> plainWidths = new HashMap<>();
    private final Map<String, Double> illustrativeWidths = new HashMap<>();
    private boolean styled;

    private static EventNode meter(boolean illustrative) {
        EventNode n = new EventNode(e -> { }, e -> { });
        n.setId(null);
        n.setHighlighted(true);
        n.pseudoClassStateChanged(TimelineStyles.ILLUSTRATIVE, illustrative);
        return n;
    }

    boolean isStyled() {
        return styled;
    }

    /**
     * Styles the meters as children of {@code layer} would be, then takes them out again (so no
     * lookup ever finds them). Does nothing when the layer is not in a scene yet.
     *
     * @return whether the widths may have changed
     */
    boolean style(Group layer) {
        if (styled || layer.getScene() == null) {
            return false;
        }
        layer.getChildren().addAll(plain, illustrative);
        plain.applyCss();
        illustrative.applyCss();
        layer.getChildren().removeAll(plain, illustrative);
        forget();
        styled = true;
        return true;
    }

    /** Forgets the styles (the timeline moved to another scene) and every width measured with them. */
    void forget() {
        styled = false;
        plainWidths.clear();
        illustrativeWidths.clear();
    }

    /** The width of {@code e}'s node: marker, gap and title. */
    double widthOf(TimelineEvent e) {
        boolean italic = e.provenance().illustrative();
        EventNode meter = italic ? illustrative : plain;
        return (italic ? illustrativeWidths : plainWidths).computeIfAbsent(EventNode.label(e), meter::prefWidthWithTitle);
    }
}
