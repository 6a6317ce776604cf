package org.parley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario takes out of one mission. See {@link ScenarioCalculator} for the rules.
 *
 * @param missionId the mission
 * @param cut dollars (capped at the mission's reference figure) and posts lost by grade
 * @param lines the cut of each line the scenario touches, by line id, in the mission's order;
 *              each capped at the line's reference figure (mission-level cuts are in none)
 * @param humanRightsLost the share of the mission's human-rights lines' reference total that the
 *                        scenario cuts from those lines; empty when the mission has no
 *                        human-rights line with a reference figure
 * @param seaPreventionLost the same for its lines on preventing sexual exploitation and abuse
 * @param illustrative true when any figure these totals were measured from is illustrative
 * @param atRisk an <b>estimate</b> of the posts the lines' dollar cuts put at risk, beside the
 *               posts abolished outright in {@code cut} (see {@link PostsAtRisk})
 * @param linesAtRisk the estimate per line, by line id, for the lines where it is not none
 * @param allocatedUsd the dollars of {@code cut} that are this mission's part of allocated
 *                     top-line cuts (decision 0025), before the mission's cap
 */
public record MissionTotals(long missionId, Cut cut, Map<Long, Cut> lines, Optional<Share> humanRightsLost,
                            Optional<Share> seaPreventionLost, boolean illustrative, PostsAtRisk atRisk,
                            Map<Long, PostsAtRisk> linesAtRisk, long allocatedUsd) {

    public MissionTotals {
        Objects.requireNonNull(cut, "cut");
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        Objects.requireNonNull(humanRightsLost, "human-rights share lost");
        Objects.requireNonNull(seaPreventionLost, "SEA-prevention share lost");
        Objects.requireNonNull(atRisk, "posts at risk");
        linesAtRisk = Collections.unmodifiableMap(new LinkedHashMap<>(linesAtRisk));
    }

    /** Totals without an allocated top-line part. */
    public MissionTotals(long missionId, Cut cut, Map<Long, Cut> lines, Optional<Share> humanRightsLost,
                         Optional<Share> seaPreventionLost, boolean illustrative, PostsAtRisk atRisk,
                         Map<Long, PostsAtRisk> linesAtRisk) {
        this(missionId, cut, lines, humanRightsLost, seaPreventionLost, illustrative, atRisk, linesAtRisk, 0);
    }

    /** Totals that put no post at risk (a mission nothing touches). */
    public MissionTotals(long missionId, Cut cut, Map<Long, Cut> lines, Optional<Share> humanRightsLost,
                         Optional<Share> seaPreventionLost, boolean illustrative) {
        this(missionId, cut, lines, humanRightsLost, seaPreventionLost, illustrative, PostsAtRisk.NONE, Map.of());
    }

    /** The posts at risk (an estimate) on one line; none when the line's dollar cuts put none at risk. */
    public PostsAtRisk lineAtRisk(long lineId) {
        return linesAtRisk.getOrDefault(lineId, PostsAtRisk.NONE);
    }

    /** Posts abolished outright plus the posts at risk (an estimate), by grade: the "jobs at risk". */
    public int jobsAtRisk() {
        return Amounts.plus(cut.posts(), atRisk.total());
    }

    /** The dollars cut, marked illustrative when the totals were measured from an illustrative figure. */
    public Derived<Long> dollarsCut() {
        return Derived.of(cut.usd(), illustrative);
    }

    /** The cut (dollars and posts), with the totals' provenance. */
    public Derived<Cut> derivedCut() {
        return Derived.of(cut, illustrative);
    }

    /** {@link #humanRightsLost()} with the totals' provenance. */
    public Derived<Optional<Share>> humanRightsShareLost() {
        return Derived.of(humanRightsLost, illustrative);
    }

    /** {@link #seaPreventionLost()} with the totals' provenance. */
    public Derived<Optional<Share>> seaPreventionShareLost() {
        return Derived.of(seaPreventionLost, illustrative);
    }
}
