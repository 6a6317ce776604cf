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
     * @param allocated true for a mission's part of an allocated top-line cut: {@code value} is
     *                  that part in dollars, already at the share (decision 0025)
     * @param illustrative true when an allocated part was computed from an illustrative figure
     */
    record Adopted(Amendment amendment, long value, Share share, long proposalId, boolean allocated,
                   boolean illustrative) {

        Adopted(Amendment amendment, long value, Share share, long proposalId) {
            this(amendment, value, share, proposalId, false, false);
        }
    }

    private final Map<Long, List<Adopted>> byMission = new HashMap<>();
    private final Map<Long, List<Adopted>> allocatedParts = new HashMap<>(); // every mission's, whatever is indexed
    private final NegotiationData data;
    private long unallocatedUsd;
    private boolean anyAllocated;

    private AdoptedAmendments(NegotiationData data) {
        this.data = data;
    }

    /**
     * Reads the scenario's items. Only amendments aimed at missions that {@code missions} accepts
     * are indexed, so that recomputing a few missions does not index all of them.
     */
    static AdoptedAmendments of(NegotiationData data, Scenario scenario, LongPredicate missions) {
        AdoptedAmendments adopted = new AdoptedAmendments(data);
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

    /**
     * The top-line cuts adopted that belong to no mission, each at its share: the unallocated
     * ones, and what an allocation could place nowhere.
     */
    long unallocatedUsd() {
        return unallocatedUsd;
    }

    /** True when an allocated top-line cut is adopted: its parts depend on every mission's figures. */
    boolean anyAllocated() {
        return anyAllocated;
    }

    /**
     * Every mission's parts of the allocated top-line cuts adopted, by mission id, whichever
     * missions were indexed: the parts are spread over all of them anyway (decision 0025).
     */
    Map<Long, List<Adopted>> allocatedParts() {
        return allocatedParts;
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
            long usd = a.share().of(a.value());
            Allocation allocation = a.amendment().allocation();
            if (!allocation.isAllocated()) {
                unallocatedUsd = Amounts.plus(unallocatedUsd, usd);
                return;
            }
            anyAllocated = true;
            // a by-hand allocation at a compromise's value is scaled like a share of it
            TopLineAllocation spread = TopLineAllocation.of(data, allocation, usd);
            unallocatedUsd = Amounts.plus(unallocatedUsd, spread.unallocatedUsd());
            spread.parts().forEach((missionId, part) -> {
                Adopted adopted = new Adopted(a.amendment(), part, Share.WHOLE, a.proposalId(), true,
                        spread.illustrative());
                allocatedParts.computeIfAbsent(missionId, id -> new ArrayList<>()).add(adopted);
                if (missions.test(missionId)) {
                    byMission.computeIfAbsent(missionId, id -> new ArrayList<>()).add(adopted);
                }
            });
        } else if (missions.test(t.missionId())) {
            byMission.computeIfAbsent(t.missionId(), id -> new ArrayList<>()).add(a);
        }
    }
}
