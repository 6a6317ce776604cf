package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup into the open workspace: all of it, undoable, and the backup untouched. */
class RestoreTest {

    @TempDir
    Path dir;

    @Test
    void restore_bringsBackTheBackupsContents() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.small("First", "MX"));
            Map<String, Integer> then = TestFiles.rowCounts(ws);
            Path backup = ws.backup("daily");
            ws.insertNegotiation(TestNegotiations.everyKind());

            ws.restore(backup);

            assertThat(TestFiles.rowCounts(ws)).isEqualTo(then);
            assertThat(ws.negotiations().list()).extracting(n -> n.title()).containsExactly("First");
        }
    }

    @Test
    void restore_firstBacksUpTheCurrentState_soItCanBeUndone() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.small("First", "MX"));
            Path backup = ws.backup("daily");
            ws.insertNegotiation(TestNegotiations.small("Later", "MY"));
            Map<String, Integer> current = TestFiles.rowCounts(ws);

            Path before = ws.restore(backup);
            ws.restore(before);

            assertThat(before.getFileName().toString()).endsWith("-before-restore.db");
            assertThat(TestFiles.rowCounts(ws)).isEqualTo(current);
        }
    }

    @Test
    void restore_leavesTheBackupFileUnchanged_andNoCopiesBehind() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.small("First", "MX"));
            Path backup = ws.backup("daily");
            String hash = TestFiles.sha256(backup);

            ws.restore(backup);

            assertThat(TestFiles.sha256(backup)).isEqualTo(hash);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("negotiation.db", "negotiation.db-wal", "negotiation.db-shm",
                                "negotiation.db.lock", "backups");
            }
        }
    }

    @Test
    void restoreOfAnOlderSchemaBackup_migratesIt() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Path old = dir.resolve("old.db");
        try (InputStream in = MigrationTest.class.getResourceAsStream("workspace-v1.parley")) {
            Files.copy(in, old);
        }
        try (Workspace ws = Workspace.open(file)) {
            ws.restore(old);

            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            assertThat(ws.loadNegotiation(ws.negotiations().list().get(0).id()).missions()).isNotEmpty();
        }
    }

    @Test
    void restoreOfABrokenFile_isRefused_andTheWorkspaceIsAsItWas() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.small("First", "MX"));
            Map<String, Integer> current = TestFiles.rowCounts(ws);

            assertThatThrownBy(() -> ws.restore(junk)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("junk.db is not a Parley workspace");

            assertThat(TestFiles.rowCounts(ws)).isEqualTo(current);
        }
    }
}
