package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.io.NegotiationJson;
import org.parley.service.Editor;
import org.parley.service.ProposalEdits;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ProposedCuts;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;
import org.parley.store.Workspace;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.missions.MissionsViewModel;
import org.parley.ui.proposals.ProposalsViewModel;

/**
 * Parley at scale: a negotiation 100 times the real one, and a workspace of 100 negotiations.
 * Prints timings; asserts nothing (timings never belong in tests). Run with {@code bin/benchmark}.
 */
public final class ScaleBenchmark {

    private static final Provenance ILLUSTRATIVE = Provenance.illustrative("benchmark data");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int missions = args.length > 0 ? Integer.parseInt(args[0]) : 1_600;
        Path dir = Files.createTempDirectory("parley-bench");
        System.out.printf(Locale.ROOT, "Parley scale benchmark — Java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        NegotiationData big = time("build a 100x negotiation in memory", () -> generate(missions, 19, 7, 12));
        System.out.printf(Locale.ROOT, "  %,d budgets, %,d lines, %,d post rows (%,d posts), %,d amendments, %,d events%n",
                big.missions().size(), big.missions().stream().mapToInt(m -> m.lines().size()).sum(),
                big.missions().stream().flatMap(m -> m.lines().stream()).mapToInt(l -> l.posts().size()).sum(),
                big.postCount(), big.proposals().stream().mapToInt(p -> p.amendments().size()).sum(),
                big.events().size());
        Path bigFile = dir.resolve("big.db");
        long id = time("insert it into a new workspace (one transaction)", () -> {
            try (Workspace ws = Workspace.open(bigFile)) {
                return ws.insertNegotiation(big);
            }
        });
        System.out.printf(Locale.ROOT, "  workspace file: %,d bytes%n", Files.size(bigFile));
        NegotiationData loaded = time("open the workspace and load the negotiation", () -> {
            try (Workspace ws = Workspace.open(bigFile)) {
                return ws.loadNegotiation(id);
            }
        });
        ProposedCuts cuts = time("proposed cuts of every delegation, every mission and line",
                () -> ProposedCuts.of(loaded));
        MissionsViewModel missionsVm = new MissionsViewModel();
        time("missions pane model: set data", () -> {
            missionsVm.setData(loaded, cuts);
            return null;
        });
        time("missions pane model: cut texts of all top rows", () -> {
            int n = 0;
            for (MissionRow row : missionsVm.getMissions()) {
                n += missionsVm.cutsText(row).length();
            }
            return n;
        });
        time("missions pane model: filter \"M0042\"", () -> {
            missionsVm.filterProperty().set("M0042");
            return missionsVm.getMissions().size();
        });
        ProposalsViewModel proposalsVm = new ProposalsViewModel();
        time("proposals pane model: set data and select the largest proposal", () -> {
            proposalsVm.setData(loaded);
            proposalsVm.selectedProposalProperty().set(loaded.proposals().get(0));
            return proposalsVm.getAmendments().size();
        });

        editAtScale(bigFile, id);
        BriefBenchmark.atScale(loaded);

        Path many = dir.resolve("many.db");
        NegotiationData sample = NegotiationJson.readSample();
        time("insert the sample 100 times into one workspace", () -> {
            try (Workspace ws = Workspace.open(many)) {
                for (int i = 0; i < 100; i++) {
                    ws.insertNegotiation(sample);
                }
            }
            return null;
        });
        time("open that workspace and load one negotiation", () -> {
            try (Workspace ws = Workspace.open(many)) {
                return ws.loadNegotiation(ws.negotiations().list().get(57).id());
            }
        });
        System.out.println("Briefing sheets of the sample as PDF (issue 4):");
        BriefBenchmark.run();
        System.out.println("CSV budget import (issue 10):");
        CsvBenchmark.run();
    }

    /** One gesture on the 100x negotiation: what the user waits for between a drop and the screen. */
    private static void editAtScale(Path file, long id) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            Editor editor = new Editor(ws, ws.loadNegotiation(id), Clock.systemUTC());
            ProposalEdits edits = new ProposalEdits(editor);
            Proposal from = editor.data().proposals().get(0);
            Proposal to = editor.data().proposals().get(1);
            long amendment = from.amendments().get(0).id();
            // Each gesture five times (done and undone), median: the first run pays for JIT warm-up.
            median("move an amendment to the top of another proposal (check, write, commit)", () -> {
                edits.moveAmendment(amendment, to.id(), 0);
                editor.undo();
            }, () -> edits.moveAmendment(amendment, to.id(), 0));
            median("undo that move", () -> edits.moveAmendment(amendment, to.id(), 0), editor::undo);
            median("reorder within a proposal of " + from.amendments().size() + " amendments", () -> {
                if (editor.canUndo()) {
                    editor.undo();
                }
            }, () -> edits.moveAmendment(amendment, from.id(), 5));
            NegotiationData before = editor.data();
            edits.moveAmendment(amendment, to.id(), 0);
            ProposedCuts cuts = ProposedCuts.of(before);
            Set<Long> touched = Set.of(from.amendments().get(0).target().missionId());
            time("proposed cuts after that edit (only the touched mission)",
                    () -> ProposedCuts.update(cuts, editor.data(), touched));
            time("rebuild the negotiation snapshot alone (model checks)", () ->
                    editor.data().withProposals(editor.data().proposals()));
            ScenarioViewBenchmark.run(editor);
        }
    }

    /** An action that may throw, for {@link #median}. */
    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code prepare} then times {@code work}, five times, and prints the median. */
    private static void median(String what, Step prepare, Step work) throws Exception {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            prepare.run();
            long start = System.nanoTime();
            work.run();
            ms[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-62s %7d ms (median of 5)%n", what, ms[2]);
    }

    static <T> T time(String what, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf(Locale.ROOT, "%-62s %7d ms%n", what, ms);
        return result;
    }

    /** A negotiation of {@code missions} budgets, each with lines, post rows and cuts on them. */
    public static NegotiationData generate(int missions, int linesPerMission, int postRowsPerLine, int delegations) {
        long[] next = {1};
        List<Delegation> dels = new ArrayList<>();
        for (int d = 0; d < delegations; d++) {
            dels.add(new Delegation(next[0]++, "D" + d, "Delegation " + d, DelegationKind.STATE, List.of(), ""));
        }
        List<Mission> ms = new ArrayList<>();
        List<List<Amendment>> byDelegation = new ArrayList<>();
        dels.forEach(d -> byDelegation.add(new ArrayList<>()));
        Grade[] grades = Grade.values();
        for (int m = 0; m < missions; m++) {
            List<BudgetLine> lines = new ArrayList<>();
            long missionId = next[0]++;
            for (int l = 0; l < linesPerMission; l++) {
                List<Post> posts = new ArrayList<>();
                for (int p = 0; p < postRowsPerLine; p++) {
                    posts.add(new Post(next[0]++, "Officer " + p, grades[(m + l + p) % grades.length], 1 + p % 9,
                            PostStatus.values()[p % 2], new Figure(80_000 + 10_000L * (p % 12), ILLUSTRATIVE),
                            ILLUSTRATIVE));
                }
                long lineId = next[0]++;
                lines.add(new BudgetLine(lineId, "Line " + l, LineCategory.values()[l % LineCategory.values().length],
                        baselines(2_000_000L + 100_000L * l), posts));
                List<Amendment> target = byDelegation.get((m + l) % delegations);
                target.add(new Amendment(next[0]++, Target.line(missionId, lineId), AmendmentKind.PERCENT_CUT,
                        2_500 + 500L * (l % 6), "", ILLUSTRATIVE));
                target.add(new Amendment(next[0]++, Target.post(missionId, lineId, posts.get(0).id()),
                        AmendmentKind.ABOLISH_POSTS, 1, "", ILLUSTRATIVE));
            }
            ms.add(new Mission(missionId, String.format(Locale.ROOT, "M%04d", m), "Mission " + m, "", "",
                    MissionStatus.OPEN, baselines(500_000_000L + m), lines, ""));
        }
        // The last delegation also asks 100 times the US $129M, allocated pro rata to the ACABQ
        // figures (decision 0025): every gesture's totals then carry a part in every mission.
        byDelegation.get(delegations - 1).add(new Amendment(next[0]++, Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT,
                129_000_000L * 100, "", ILLUSTRATIVE, Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
        Instant tabled = Instant.parse("2018-06-25T14:00:00Z");
        List<Proposal> proposals = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        for (int d = 0; d < delegations; d++) {
            Proposal p = new Proposal(next[0]++, dels.get(d).id(), "Cuts of delegation " + d, tabled,
                    ProposalStatus.OPENING_BID, ILLUSTRATIVE, byDelegation.get(d));
            proposals.add(p);
        }
        for (int e = 0; e < missions * 3; e++) {
            events.add(new TimelineEvent(next[0]++, Instant.parse("2018-05-07T14:00:00Z").plus(Duration.ofMinutes(30L * e)),
                    "Event " + e, EventKind.values()[e % EventKind.values().length], "", ILLUSTRATIVE,
                    Set.of(ms.get(e % missions).id()), Set.of(proposals.get(e % delegations).id())));
        }
        Negotiation n = new Negotiation(0, "Benchmark", "", Instant.parse("2018-05-07T14:00:00Z"),
                Instant.parse("2018-07-01T04:00:00Z"), ZoneId.of("America/New_York"),
                Instant.parse("2018-06-26T13:00:00Z"), "USD");
        return new NegotiationData(n, dels, ms, proposals, events);
    }

    private static Baselines baselines(long usd) {
        EnumMap<Baseline, Figure> m = new EnumMap<>(Baseline.class);
        m.put(Baseline.ACABQ_RECOMMENDED, new Figure(usd, ILLUSTRATIVE));
        m.put(Baseline.SG_PROPOSED, new Figure(usd + usd / 50, ILLUSTRATIVE));
        return Baselines.of(m);
    }
}
