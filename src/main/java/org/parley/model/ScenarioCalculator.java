package org.parley.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.parley.model.AdoptedAmendments.Adopted;

/**
 * Adds up what a scenario would cut. The rules (also in {@code docs/scenario-rules.md}):
 *
 * <p><b>What is adopted.</b>
 * <ul>
 *   <li>A proposal item adopts every amendment of the proposal at the item's share, withdrawn
 *       proposals included: putting one in a scenario is asking "what if it came back".</li>
 *   <li>A compromise item adopts its amendment at the compromise's value and the item's share,
 *       and replaces the amendment: if the amendment's proposal is in the scenario too, the
 *       amendment counts once, as the compromise. Of two compromises on one amendment, the
 *       later item of the scenario wins.</li>
 * </ul>
 *
 * <p><b>Dollars of one amendment</b>, measured against the reference figure of its target
 * (current, else ACABQ, else SG; see {@link Baselines#reference()}) less the annual cost of the
 * posts the scenario abolishes in that target (so a post abolished inside a line that is also
 * cut by a percentage or an amount is paid for once):
 * <ul>
 *   <li>percent cut: share × (percent × reference), each product rounded half up to the dollar;</li>
 *   <li>amount cut: share × min(amount, reference);</li>
 *   <li>restore: −(share × amount);</li>
 *   <li>top-line cut left unallocated: share × amount, in no mission but in the grand total;</li>
 *   <li>allocated top-line cut (decision 0025): share × amount spread over the missions by its
 *       rule ({@link TopLineAllocation}, largest remainder); each mission's part counts like an
 *       amount cut aimed at the mission (at most what is left of it, beside its other cuts, under
 *       its cap), and only there: the grand total counts the parts, never the top line as well.
 *       What no mission can take (no mission has the figure the rule needs) stays unallocated;</li>
 *   <li>a budget without a reference figure loses nothing to percent or amount cuts.</li>
 * </ul>
 *
 * <p><b>Posts.</b> An amendment abolishing n posts at share s abolishes round-half-up(n × s),
 * at most the row's count. Within one proposal, amendments on one post row add up, capped at the
 * row's count. Across proposals a post is lost once: a row loses the most that any one adopted
 * proposal abolishes on it (a compromise counts with the proposal its amendment belongs to).
 * Each post lost costs its row's annual cost, counted in its line's dollars.
 *
 * <p><b>Caps.</b> A line's dollars are the sum over its adopted amendments (percent, amount,
 * restore, posts' cost), capped at the line's reference figure. A mission's dollars are its lines'
 * plus its mission-level amendments, capped at the mission's reference figure. A budget without a
 * reference figure is not capped (it can lose only its posts' cost). Posts are never capped by
 * dollars.
 *
 * <p><b>Shares lost.</b> The human-rights share lost is the capped dollars of the mission's
 * human-rights lines over those lines' reference total, in basis points rounded half up (0% at
 * worst); lines without a reference figure are left out, and a mission without such lines has
 * none. Likewise for lines on preventing sexual exploitation and abuse.
 *
 * <p><b>Posts at risk (an estimate).</b> On each line, the dollars cut beyond the abolished
 * posts, over the line's reference less those posts, is the fraction of the line that goes; that
 * fraction of the line's remaining posts is at risk, rounded half up per line and shared among
 * grades by largest remainder ({@link PostsAtRisk}). It is kept apart from the posts lost.
 *
 * <p>A delegation's only proposal adopted in full gives the same totals as {@link ProposedCuts}
 * for that delegation. (Two proposals of one delegation differ: there they add up, here the
 * larger counts per post row, and a withdrawn one counts here.) Money is whole dollars in
 * {@code long}, with overflow checked.
 */
public final class ScenarioCalculator {

    private ScenarioCalculator() {
    }

    /** The totals of a scenario over the whole negotiation. */
    public static ScenarioTotals of(NegotiationData data, Scenario scenario) {
        AdoptedAmendments adopted = AdoptedAmendments.of(data, scenario, id -> true);
        return totals(data, scenario, adopted, id -> null);
    }

    /**
     * The totals after an edit, recomputing only the missions in {@code changedMissionIds} (and
     * the unallocated and grand totals); the others are taken from {@code previous}. The caller
     * names every mission whose figures changed or that a changed item of the scenario aims at,
     * before or after the edit; then the result equals {@link #of} on the new data.
     */
    public static ScenarioTotals update(ScenarioTotals previous, NegotiationData data, Scenario scenario,
                                        Set<Long> changedMissionIds) {
        AdoptedAmendments adopted = AdoptedAmendments.of(data, scenario, changedMissionIds::contains);
        if (!adopted.anyAllocated() && !previous.allocationAdopted()) {
            return totals(data, scenario, adopted,
                    id -> changedMissionIds.contains(id) ? null : previous.missions().get(id));
        }
        if (previous.allocatedParts() == null) {
            return of(data, scenario); // totals that do not say which parts they counted
        }
        // An allocated top-line cut's parts depend on every mission's figures and on the cut as
        // adopted, so the caller cannot name the missions whose parts move. They are those whose
        // parts differ from the parts the previous totals counted (all of them when a weight or
        // the cut changed; none after an edit to a line cut elsewhere, the usual gesture).
        Set<Long> recompute = new HashSet<>(changedMissionIds);
        Map<Long, List<Adopted>> before = previous.allocatedParts();
        Map<Long, List<Adopted>> now = adopted.allocatedParts();
        before.forEach((id, parts) -> {
            if (!parts.equals(now.get(id))) {
                recompute.add(id);
            }
        });
        now.keySet().forEach(id -> {
            if (!before.containsKey(id)) {
                recompute.add(id);
            }
        });
        if (recompute.size() > changedMissionIds.size()) {
            adopted = AdoptedAmendments.of(data, scenario, recompute::contains);
        }
        return totals(data, scenario, adopted, id -> recompute.contains(id) ? null : previous.missions().get(id));
    }

    /** {@code unchanged} gives a mission's totals to keep, or null to compute them. */
    private static ScenarioTotals totals(NegotiationData data, Scenario scenario, AdoptedAmendments adopted,
                                         LongFunction<MissionTotals> unchanged) {
        Map<Long, MissionTotals> missions = new LinkedHashMap<>();
        for (Mission m : data.missions()) {
            MissionTotals kept = unchanged.apply(m.id());
            List<Adopted> onMission = adopted.forMission(m.id());
            if (kept != null) {
                missions.put(m.id(), kept);
            } else if (!onMission.isEmpty()) {
                missions.put(m.id(), MissionCalculation.of(m, onMission));
            }
        }
        return new ScenarioTotals(missions, adopted.unallocatedUsd(), scenario.targetUsd(), adopted.anyAllocated(),
                adopted.allocatedParts());
    }
}
