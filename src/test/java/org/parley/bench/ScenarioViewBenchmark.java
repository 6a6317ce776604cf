package org.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;
import org.parley.service.Editor;
import org.parley.service.ProposalEdits;
import org.parley.service.ScenarioEdits;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.Dialogs;
import org.parley.ui.scenarios.ScenariosViewModel;

/**
 * The scenario view at scale, as part of {@link ScaleBenchmark}: the usual scenarios over every
 * proposal of the 100x negotiation, one on screen, then edits through the editor. Each edit is
 * timed a few times; the first (cold JIT) and the median of the rest are printed.
 */
final class ScenarioViewBenchmark {

    private static final int ROUNDS = 7;
    private static final Dialogs NO_DIALOGS = new Dialogs() {
        @Override
        public boolean confirm(String title, String question, String detail) {
            return true;
        }

        @Override
        public void error(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }
    };

    private ScenarioViewBenchmark() {
    }

    static void run(Editor editor) throws Exception {
        ScaleBenchmark.time("add the usual scenarios (3 x every proposal, one gesture)",
                () -> new ScenarioEdits(editor).addUsualScenarios());
        ScenariosViewModel vm = new ScenariosViewModel(new DeskEditing(editor, NO_DIALOGS));
        editor.addListener(vm::onApplied); // as the desk session does
        Scenario half = editor.data().scenarios().stream().filter(s -> s.name().equals("Half goes through"))
                .findFirst().orElseThrow();
        ScaleBenchmark.time("scenario totals, first full computation (" + half.items().size() + " proposals at 50%)",
                () -> {
                    vm.select(half);
                    return vm.totalsProperty().get();
                });
        ProposalEdits edits = new ProposalEdits(editor);
        List<Editor.Applied> applied = new ArrayList<>();
        editor.addListener(applied::add);
        long[] gesture = new long[ROUNDS];
        long[] incremental = new long[ROUNDS];
        long[] full = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Amendment a = editor.data().proposals().get(round % 3).amendments().stream()
                    .filter(x -> x.kind() == AmendmentKind.PERCENT_CUT).findFirst().orElseThrow();
            ScenarioTotals before = vm.totalsProperty().get();
            long start = System.nanoTime();
            edits.updateAmendment(new Amendment(a.id(), a.target(), a.kind(), a.value() == 1_000 ? 2_000 : 1_000,
                    a.rationale(), a.provenance()));
            gesture[round] = System.nanoTime() - start;
            Editor.Applied last = applied.get(applied.size() - 1);
            Scenario now = last.data().scenario(half.id()).orElseThrow();
            start = System.nanoTime();
            ScenarioTotals updated = ScenarioCalculator.update(before, last.data(), now, last.missionIds());
            incremental[round] = System.nanoTime() - start;
            if (!updated.equals(vm.totalsProperty().get())) {
                throw new IllegalStateException("the view's totals differ from the incremental update");
            }
            start = System.nanoTime();
            vm.actions().setShare(vm.getItems().get(0), round % 2 == 0 ? "40" : "50");
            full[round] = System.nanoTime() - start;
        }
        print("scenario totals after one edit (incremental)", incremental);
        print("edit an amendment with the scenario view open (all of it)", gesture);
        print("change a share in place (write + full recompute)", full);
    }

    private static void print(String what, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-62s %7d ms (first: %d ms)%n", what,
                Duration.ofNanos(warm[warm.length / 2]).toMillis(), Duration.ofNanos(nanos[0]).toMillis());
    }
}
