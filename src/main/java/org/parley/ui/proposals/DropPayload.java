package org.parley.ui.proposals;

import org.parley.model.Target;

/** What a drag brings to the proposals pane, as read from the dragboard's ids. */
public sealed interface DropPayload {

    /** A budget line or post row from the missions pane: becomes a new amendment on it. */
    record OfTarget(Target target) implements DropPayload {
    }

    /** An amendment from the amendments table: moved or copied. */
    record OfAmendment(long amendmentId) implements DropPayload {
    }
}
