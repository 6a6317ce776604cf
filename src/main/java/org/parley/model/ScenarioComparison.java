package org.parley.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a second scenario differs from a first: per mission and in total, the second's figures
 * minus the first's. A positive difference means the second cuts more. Immutable.
 */
public final class ScenarioComparison {

    /**
     * The difference on one mission.
     *
     * @param missionId the mission
     * @param usd dollars cut by the second scenario minus those cut by the first
     * @param postsByGrade posts lost under the second minus under the first, by grade; grades with
     *                     no difference are left out
     */
    public record MissionDifference(long missionId, long usd, Map<Grade, Integer> postsByGrade) {

        public MissionDifference {
            EnumMap<Grade, Integer> copy = new EnumMap<>(Grade.class);
            copy.putAll(postsByGrade);
            postsByGrade = Collections.unmodifiableMap(copy);
        }

        /** The difference in posts over all grades. */
        public int posts() {
            return postsByGrade.values().stream().mapToInt(Integer::intValue).reduce(0, Amounts::plus);
        }
    }

    private final Map<Long, MissionDifference> missions;
    private final long unallocatedUsd;
    private final long grandTotalUsd;

    private ScenarioComparison(Map<Long, MissionDifference> missions, long unallocatedUsd, long grandTotalUsd) {
        this.missions = Collections.unmodifiableMap(missions);
        this.unallocatedUsd = unallocatedUsd;
        this.grandTotalUsd = grandTotalUsd;
    }

    /** Compares {@code second} with {@code first}: the missions either touches, first's order first. */
    public static ScenarioComparison of(ScenarioTotals first, ScenarioTotals second) {
        Set<Long> ids = new LinkedHashSet<>(first.missions().keySet());
        ids.addAll(second.missions().keySet());
        Map<Long, MissionDifference> differences = new LinkedHashMap<>();
        for (long id : ids) {
            Cut a = first.mission(id).map(MissionTotals::cut).orElse(Cut.NONE);
            Cut b = second.mission(id).map(MissionTotals::cut).orElse(Cut.NONE);
            differences.put(id, new MissionDifference(id, Amounts.minus(b.usd(), a.usd()), postsMinus(b, a)));
        }
        return new ScenarioComparison(differences, Amounts.minus(second.unallocatedUsd(), first.unallocatedUsd()),
                Amounts.minus(second.grandTotalUsd(), first.grandTotalUsd()));
    }

    /** Per mission either scenario touches, by id. */
    public Map<Long, MissionDifference> missions() {
        return missions;
    }

    public Optional<MissionDifference> mission(long missionId) {
        return Optional.ofNullable(missions.get(missionId));
    }

    /** The second's unallocated dollars minus the first's. */
    public long unallocatedUsd() {
        return unallocatedUsd;
    }

    /** The second's grand total minus the first's. */
    public long grandTotalUsd() {
        return grandTotalUsd;
    }

    private static Map<Grade, Integer> postsMinus(Cut b, Cut a) {
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.putAll(b.postsByGrade());
        a.postsByGrade().forEach((g, n) -> m.merge(g, -n, Amounts::plus));
        m.values().removeIf(n -> n == 0);
        return m;
    }
}
