package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.model.AdoptedAmendments.Adopted;

/**
 * What adopting some proposals at one share would do to one mission, asked for mission after
 * mission (a brief per mission, {@code parley brief --all}). The same scenario rules as
 * {@link ScenarioCalculator} (overlaps count once, no line loses more than it has, posts add up
 * within a proposal), but each proposal's amendments are indexed by mission once per share, so
 * each mission then costs only its own amendments. A scenario computed per mission reads every
 * amendment and every mission each time: on a negotiation of 1,600 missions and 37,000
 * amendments that made the briefs quadratic.
 *
 * <p>Holds the negotiation as given (immutable); safe to ask from several threads.
 */
public final class MissionAdoption {

    private record Key(long proposalId, Share share) {
    }

    private final NegotiationData data;
    private final ConcurrentHashMap<Key, AdoptedAmendments> indexed = new ConcurrentHashMap<>();

    public MissionAdoption(NegotiationData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * The mission's totals if the proposals were adopted at {@code share}, or empty when none of
     * them touches the mission. Equal to {@code ScenarioCalculator.of(data, scenario).mission(id)}
     * for a scenario listing those proposals in that order at that share.
     */
    public Optional<MissionTotals> of(List<Long> proposalIds, Share share, long missionId) {
        Objects.requireNonNull(share, "share");
        Mission mission = data.mission(missionId)
                .orElseThrow(() -> new IllegalArgumentException("no mission " + missionId));
        List<Adopted> onMission = new ArrayList<>();
        for (long id : proposalIds) {
            onMission.addAll(indexed.computeIfAbsent(new Key(id, share), k -> AdoptedAmendments.of(data,
                    new Scenario(0, "one proposal", 0, List.of(ScenarioItem.proposal(k.proposalId(), k.share()))),
                    missionIdAimedAt -> true)).forMission(missionId));
        }
        return onMission.isEmpty() ? Optional.empty() : Optional.of(MissionCalculation.of(mission, onMission));
    }
}
