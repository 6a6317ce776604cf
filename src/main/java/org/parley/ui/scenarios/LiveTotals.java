package org.parley.ui.scenarios;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;

/**
 * The totals of the scenarios on screen, kept current edit by edit. After an edit, a scenario
 * whose own definition is unchanged is updated for the missions the edit touched only
 * ({@link ScenarioCalculator#update}); one whose items, shares or target changed is recomputed
 * in full, since a share bears on every mission its proposal touches. Scenarios not on screen
 * are not kept, so their cost is nothing.
 */
public final class LiveTotals {

    private final Map<Long, ScenarioTotals> totals = new HashMap<>();
    private NegotiationData data;
    private int fullComputations;

    public LiveTotals(NegotiationData data) {
        this.data = data;
    }

    public NegotiationData data() {
        return data;
    }

    /** A scenario's totals on the current data, computed in full the first time it is asked for. */
    public Optional<ScenarioTotals> of(long scenarioId) {
        Optional<Scenario> s = data.scenario(scenarioId);
        if (s.isEmpty()) {
            totals.remove(scenarioId);
            return Optional.empty();
        }
        return Optional.of(totals.computeIfAbsent(scenarioId, id -> full(s.get())));
    }

    /** Forgets every scenario but these (those no longer on screen). */
    public void keepOnly(Set<Long> scenarioIds) {
        totals.keySet().retainAll(scenarioIds);
    }

    /**
     * Moves to the data after an edit that touched {@code missionIds}. Each kept scenario is
     * updated for those missions, recomputed when it changed itself, dropped when it is gone.
     */
    public void applied(NegotiationData next, Set<Long> missionIds) {
        NegotiationData before = data;
        data = next;
        for (var it = totals.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, ScenarioTotals> e = it.next();
            Scenario now = next.scenario(e.getKey()).orElse(null);
            if (now == null) {
                it.remove();
            } else if (!now.equals(before.scenario(e.getKey()).orElse(null))) {
                e.setValue(full(now));
            } else {
                e.setValue(ScenarioCalculator.update(e.getValue(), next, now, missionIds));
            }
        }
    }

    /** How many full computations were made so far (the incremental path makes none). */
    public int fullComputations() {
        return fullComputations;
    }

    private ScenarioTotals full(Scenario s) {
        fullComputations++;
        return ScenarioCalculator.of(data, s);
    }
}
