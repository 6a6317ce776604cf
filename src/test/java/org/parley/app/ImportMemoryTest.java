package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.io.NegotiationJson;
import org.parley.io.ScaledSample;
import org.parley.io.UserMessages;
import org.parley.model.Negotiation;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import streams (decision 0019): the memory it needs is bounded by the largest part of the
 * file (one mission, one proposal), not by the file. A file some 30 times the size of the heap
 * allowed imports; a mistake in its very last mission is reported at its path and changes nothing.
 */
class ImportMemoryTest {

    /** 40 x the sample, lines 12 x: about 640 budgets, 11,500 lines, 60,000 post rows (some 30 MB). */
    private static final int TIMES = 40;
    /** The heap the child may use: the import before streaming needed some four times the file. */
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aFileManyTimesTheHeap_imports_withAllItsRows() throws Exception {
        Path workspace = dir.resolve("w.parley");
        Path big = ScaledSample.times(TIMES).write(dir.resolve("big.json"));
        assertThat(Files.size(big)).as("the file is larger than the heap the child may use")
                .isGreaterThan(20L * 1024 * 1024);

        ChildParley parley = ChildParley.run(dir, List.of(HEAP), Map.of(),
                "import", "--workspace", workspace.toString(), "--file", big.toString());

        assertThat(parley.exitCode()).as(parley.err()).isEqualTo(CommandLine.OK);
        assertThat(parley.out()).contains("imported");
        var sample = NegotiationJson.readSample();
        int lines = sample.missions().stream().mapToInt(m -> m.lines().size()).sum();
        try (Workspace w = Workspace.openReadOnly(workspace)) {
            List<Negotiation> all = w.negotiations().list();
            assertThat(all).hasSize(1);
            WorkspaceCounts c = w.counts(all.get(0).id());
            assertThat(c.missions()).isEqualTo(TIMES * sample.missions().size());
            assertThat(c.lines()).isEqualTo(TIMES * ScaledSample.LINE_COPIES * lines);
            assertThat(c.posts()).isEqualTo(TIMES * ScaledSample.LINE_COPIES * sample.postCount());
            assertThat(c.events()).isEqualTo(TIMES * sample.events().size());
            assertThat(c.amendments()).isGreaterThan(TIMES * ScaledSample.LINE_COPIES * 20);
        }
    }

    @Test
    void aMistakeInTheLastMissionOfABigFile_isNamedAtItsPath_andTheWorkspaceIsUnchanged() throws Exception {
        Path workspace = dir.resolve("w.parley");
        try (Workspace w = Workspace.open(workspace)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        byte[] before = Files.readAllBytes(workspace);
        List<Path> filesBefore = listing();
        int last = TIMES * NegotiationJson.readSample().missions().size() - 1;
        Path big = ScaledSample.times(TIMES).withLastMission(m -> m.put("status", "SHUT"))
                .write(dir.resolve("big.json"));

        ChildParley parley = ChildParley.run(dir, List.of(HEAP), Map.of(),
                "import", "--workspace", workspace.toString(), "--file", big.toString());

        assertThat(parley.exitCode()).as(parley.err()).isEqualTo(CommandLine.FAILED);
        assertThat(parley.err()).contains("big.json: $.missions[" + last + "].status: ")
                .contains("nothing was imported");
        parley.err().lines().forEach(line -> UserMessages.assertPlain(line, "stderr of the import"));
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
    }

    @ParameterizedTest(name = "into a workspace that holds a negotiation: {0}")
    @ValueSource(booleans = {true, false})
    void aMissionTooLargeForTheHeap_isRefusedWithTheFileSize_andTheWorkspaceIsUnchanged(boolean holdsOne)
            throws Exception {
        // holding one, the file is checked before the backup; empty, it runs out inside the transaction
        Path workspace = dir.resolve("w.parley");
        try (Workspace w = Workspace.open(workspace)) {
            if (holdsOne) {
                w.insertNegotiation(NegotiationJson.readSample());
            }
        }
        byte[] before = Files.readAllBytes(workspace);
        List<Path> filesBefore = listing();
        // one mission of 80 lines, each named with a million letters: 80 MB that must be held together
        Path big = ScaledSample.times(1).withLastMission(m -> {
            var lines = m.putArray("lines");
            for (int i = 0; i < 80; i++) {
                lines.addObject().put("key", "l" + i).put("name", "x".repeat(1_000_000))
                        .put("category", "OTHER").putArray("posts");
            }
        }).write(dir.resolve("big.json"));

        ChildParley parley = ChildParley.run(dir, List.of("-Xmx48m"), Map.of(),
                "import", "--workspace", workspace.toString(), "--file", big.toString());

        assertThat(parley.exitCode()).as(parley.err()).isEqualTo(CommandLine.FAILED);
        assertThat(parley.err()).contains("big.json: $: the file (" + Math.round(Files.size(big) / (1024.0 * 1024.0))
                        + " MB) holds a part").contains("too large to import in the memory Parley may use")
                .contains("-Xmx").contains("nothing was imported");
        parley.err().lines().forEach(line -> UserMessages.assertPlain(line, "stderr of the import"));
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
    }

    private List<Path> listing() throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("child")
                    && !f.getFileName().toString().equals("big.json")).sorted().toList();
        }
    }
}
