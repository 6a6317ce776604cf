package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCounts;

/** Opening a desk in stages: the header first, each part said with its size, Cancel between parts, too large said first. */
class OpenInStagesTest {

    @TempDir
    Path folder;

    private final DeskService service = new DeskService(NegotiationJson::readSample);

    /** Records what an open says; says stop after {@code stopAfter} parts (-1: never). */
    private static final class Recording implements OpenProgress {
        final List<String> said = new ArrayList<>();
        final int stopAfter;
        Negotiation header;

        Recording(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void header(Negotiation negotiation) {
            assertThat(said).as("the header comes before any part is read").isEmpty();
            header = negotiation;
        }

        @Override
        public void reading(String what) {
            said.add(what);
        }

        @Override
        public boolean goOn() {
            return stopAfter < 0 || said.size() < stopAfter;
        }
    }

    private Path sampleWorkspace() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace w = Workspace.open(file)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        return file;
    }

    @Test
    void anOpen_saysTheHeaderFirst_thenEachPartWithItsSize() throws Exception {
        Path file = sampleWorkspace();
        Recording progress = new Recording(-1);
        try (Desk desk = service.open(file, null, progress)) {
            NegotiationData data = desk.data();
            assertThat(progress.header).isEqualTo(data.negotiation());
            long postRows = data.missions().stream().flatMap(m -> m.lines().stream()).mapToLong(l -> l.posts().size())
                    .sum();
            int amendments = data.proposals().stream().mapToInt(p -> p.amendments().size()).sum();
            assertThat(progress.said).containsExactly(
                    "Reading " + data.delegations().size() + " delegations and groups…",
                    "Reading " + data.missions().size() + " missions, "
                            + data.missions().stream().mapToInt(m -> m.lines().size()).sum() + " budget lines and "
                            + postRows + " post rows…",
                    "Reading " + amendments + " amendments in " + data.proposals().size() + " proposals…",
                    "Reading " + data.events().size() + " events…",
                    "Reading positions, compromises and scenarios…");
        }
    }

    @Test
    void cancelledBetweenParts_endsAsCancelled_andTheWorkspaceOpensAgain() throws Exception {
        Path file = sampleWorkspace();
        for (int stopAfter = 0; stopAfter <= 5; stopAfter++) {
            Recording progress = new Recording(stopAfter);
            assertThatThrownBy(() -> service.open(file, null, progress))
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.cancelled()).isTrue();
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.getMessage()).contains("was cancelled").contains(file.toString());
                    });
            assertThat(progress.said).hasSize(stopAfter);
            // the workspace was closed: its lock is free, and it opens in full
            try (Desk again = service.open(file)) {
                assertThat(again.data().missions()).hasSize(16);
            }
        }
        Recording readOnly = new Recording(2);
        assertThatThrownBy(() -> service.openReadOnly(file, null, readOnly))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.cancelled()).isTrue());
    }

    @Test
    void aNegotiationTooLargeForTheHeap_isSaidWithItsSize_beforeItIsRead() {
        WorkspaceCounts big = new WorkspaceCounts(1_600, 28_800, 500_000, 60, 3, 37_201, 710);
        Path file = folder.resolve("big.db");
        long needed = OpenMemory.needed(big, 150_000);
        assertThatThrownBy(() -> OpenMemory.require(file, big, 150_000, needed))
                .isInstanceOfSatisfying(OpenMemory.TooLarge.class, e -> assertThat(e.getMessage())
                        .contains(file.toString()).contains("1,600 missions").contains("28,800 budget lines")
                        .contains("150,000 post rows").contains("37,201 amendments")
                        .contains("Nothing was changed").contains("-Xmx"));
        // the same negotiation fits in a heap large enough
        OpenMemory.require(file, big, 150_000, needed * 2);
        // and the sample's size fits in a small one
        OpenMemory.require(file, new WorkspaceCounts(16, 300, 2_000, 20, 3, 120, 40), 1_000, 64L << 20);
    }
}
