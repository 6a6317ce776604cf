package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.store.Workspace;

class DeskServiceTest {

    @TempDir
    Path folder;

    private final DeskService service = new DeskService(NegotiationJson::readSample);

    @Test
    void open_newFile_createsTheWorkspaceWithTheSample() throws Exception {
        Path file = folder.resolve("sub/dir/parley.db");
        try (Desk desk = service.open(file)) {
            assertThat(desk.seededNow()).isTrue();
            assertThat(desk.data().missions()).hasSize(16);
            assertThat(desk.data().negotiation().title()).isEqualTo("Peacekeeping budgets 2018/19");
            assertThat(desk.negotiations()).hasSize(1);
        }
        assertThat(file).exists();
    }

    @Test
    void open_again_opensTheWorkspaceAsItWasLeft() throws Exception {
        Path file = folder.resolve("parley.db");
        NegotiationData first;
        try (Desk desk = service.open(file)) {
            first = desk.data();
        }
        try (Desk desk = service.open(file)) {
            assertThat(desk.seededNow()).isFalse();
            assertThat(desk.negotiations()).hasSize(1);
            assertThat(desk.data()).isEqualTo(first);
        }
    }

    @Test
    void open_withASampleThatDoesNotParse_saysSoAndCreatesNoFile() {
        Path file = folder.resolve("new.db");
        DeskService broken = new DeskService(() -> NegotiationJson.read(
                new ByteArrayInputStream("{\"format\": \"parley-negotiation\", \"version\": ".getBytes(
                        StandardCharsets.UTF_8)), "broken-sample.json"));
        assertThatThrownBy(() -> broken.open(file))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("sample negotiation could not be read")
                .hasMessageContaining("broken-sample.json")
                .hasMessageContaining(file.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void open_aFileThatIsNotAWorkspace_namesItAndLeavesItUnchanged() throws Exception {
        Path file = folder.resolve("minutes.db");
        byte[] text = "Minutes of the informals on UNMISS\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        assertThatThrownBy(() -> service.open(file))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(text);
        assertThat(folder.resolve("minutes.db-wal")).doesNotExist();
    }

    @Test
    void open_aWorkspaceWithNoNegotiationLeft_getsTheSample() throws Exception {
        Path file = folder.resolve("emptied.db");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.negotiations().list()).isEmpty();
        }
        try (Desk desk = service.open(file)) {
            assertThat(desk.seededNow()).isTrue();
            assertThat(desk.data().proposals()).hasSize(3);
        }
    }
}
