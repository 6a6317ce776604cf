package org.parley.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.parley.model.Amendment;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * The missions an edit of a proposal bears on, as narrowly as the edit allows: a proposal is one
 * aggregate, but editing one amendment of a proposal with thousands moves only that
 * amendment's mission, and a reorder moves none. Totals (proposed cuts, scenarios) recompute
 * only these, so a gesture on a large negotiation shows at once.
 */
final class ChangedMissions {

    private ChangedMissions() {
    }

    /**
     * The missions of the amendments added, removed or changed between two states of one
     * proposal; every mission of both when who tabled it or its status changed (a withdrawn
     * proposal stops counting everywhere).
     */
    static Set<Long> of(Proposal before, Proposal after) {
        Set<Long> ids = new HashSet<>();
        if (before.delegationId() != after.delegationId() || before.status() != after.status()) {
            before.amendments().forEach(a -> add(a, ids));
            after.amendments().forEach(a -> add(a, ids));
            return ids;
        }
        Map<Long, Amendment> was = new HashMap<>();
        before.amendments().forEach(a -> was.put(a.id(), a));
        for (Amendment a : after.amendments()) {
            Amendment b = was.remove(a.id());
            if (!a.equals(b)) {
                add(a, ids);
                if (b != null) {
                    add(b, ids);
                }
            }
        }
        was.values().forEach(a -> add(a, ids));
        return ids;
    }

    /**
     * The missions of the proposal that {@code p} revises, as {@code data} has it: whether it
     * counts turns on {@code p} (decision 0023). Empty for null or a proposal that revises none.
     */
    static Set<Long> ofRevised(Proposal p, NegotiationData data) {
        Set<Long> ids = new HashSet<>();
        if (p != null && p.revisesId() != null) {
            data.proposal(p.revisesId()).ifPresent(r -> r.amendments().forEach(a -> add(a, ids)));
        }
        return ids;
    }

    private static void add(Amendment a, Set<Long> ids) {
        if (a.target().missionId() != null) {
            ids.add(a.target().missionId());
        }
    }
}
