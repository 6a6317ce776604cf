package org.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;
import org.parley.store.Workspace;
import org.parley.ui.missions.MissionsViewModel;
import org.parley.ui.proposals.ProposalsViewModel;

/**
 * What an open desk holds in memory per row, for the weights of {@code service.OpenMemory}: a
 * generated negotiation is written to a workspace, then read back with its proposed cuts and the
 * panes' models, and the heap is weighed before and after (after a full collection). Run with
 * {@code bin/benchmark memory} or directly; prints, asserts nothing.
 */
public final class OpenMemoryProbe {

    private OpenMemoryProbe() {
    }

    /** With {@code write FILE MISSIONS}: only writes a generated negotiation of that many missions to a workspace. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("write")) {
            try (Workspace ws = Workspace.open(Path.of(args[1]))) {
                ws.insertNegotiation(ScaleBenchmark.generate(Integer.parseInt(args[2]), 19, 7, 12));
            }
            return;
        }
        int[][] shapes = {{400, 19, 7, 12}, {1_600, 19, 7, 12}, {100, 60, 40, 12}, {1_600, 19, 7, 60}};
        for (int[] shape : shapes) {
            NegotiationData generated = ScaleBenchmark.generate(shape[0], shape[1], shape[2], shape[3]);
            Path dir = Files.createTempDirectory("parley-memory");
            Path file = dir.resolve("w.db");
            long id;
            try (Workspace ws = Workspace.open(file)) {
                id = ws.insertNegotiation(generated);
            }
            generated = null;
            long before = used();
            NegotiationData loaded;
            ProposedCuts cuts;
            MissionsViewModel missions = new MissionsViewModel();
            ProposalsViewModel proposals = new ProposalsViewModel();
            try (Workspace ws = Workspace.open(file)) {
                loaded = ws.loadNegotiation(id);
                cuts = ProposedCuts.of(loaded);
                missions.setData(loaded, cuts);
                proposals.setData(loaded);
            }
            long after = used();
            int lines = loaded.missions().stream().mapToInt(m -> m.lines().size()).sum();
            int postRows = loaded.missions().stream().flatMap(m -> m.lines().stream()).mapToInt(l -> l.posts().size())
                    .sum();
            int amendments = loaded.proposals().stream().mapToInt(p -> p.amendments().size()).sum();
            System.out.printf(Locale.ROOT, "%,d missions, %,d lines, %,d post rows, %,d amendments, %,d events, "
                            + "%,d delegations: %,d MB held (%,d bytes per post row if all were post rows)%n",
                    loaded.missions().size(), lines, postRows, amendments, loaded.events().size(),
                    loaded.delegations().size(), (after - before) >> 20, (after - before) / Math.max(1, postRows));
            System.out.println("  keep: " + (cuts.hashCode() + missions.hashCode() + proposals.hashCode() != 0));
        }
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
