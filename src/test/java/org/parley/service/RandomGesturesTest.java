package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.io.NegotiationJson;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.ProposedCuts;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;
import org.parley.store.Workspace;

/**
 * A model-based test of the editor: rounds of random gestures of every kind
 * ({@link RandomGestures}), with undo and redo interleaved, on a real workspace file. The
 * expectation is kept as the list of database dumps after each committed step; after every undo
 * and redo the file must read as remembered, a refused gesture must leave file and history as
 * they were, and at the end of each round undoing all of it gives the round's start and redoing
 * all gives its end. At every step the totals kept edit by edit, as the desk keeps them, equal a
 * full recomputation, and the workspace read back from disk equals what the editor holds.
 *
 * <p>Replay a failure with {@code -Dparley.mbt.seed=SEED} (the seed is in every failure message);
 * {@code -Dparley.mbt.rounds=N} runs longer.
 */
class RandomGesturesTest {

    /** The seeds CI runs, one per start (a failure names its own); with four rounds each reaches every kind of gesture. */
    private static final long SAMPLE_SEED = 1L;
    private static final long RICH_SEED = 20_180_701L;
    private static final int ROUNDS = 4;
    /** Steps per round: the history keeps 500, so a round can always be undone whole. */
    private static final int STEPS = 300;
    private static final int UNDO_PERCENT = 15;
    private static final int REDO_PERCENT = 5;
    /** Reading the whole workspace back is the slowest check, so it runs every few steps and at each round's end. */
    private static final int STORE_EVERY = 5;

    /** Where the negotiation starts. */
    enum Start {
        SAMPLE, RICH_SAMPLE;

        NegotiationData data() throws Exception {
            return this == SAMPLE ? NegotiationJson.readSample() : RichSample.data();
        }
    }

    @TempDir
    Path dir;

    static Stream<Arguments> runs() {
        String seed = System.getProperty("parley.mbt.seed");
        if (seed != null && !seed.isBlank()) {
            long s = Long.parseLong(seed.strip());
            return Stream.of(Arguments.of(Start.SAMPLE, s), Arguments.of(Start.RICH_SAMPLE, s));
        }
        return Stream.of(Arguments.of(Start.SAMPLE, SAMPLE_SEED), Arguments.of(Start.RICH_SAMPLE, RICH_SEED));
    }

    /**
     * The one place that says what a refusal is: the rules saying no. An {@link EditException}
     * is not one here: it means the workspace failed to write, which is a bug this test looks for.
     */
    private static boolean refused(Throwable e) {
        return e instanceof org.parley.model.Refused;
    }

    @ParameterizedTest(name = "from the {0}, seed {1}")
    @MethodSource("runs")
    void randomGestures_undoAndRedoExactly_andKeepTotalsAsAFullRecomputation(Start start, long seed)
            throws Exception {
        int rounds = Integer.getInteger("parley.mbt.rounds", ROUNDS);
        try (Run run = new Run(dir, start.data(), new Random(seed))) {
            try {
                for (int r = 1; r <= rounds; r++) {
                    run.round(r);
                }
            } catch (Throwable e) {
                throw new AssertionError("random gestures failed: replay with -Dparley.mbt.seed=" + seed
                        + " (start " + start + ")\n" + run.where() + "\n" + e.getMessage(), e);
            }
            // every kind of gesture went through at least once: the run exercised them all (the CI
            // seeds are known to; a replayed seed or a shorter run may not, and is not held to it)
            if ((seed == SAMPLE_SEED || seed == RICH_SEED) && rounds >= ROUNDS) {
                assertThat(run.committedKinds).as("kinds that committed at least once, seed " + seed)
                        .containsAll(run.gestures.kindNames());
            }
        }
    }

    /** One workspace, its editor and the expectations kept about them. */
    private static final class Run implements AutoCloseable {

        private final Workspace workspace;
        private final Editor editor;
        private final Connection reader;
        private final Random rnd;
        final RandomGestures gestures;
        final Set<String> committedKinds = new HashSet<>();
        private final Deque<String> recent = new ArrayDeque<>();
        private final LiveTotals live;
        /** What was undone and can be redone, next first, across rounds as the editor keeps it. */
        private final Deque<Snapshot> undone = new ArrayDeque<>();
        private int round;
        private int step;

        Run(Path dir, NegotiationData start, Random rnd) throws Exception {
            Path file = dir.resolve("mbt.parley");
            workspace = Workspace.open(file);
            long id = workspace.insertNegotiation(start);
            editor = new Editor(workspace, workspace.loadNegotiation(id), Clock.fixed(SampleDesk.NOW, ZoneOffset.UTC));
            reader = DriverManager.getConnection("jdbc:sqlite:" + file);
            this.rnd = rnd;
            gestures = new RandomGestures(rnd, editor);
            live = new LiveTotals(editor.data());
            editor.addListener(live::applied);
        }

        /** The state after each committed step of this round, oldest first; the first is the round's start. */
        private record Snapshot(Map<String, List<String>> dump, NegotiationData data) {
        }

        void round(int number) throws Exception {
            round = number;
            List<Snapshot> done = new ArrayList<>();
            done.add(snapshot());
            for (step = 1; step <= STEPS; step++) {
                int r = rnd.nextInt(100);
                if (r < UNDO_PERCENT && done.size() > 1) {
                    note("undo " + editor.undoLabel().orElse("?"));
                    undone.push(done.remove(done.size() - 1));
                    undoOrRedo(editor::undo, done.get(done.size() - 1));
                } else if (r < UNDO_PERCENT + REDO_PERCENT && !undone.isEmpty()) {
                    note("redo " + editor.redoLabel().orElse("?"));
                    Snapshot next = undone.pop();
                    undoOrRedo(editor::redo, next);
                    done.add(next);
                } else if (gesture(done.get(done.size() - 1), !undone.isEmpty())) {
                    done.add(snapshot());
                    undone.clear();
                }
                assertThat(editor.canRedo()).as("redo is offered exactly when something was undone")
                        .isEqualTo(!undone.isEmpty());
                checkTotals();
                if (step % STORE_EVERY == 0) {
                    checkStore();
                }
            }
            Snapshot end = done.get(done.size() - 1);
            step = 0;
            note("undo the whole round (" + (done.size() - 1) + " steps)");
            for (int i = done.size() - 1; i > 0; i--) {
                editor.undo();
            }
            assertSame(done.get(0), "after undoing the whole round, the round's start");
            note("redo the whole round");
            for (int i = done.size() - 1; i > 0; i--) {
                editor.redo();
            }
            assertSame(end, "after redoing the whole round, the round's end");
            // what was undone and not redone before the round's end is still next to redo, in the next round too
            assertThat(editor.canRedo()).as("redo still offers what was undone before").isEqualTo(!undone.isEmpty());
            checkTotals();
            checkStore();
        }

        /** Runs one random gesture; true when it committed. */
        private boolean gesture(Snapshot now, boolean redoable) throws Exception {
            RandomGestures.Gesture g = gestures.next();
            note(g.toString());
            long logged = changeLogRows();
            NegotiationData before = editor.data();
            try {
                g.action().run();
            } catch (Exception e) {
                if (!refused(e)) {
                    throw e;
                }
                assertThat(editor.data()).as("a refused gesture leaves the editor's state: " + e.getMessage())
                        .isSameAs(before);
                assertThat(changeLogRows()).as("a refused gesture writes no history: " + e.getMessage())
                        .isEqualTo(logged);
                assertThat(DatabaseDump.of(reader)).as("a refused gesture writes nothing: " + e.getMessage())
                        .isEqualTo(now.dump());
                assertThat(editor.canRedo()).as("a refused gesture keeps the redo stack").isEqualTo(redoable);
                return false;
            }
            long added = changeLogRows() - logged;
            if (added == 0) {
                // a gesture that changes nothing records nothing: no history, no undo step
                assertThat(editor.data()).as("a gesture that records nothing changes nothing").isSameAs(before);
                assertThat(DatabaseDump.of(reader)).isEqualTo(now.dump());
                return false;
            }
            assertThat(added).as("one gesture, one history entry").isEqualTo(1);
            committedKinds.add(g.kind());
            return true;
        }

        private void undoOrRedo(Step action, Snapshot expected) throws Exception {
            long logged = changeLogRows();
            action.run();
            assertThat(changeLogRows()).as("an undo or redo is one history entry").isEqualTo(logged + 1);
            assertSame(expected, "the state remembered for this step");
        }

        private void assertSame(Snapshot expected, String what) throws Exception {
            assertThat(DatabaseDump.of(reader)).as("the file holds " + what).isEqualTo(expected.dump());
            assertThat(editor.data()).as("the editor holds " + what).isEqualTo(expected.data());
        }

        private Snapshot snapshot() throws Exception {
            return new Snapshot(DatabaseDump.of(reader), editor.data());
        }

        /** The totals kept edit by edit equal those computed afresh on the editor's data. */
        private void checkTotals() {
            NegotiationData d = editor.data();
            assertThat(live.data).as("the totals follow the editor").isSameAs(d);
            assertSameCuts(live.cuts, ProposedCuts.of(d), d);
            Map<Long, ScenarioTotals> full = new TreeMap<>();
            for (Scenario s : d.scenarios()) {
                full.put(s.id(), ScenarioCalculator.of(d, s));
            }
            assertThat(new TreeMap<>(live.scenarios)).as("scenario totals kept edit by edit").isEqualTo(full);
        }

        /** The workspace read back from disk is what the editor holds. */
        private void checkStore() throws Exception {
            NegotiationData shown = editor.data();
            NegotiationData loaded = workspace.loadNegotiation(editor.negotiationId());
            assertThat(loaded.negotiation()).isEqualTo(shown.negotiation());
            assertThat(loaded.delegations()).isEqualTo(shown.delegations());
            assertThat(loaded.missions()).isEqualTo(shown.missions());
            assertThat(loaded.proposals()).isEqualTo(shown.proposals());
            assertThat(loaded.events()).isEqualTo(shown.events());
            assertThat(loaded.compromises()).isEqualTo(shown.compromises());
            assertThat(loaded.scenarios()).isEqualTo(shown.scenarios());
            // positions and our lines have no order of their own
            assertThat(new HashSet<>(loaded.positions())).isEqualTo(new HashSet<>(shown.positions()));
            assertThat(new HashSet<>(loaded.ourLines())).isEqualTo(new HashSet<>(shown.ourLines()));
        }

        private long changeLogRows() throws Exception {
            try (Statement s = reader.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM change_log")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private void note(String what) {
            recent.addLast("round " + round + " step " + step + ": " + what);
            if (recent.size() > 12) {
                recent.removeFirst();
            }
        }

        /** The last steps, for a failure message. */
        String where() {
            return "last steps:\n  " + String.join("\n  ", recent);
        }

        @Override
        public void close() throws Exception {
            reader.close();
            workspace.close();
        }
    }

    /** An undo or a redo. */
    private interface Step {
        void run() throws Exception;
    }

    /**
     * The totals as the desk keeps them: proposed cuts updated for the missions each gesture
     * touched (as the main view does), and each scenario's totals updated the same way unless the
     * scenario itself changed (as the scenarios view does).
     */
    private static final class LiveTotals {
        NegotiationData data;
        ProposedCuts cuts;
        final Map<Long, ScenarioTotals> scenarios = new HashMap<>();

        LiveTotals(NegotiationData data) {
            this.data = data;
            cuts = ProposedCuts.of(data);
            data.scenarios().forEach(s -> scenarios.put(s.id(), ScenarioCalculator.of(data, s)));
        }

        void applied(Editor.Applied applied) {
            NegotiationData before = data;
            data = applied.data();
            Set<Long> missions = applied.missionIds();
            cuts = ProposedCuts.update(cuts, data, missions);
            Map<Long, ScenarioTotals> next = new HashMap<>();
            for (Scenario s : data.scenarios()) {
                ScenarioTotals kept = scenarios.get(s.id());
                boolean same = kept != null && s.equals(before.scenario(s.id()).orElse(null));
                next.put(s.id(), same ? ScenarioCalculator.update(kept, data, s, missions)
                        : ScenarioCalculator.of(data, s));
            }
            scenarios.clear();
            scenarios.putAll(next);
        }
    }

    /** Compared figure by figure; AssertJ only words the first difference, since this runs at every step. */
    private static void assertSameCuts(ProposedCuts actual, ProposedCuts expected, NegotiationData data) {
        for (Delegation d : data.delegations()) {
            same(actual.unallocated(d.id()), expected.unallocated(d.id()), "unallocated of " + d.code());
            for (Mission m : data.missions()) {
                same(actual.forMission(d.id(), m.id()), expected.forMission(d.id(), m.id()), d.code(), m.code());
                for (BudgetLine l : m.lines()) {
                    same(actual.forLine(d.id(), l.id()), expected.forLine(d.id(), l.id()), d.code(), l.name());
                    for (Post p : l.posts()) {
                        same(actual.postsAbolished(d.id(), p.id()), expected.postsAbolished(d.id(), p.id()),
                                d.code(), p.title());
                    }
                }
            }
        }
    }

    private static void same(Object actual, Object expected, String... what) {
        if (!actual.equals(expected)) {
            assertThat(actual).as("proposed cut of " + String.join(" on ", what) + ", kept edit by edit")
                    .isEqualTo(expected);
        }
    }
}
