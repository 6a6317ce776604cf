package org.parley.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.NegotiationData;

/**
 * A negotiation being changed: the lists a gesture has touched, copied from the state it started
 * from. Only {@link #build} checks the whole, so a gesture may pass through states the model
 * would refuse (an amendment between two proposals, positions on an amendment about to go)
 * as long as it ends whole.
 */
final class Draft {

    private final NegotiationData base;
    private final Map<Part<?>, List<?>> lists = new HashMap<>();

    Draft(NegotiationData base) {
        this.base = base;
    }

    NegotiationData base() {
        return base;
    }

    @SuppressWarnings("unchecked")
    <T> List<T> list(Part<T> part) {
        return (List<T>) lists.computeIfAbsent(part, p -> new ArrayList<>(part.list(base)));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> now(Part<T> part) {
        List<?> touched = lists.get(part);
        return touched != null ? (List<T>) touched : part.list(base);
    }

    /** The negotiation as the changes so far leave it, checked by the model. */
    NegotiationData build() {
        if (lists.isEmpty()) {
            return base;
        }
        // Untouched parts are passed as the base's own lists, so their indexes are reused.
        return base.with(now(Part.NEGOTIATION).get(0), now(Part.DELEGATIONS), now(Part.MISSIONS),
                now(Part.PROPOSALS), now(Part.EVENTS), now(Part.POSITIONS), now(Part.OUR_LINES),
                now(Part.COMPROMISES), now(Part.SCENARIOS), now(Part.TALKING_POINTS));
    }
}
