package org.parley.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * What a scenario adopts, amendment by amendment, indexed by the mission each one aims at, so
 * that a mission's totals read only its own amendments. Top-line cuts name no mission and are
 * summed as they are found.
 *
 * <p>A compromise item replaces its amendment wherever the amendment comes from; of two
 * compromises on one amendment, the later item of the scenario wins.
 */
final class AdoptedAmendments {

    /**
     * One amendment as a scenario adopts it.
     *
     * @param amendment the amendment as tabled (its target and kind)
     * @param value its value as adopted: the amendment's own, or the compromise's
     * @param share how much of it goes through
     * @param proposalId the proposal it belongs to; posts add up within a proposal, not across
     */
    record Adopted(Amendment amendment, long value, Share share, long proposalId) {
    }

    private final Map<Long, List<Adopted>> byMission = new HashMap<>();
    private long unallocatedUsd;

    private AdoptedAmendments() {
    }

    /**
     * Reads the scenario's items. Only amendments aimed at missions that {@code missions} accepts
     * are indexed, so that recomputing a few missions does not index all of them.
     */
    static AdoptedAmendments of(NegotiationData data, Scenario scenario, LongPredicate missions) {
        AdoptedAmendments adopted = new AdoptedAmendments();
        Map<Long, Long> compromiseOf = chosenCompromises(data, scenario);
        for (ScenarioItem item : scenario.items()) {
            if (item.kind() == ScenarioItem.Kind.PROPOSAL) {
                Proposal p = data.proposal(item.id()).orElseThrow();
                for (Amendment a : p.amendments()) {
                    if (!compromiseOf.containsKey(a.id())) {
                        adopted.add(new Adopted(a, a.value(), item.share(), p.id()), missions);
                    }
                }
            } else {
                Compromise c = data.compromise(item.id()).orElseThrow();
                if (compromiseOf.get(c.amendmentId()) == c.id()) {
                    Amendment a = data.amendment(c.amendmentId()).orElseThrow();
                    long proposalId = data.proposalOfAmendment(a.id()).orElseThrow().id();
                    adopted.add(new Adopted(a, c.value(), item.share(), proposalId), missions);
                }
            }
        }
        return adopted;
    }

    /** The adopted amendments aimed at one mission, its lines or its posts. */
    List<Adopted> forMission(long missionId) {
        return byMission.getOrDefault(missionId, List.of());
    }

    /** The top-line cuts adopted, each at its share. */
    long unallocatedUsd() {
        return unallocatedUsd;
    }

    /** Per amendment id, the id of the compromise that replaces it: the last one the scenario lists. */
    private static Map<Long, Long> chosenCompromises(NegotiationData data, Scenario scenario) {
        Map<Long, Long> chosen = new HashMap<>();
        for (ScenarioItem item : scenario.items()) {
            if (item.kind() == ScenarioItem.Kind.COMPROMISE) {
                Compromise c = data.compromise(item.id()).orElseThrow();
                chosen.put(c.amendmentId(), c.id());
            }
        }
        return chosen;
    }

    private void add(Adopted a, LongPredicate missions) {
        Target t = a.amendment().target();
        if (a.amendment().kind() == AmendmentKind.TOPLINE_CUT) {
            unallocatedUsd = Amounts.plus(unallocatedUsd, a.share().of(a.value()));
        } else if (missions.test(t.missionId())) {
            byMission.computeIfAbsent(t.missionId(), id -> new ArrayList<>()).add(a);
        }
    }
}
