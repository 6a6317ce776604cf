package org.parley.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;

/**
 * Scenario totals at 100 times the real negotiation: every proposal adopted at half, computed in
 * full and then updated for one edited mission, a few rounds so that the JIT has warmed up.
 * Prints timings; asserts nothing. Run on the class path {@code bin/benchmark} builds; the
 * numbers are in docs/scenario-rules.md.
 */
public final class ScenarioBenchmark {

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) {
        int missions = args.length > 0 ? Integer.parseInt(args[0]) : 1_600;
        NegotiationData big = ScaleBenchmark.generate(missions, 19, 7, 12);
        List<ScenarioItem> items = big.proposals().stream()
                .map(p -> ScenarioItem.proposal(p.id(), Share.ofBasisPoints(5_000))).toList();
        Scenario half = new Scenario(1, "Everything at half", 129_000_000, items);
        Mission edited = big.missions().get(missions / 2);
        ScenarioTotals totals = null;
        for (int round = 1; round <= 12; round++) {
            long start = System.nanoTime();
            totals = ScenarioCalculator.of(big, half);
            long full = System.nanoTime() - start;
            start = System.nanoTime();
            ScenarioCalculator.update(totals, big, half, Set.of(edited.id()));
            long update = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "round %d: full %4d ms, update of one mission %4d ms%n", round,
                    Duration.ofNanos(full).toMillis(), Duration.ofNanos(update).toMillis());
        }
        System.out.printf(Locale.ROOT, "%,d amendments adopted; %s%n",
                big.proposals().stream().mapToInt(p -> p.amendments().size()).sum(), totals);
        // The missions pane's proposed cuts, warm: the generated negotiation has an allocated
        // top-line cut, whose parts an edit to one mission's lines does not move (decision 0025).
        ProposedCuts cuts = ProposedCuts.of(big);
        for (int round = 1; round <= 10; round++) {
            long start = System.nanoTime();
            ProposedCuts.update(cuts, big, Set.of(edited.id()));
            long update = System.nanoTime() - start;
            start = System.nanoTime();
            cuts = ProposedCuts.of(big);
            long full = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "proposed cuts, round %d: full %4d ms, update of one mission %4d ms%n", round,
                    Duration.ofNanos(full).toMillis(), Duration.ofNanos(update).toMillis());
        }
    }
}
