package org.parley.print;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Cut;
import org.parley.model.MissionTotals;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;

/**
 * "What if all, half or a quarter of it went through" for one mission: the scenario rules
 * (overlaps count once, no line loses more than it has) applied to a set of proposals at one
 * share, computed for that mission only so that a brief stays quick on a large negotiation.
 */
final class Adoption {

    private final BriefContext context;
    private ScenarioTotals nothingAdopted;

    Adoption(BriefContext context) {
        this.context = context;
    }

    /** The mission's totals if {@code proposals} were adopted at {@code share}. */
    synchronized MissionTotals of(List<Proposal> proposals, Share share, long missionId) {
        if (nothingAdopted == null) {
            nothingAdopted = ScenarioCalculator.of(context.data(), new Scenario(0, "nothing adopted", 0, List.of()));
        }
        List<ScenarioItem> items = proposals.stream().map(p -> ScenarioItem.proposal(p.id(), share)).toList();
        Scenario scenario = new Scenario(0, "brief", 0, items);
        ScenarioTotals totals = ScenarioCalculator.update(nothingAdopted, context.data(), scenario, Set.of(missionId));
        return totals.mission(missionId).orElseGet(() -> new MissionTotals(missionId, Cut.NONE, Map.of(),
                Optional.empty(), Optional.empty(), false));
    }
}
