package org.parley.ui.timeline;

import java.util.Locale;
import javafx.css.PseudoClass;
import org.parley.model.EventKind;

/**
 * Every style class and pseudo-class of the timeline, in one place, so that the CSS, the skin
 * and the tests agree on the names.
 */
public final class TimelineStyles {

    public static final String TIMELINE = "timeline";
    public static final String TOOLBAR = "timeline-toolbar";
    public static final String LEGEND = "timeline-legend";
    /** The toolbar text naming the dates on screen. */
    public static final String VISIBLE_SPAN = "visible-span";
    public static final String SCROLLER = "timeline-scroller";
    public static final String CONTENT = "timeline-content";
    public static final String AXIS_BAND = "axis-band";
    public static final String TICK_LINE = "tick-line";
    public static final String TICK_LABEL = "tick-label";
    public static final String MONTH_LINE = "month-line";
    public static final String MONTH_LABEL = "month-label";
    /** Added to tick lines at local midnight. */
    public static final String MAJOR = "major";
    public static final String INSTANT_MARKER = "instant-marker";
    public static final String DEADLINE_LINE = "deadline-line";
    public static final String DESK_NOW = "desk-now";
    public static final String MARKER_LINE = "marker-line";
    public static final String MARKER_LABEL = "marker-label";
    /** One per event: the node the user clicks and tests look up. */
    public static final String TIMELINE_EVENT = "timeline-event";
    public static final String EVENT_MARKER = "event-marker";
    public static final String EVENT_LABEL = "event-label";

    /** The line and time that show where a dragged event would land. */
    public static final String DRAG_GHOST = "drag-ghost";

    /** Key in {@code Node.getProperties()} holding an event node's {@code TimelineEvent.id()}. */
    public static final String EVENT_ID_KEY = "event-id";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    public static final PseudoClass ILLUSTRATIVE = PseudoClass.getPseudoClass("illustrative");
    /** An outcome known only after the desk's "now": greyed (decision 0024). */
    public static final PseudoClass NOT_YET_KNOWN = PseudoClass.getPseudoClass("not-yet-known");
    /** An event whose date or hour is chosen, not stated by its source. */
    public static final PseudoClass TIME_ILLUSTRATIVE = PseudoClass.getPseudoClass("time-illustrative");
    /** An event node being dragged to another time. */
    public static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");

    private TimelineStyles() {
    }

    /** "kind-informal-consultations", "kind-deadline", ...: picks the kind's colour in CSS. */
    public static String kindClass(EventKind kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
