package org.parley.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.io.ScaledSample;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A file ten times the sample goes through a streamed import and a streamed export and comes back the same. */
class ExchangeBigFileTest {

    private static final int TIMES = 10;

    @TempDir
    Path dir;

    @Test
    void aBigFile_importedExportedAndImportedAgain_exportsTheSameBytes_andTheSameModel() throws Exception {
        Path big = ScaledSample.times(TIMES).write(dir.resolve("big.json"));
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            long id = Exchange.importAsNew(w, big).get(0);
            WorkspaceCounts counts = w.counts(id);
            assertThat(counts.missions()).isEqualTo(TIMES * NegotiationJson.readSample().missions().size());
            Exchange.exportNegotiation(w, id, first);
            long again = Exchange.importAsNew(w, first).get(0);
            assertThat(w.counts(again)).isEqualTo(counts);
            Exchange.exportNegotiation(w, again, second);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        // the streamed import stores what a whole read of the same file holds
        assertThat(NegotiationJson.read(first)).isEqualTo(NegotiationJson.read(second));
        assertThat(NegotiationJson.readDocuments(big)).hasSize(1);
    }

    @Test
    void aMistakeInTheLastMission_leavesTheWorkspaceByteIdentical_andNoBackupBehind() throws Exception {
        Path file = dir.resolve("w.parley");
        Path big = ScaledSample.times(TIMES).withLastMission(m -> m.put("name", " ")).write(dir.resolve("big.json"));
        try (Workspace w = Workspace.open(file)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore;
        try (var files = Files.walk(dir)) {
            filesBefore = files.sorted().toList();
        }
        int last = TIMES * NegotiationJson.readSample().missions().size() - 1;
        try (Workspace w = Workspace.open(file)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.parley.io.ImportException.class,
                    () -> Exchange.importAsNew(w, big));
            assertThat(e.location()).isEqualTo("$.missions[" + last + "].name");
            assertThat(w.negotiations().list()).hasSize(1);
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.walk(dir)) {
            assertThat(files.sorted().toList()).isEqualTo(filesBefore);
        }
    }
}
