package org.parley.ui.timeline;

import java.time.Instant;
import org.parley.model.TimelineEvent;

/**
 * What the timeline asks of the app when the user edits on it: the app applies the gesture (one
 * undo) and refreshes the events. Without actions the timeline only shows.
 */
public interface TimelineActions {

    /** Moves an event (a drop, Alt+arrow). Returns whether it was applied. */
    boolean reschedule(TimelineEvent event, Instant to);

    /** Opens the event's form (double-click, Enter). */
    void edit(TimelineEvent event);
}
