package org.parley.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a scenario adds up to: the totals of every mission it touches, the top-line dollars that
 * belong to no mission, the grand total and how far it falls short of the scenario's target.
 * Immutable; made by {@link ScenarioCalculator}.
 */
public final class ScenarioTotals {

    private final Map<Long, MissionTotals> missions;
    private final long unallocatedUsd;
    private final long targetUsd;
    private final long grandTotalUsd;
    private final Map<Grade, Integer> postsLostByGrade;
    private final PostsAtRisk postsAtRisk;
    private final boolean illustrative;
    private final boolean allocationAdopted;
    // Every mission's parts of allocated top-line cuts, as adopted (decision 0025), so an update
    // can tell which missions' parts an edit changed; null when not known.
    private final Map<Long, java.util.List<AdoptedAmendments.Adopted>> allocatedParts;

    ScenarioTotals(Map<Long, MissionTotals> missions, long unallocatedUsd, long targetUsd) {
        this(missions, unallocatedUsd, targetUsd, false, null);
    }

    ScenarioTotals(Map<Long, MissionTotals> missions, long unallocatedUsd, long targetUsd, boolean allocationAdopted) {
        this(missions, unallocatedUsd, targetUsd, allocationAdopted, null);
    }

    ScenarioTotals(Map<Long, MissionTotals> missions, long unallocatedUsd, long targetUsd, boolean allocationAdopted,
                   Map<Long, java.util.List<AdoptedAmendments.Adopted>> allocatedParts) {
        this.allocationAdopted = allocationAdopted;
        this.allocatedParts = allocatedParts == null ? null : Collections.unmodifiableMap(allocatedParts);
        this.missions = Collections.unmodifiableMap(new LinkedHashMap<>(missions));
        this.unallocatedUsd = unallocatedUsd;
        this.targetUsd = targetUsd;
        long total = unallocatedUsd;
        boolean anyIllustrative = false;
        EnumMap<Grade, Integer> posts = new EnumMap<>(Grade.class);
        PostsAtRisk atRisk = PostsAtRisk.NONE;
        for (MissionTotals m : missions.values()) {
            atRisk = atRisk.plus(m.atRisk());
            total = Amounts.plus(total, m.cut().usd());
            anyIllustrative |= m.illustrative();
            m.cut().postsByGrade().forEach((g, n) -> posts.merge(g, n, Amounts::plus));
        }
        this.grandTotalUsd = total;
        this.postsLostByGrade = Collections.unmodifiableMap(posts);
        this.postsAtRisk = atRisk;
        this.illustrative = anyIllustrative;
    }

    /**
     * True when the scenario adopts an allocated top-line cut: its parts in the missions depend
     * on every mission's figures, so an update after it also recomputes the missions whose parts
     * moved ({@link #allocatedParts()}).
     */
    boolean allocationAdopted() {
        return allocationAdopted;
    }

    /** Every mission's adopted parts of allocated top-line cuts, by mission id; null when not known. */
    Map<Long, java.util.List<AdoptedAmendments.Adopted>> allocatedParts() {
        return allocatedParts;
    }

    /** True when any mission total of the scenario was measured from an illustrative figure (as the window and CSV say). */
    public boolean illustrative() {
        return illustrative;
    }

    /** {@link #grandTotalUsd()} with its provenance: illustrative when any mission total in it is. */
    public Derived<Long> grandTotal() {
        return Derived.of(grandTotalUsd, illustrative);
    }

    /** {@link #gapToTarget()} with the grand total's provenance; empty when the scenario has no target. */
    public Optional<Derived<Long>> gap() {
        return hasTarget() ? Optional.of(Derived.of(gapToTarget().getAsLong(), illustrative)) : Optional.empty();
    }

    /** The missions the scenario touches, by id, in the negotiation's order. */
    public Map<Long, MissionTotals> missions() {
        return missions;
    }

    /** One mission's totals; empty when the scenario adopts nothing aimed at it. */
    public Optional<MissionTotals> mission(long missionId) {
        return Optional.ofNullable(missions.get(missionId));
    }

    /** Top-line cuts that name no mission, each at its share, in whole dollars. */
    public long unallocatedUsd() {
        return unallocatedUsd;
    }

    /**
     * The dollars of allocated top-line cuts counted in the missions (each mission's part, before
     * its cap); they are in {@link #grandTotalUsd()} through the missions, never again as a top line.
     */
    public long allocatedUsd() {
        return missions.values().stream().mapToLong(MissionTotals::allocatedUsd).reduce(0L, Amounts::plus);
    }

    /** Every mission's dollars plus the unallocated ones; negative when more is restored than cut. */
    public long grandTotalUsd() {
        return grandTotalUsd;
    }

    /** The total cut the scenario is measured against; 0 for none. */
    public long targetUsd() {
        return targetUsd;
    }

    public boolean hasTarget() {
        return targetUsd > 0;
    }

    /**
     * Target minus grand total: positive when the scenario falls short of the target, negative
     * when it cuts more. Empty when the scenario has no target.
     */
    public OptionalLong gapToTarget() {
        return hasTarget() ? OptionalLong.of(Amounts.minus(targetUsd, grandTotalUsd)) : OptionalLong.empty();
    }

    /** Posts lost across all missions, by grade. */
    public Map<Grade, Integer> postsLostByGrade() {
        return postsLostByGrade;
    }

    public int postsLost() {
        return postsLostByGrade.values().stream().mapToInt(Integer::intValue).reduce(0, Amounts::plus);
    }

    /**
     * An <b>estimate</b> of the posts the scenario's dollar cuts put at risk across all missions,
     * beside the posts lost outright (see {@link PostsAtRisk} for the rule).
     */
    public PostsAtRisk postsAtRisk() {
        return postsAtRisk;
    }

    /** Posts lost outright plus posts at risk (an estimate): the scenario's "jobs at risk". */
    public int jobsAtRisk() {
        return Amounts.plus(postsLost(), postsAtRisk.total());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioTotals t && t.missions.equals(missions) && t.unallocatedUsd == unallocatedUsd
                && t.targetUsd == targetUsd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(missions, unallocatedUsd, targetUsd);
    }

    @Override
    public String toString() {
        return "ScenarioTotals[" + grandTotalUsd + " USD, " + postsLost() + " posts, " + missions.size()
                + " missions, " + unallocatedUsd + " USD unallocated]";
    }
}
