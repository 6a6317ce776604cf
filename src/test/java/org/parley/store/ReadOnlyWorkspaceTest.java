package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException.Reason;

/** A workspace opened read-only reads everything, writes nothing and sees the writer's commits. */
class ReadOnlyWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void readOnlyWorkspace_refusesAGesture_namingIt() throws Exception {
        Path file = dir.resolve("negotiation.db");
        long id = TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        String before = TestFiles.sha256(file);
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(ws.readOnly()).isTrue();
            assertThatThrownBy(() -> ws.write(id, Instant.EPOCH, "Rename mission", w -> { }))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                        assertThat(e.getMessage()).contains("is open read-only").contains("\"Rename mission\" was not saved");
                    });
        }
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void readOnlyWorkspace_seesWhatTheWriterCommits() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace writer = Workspace.open(file); Workspace reader = Workspace.openReadOnly(file)) {
            writer.insertNegotiation(TestNegotiations.small("Second", "MX"));

            assertThat(reader.negotiations().list()).hasSize(1);
        }
    }

    @Test
    void readOnlyOpen_ofAFileNeedingMigration_isRefused() throws Exception {
        Path file = dir.resolve("old.db");
        try (var in = MigrationTest.class.getResourceAsStream("workspace-v1.parley")) {
            java.nio.file.Files.copy(in, file);
        }

        assertThatThrownBy(() -> Workspace.openReadOnly(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.getMessage()).contains("needs an upgrade"));
    }

    @Test
    void writableOpen_isNotReadOnly() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("negotiation.db"))) {
            assertThat(ws.readOnly()).isFalse();
        }
    }
}
