package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException.Reason;

/** Backups: complete, openable workspaces beside the original, private, and only the newest kept. */
class BackupsTest {

    private static final Clock NINE = Clock.fixed(Instant.parse("2018-06-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void backupOfAnOpenWorkspace_opensWithTheSameRowsAndAPassingIntegrityCheck() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.everyKind());
            Map<String, Integer> counts = TestFiles.rowCounts(ws);

            Path backup = ws.backup("daily", NINE);

            try (Workspace copy = Workspace.open(backup)) {
                assertThat(TestFiles.rowCounts(copy)).isEqualTo(counts);
                String check = copy.inTransaction(c -> Sql.pragmaText(c, "integrity_check"));
                assertThat(check).isEqualTo("ok");
            }
        }
    }

    @Test
    void backup_isNamedForWorkspaceTimeAndReason_inTheBackupsFolderBeside() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));

        Path backup = Backups.take(file, "daily", NINE);

        assertThat(backup).isEqualTo(dir.resolve("backups").resolve("negotiation-2018-06-26T090000-daily.db"));
        assertThat(Backups.list(file)).containsExactly(
                new Backups.Backup(backup, LocalDateTime.parse("2018-06-26T09:00:00"), "daily"));
    }

    @Test
    void twoBackupsInOneSecond_bothKept() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));

        Path first = Backups.take(file, "daily", NINE);
        Path second = Backups.take(file, "daily", NINE);

        assertThat(first).isNotEqualTo(second);
        assertThat(Backups.list(file)).hasSize(2);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        Path first = null;
        for (int i = 0; i < Backups.KEEP + 2; i++) {
            Path b = Backups.take(file, "daily", Clock.offset(NINE, Duration.ofDays(i)));
            if (first == null) {
                first = b;
            }
        }

        List<Backups.Backup> kept = Backups.list(file);
        assertThat(kept).hasSize(Backups.KEEP);
        assertThat(kept.get(0).takenAt()).isEqualTo(LocalDateTime.parse("2018-07-17T09:00:00"));
        assertThat(first).doesNotExist();
    }

    @Test
    void backupsOfAnotherWorkspaceInTheSameFolder_areNotListedNorPruned() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Path other = dir.resolve("other.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        TestFiles.workspaceWith(other, TestNegotiations.small("Other", "MY"));

        Backups.take(file, "daily", NINE);
        Backups.take(other, "daily", NINE);

        assertThat(Backups.list(file)).extracting(b -> b.file().getFileName().toString())
                .containsExactly("negotiation-2018-06-26T090000-daily.db");
    }

    @Test
    void backupAndItsFolder_areReadableByTheUserOnly() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        assumeTrue(PrivateFiles.posix(file));

        Path backup = Backups.take(file, "daily", NINE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void summary_namesEachNegotiationWithItsCounts_andLeavesTheBackupUnchanged() throws Exception {
        Path file = dir.resolve("negotiation.db");
        WorkspaceCounts counts;
        try (Workspace ws = Workspace.open(file)) {
            long id = ws.insertNegotiation(TestNegotiations.everyKind());
            counts = ws.counts(id);
        }
        Path backup = Backups.take(file, "daily", NINE);
        String before = TestFiles.sha256(backup);

        List<Backups.NegotiationSummary> summary = Backups.summary(backup);

        assertThat(summary).containsExactly(new Backups.NegotiationSummary(
                TestNegotiations.everyKind().negotiation().title(), counts));
        assertThat(TestFiles.sha256(backup)).isEqualTo(before);
        assertThat(backup.resolveSibling(backup.getFileName() + "-wal")).doesNotExist();
    }

    @Test
    void backupOfAFileThatIsNotAWorkspace_isRefused_andLeavesNoFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "not a database");

        assertThatThrownBy(() -> Backups.take(file, "daily", NINE))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SQLITE));
        try (var left = Files.list(Backups.folder(file))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void pendingMigration_isPrecededByABackupOfTheOldFile() throws Exception {
        Path file = dir.resolve("old.db");
        try (InputStream in = MigrationTest.class.getResourceAsStream("workspace-v1.parley")) {
            Files.copy(in, file);
        }

        Workspace.open(file).close();

        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).singleElement().extracting(Backups.Backup::reason).isEqualTo("before-migration");
        try (var c = FileInspection.openChecked(backups.get(0).file())) {
            assertThat(Sql.pragmaInt(c, "user_version")).isEqualTo(1);
        }
    }

    @Test
    void openingACurrentOrNewWorkspace_takesNoBackup() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Workspace.open(file).close();
        Workspace.open(file).close();

        assertThat(Backups.list(file)).isEmpty();
    }
}
