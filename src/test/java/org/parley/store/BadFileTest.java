package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException.Reason;

/**
 * Files Parley must refuse: each gives its reason, a message naming the file, and is left byte
 * for byte as it was (no migration, no journal mode switch, no header rewrite).
 */
class BadFileTest {

    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    @Test
    void textFile_isNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "Informals at 10:00 in CR 5, then lunch.\n");

        assertRefused(file, Reason.NOT_SQLITE, "is not a Parley workspace: it is not an SQLite database file.");
    }

    @Test
    void fileShorterThanTheHeader_isNotSqlite() throws Exception {
        Path file = Files.write(dir.resolve("short.db"), "SQLite".getBytes());

        assertRefused(file, Reason.NOT_SQLITE, "not an SQLite database file");
    }

    @Test
    void otherApplicationsDatabase_isNotParley() throws Exception {
        Path file = dir.resolve("contacts.db");
        TestFiles.executeRaw(file, "CREATE TABLE contact (name TEXT)", "INSERT INTO contact VALUES ('Ana')");

        assertRefused(file, Reason.NOT_PARLEY, "is not a Parley workspace: it is an SQLite database of another");
    }

    @Test
    void databaseWithAnotherApplicationId_isNotParley() throws Exception {
        Path file = dir.resolve("other.db");
        TestFiles.executeRaw(file, "PRAGMA application_id = 42", "PRAGMA user_version = 1");

        assertRefused(file, Reason.NOT_PARLEY, "application id 0x2a");
    }

    @Test
    void workspaceOfANewerSchema_isNewerVersion() throws Exception {
        Path file = dir.resolve("newer.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("One", "ONE"));
        TestFiles.executeRaw(file, "PRAGMA user_version = 99");

        assertRefused(file, Reason.NEWER_VERSION, "was written by a newer Parley (schema 99); this Parley reads up to "
                + Migrations.SCHEMA_VERSION);
    }

    @Test
    void truncatedWorkspace_isCorrupt() throws Exception {
        Path file = dir.resolve("truncated.db");
        TestFiles.workspaceWith(file, TestNegotiations.sized(4, 10, 20, "RU"));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }

        assertRefused(file, Reason.CORRUPT, "is damaged");
    }

    @Test
    void workspaceWithGarbageInTheMiddle_isCorrupt() throws Exception {
        Path file = dir.resolve("damaged.db");
        TestFiles.workspaceWith(file, TestNegotiations.sized(4, 10, 20, "RU"));
        long pages = Files.size(file) / PAGE;
        assertThat(pages).isGreaterThan(10);
        byte[] garbage = new byte[3 * PAGE];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(pages / 2 * PAGE);
            raf.write(garbage);
        }

        assertRefused(file, Reason.CORRUPT, "is damaged");
    }

    @Test
    void folder_isRefused() {
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
    }

    @Test
    void pathUnderARegularFile_isReadOnly() throws Exception {
        // Works as root too: no permission bit is involved, the location simply cannot hold a file.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path file = notAFolder.resolve("parley.db");

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).startsWith(file + " cannot be created");
                });
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void readOnlyFolder_isReadOnly() throws Exception {
        assumeFalse(TestFiles.permissionsAreIgnored(dir), "file permissions do not stop this user (root)");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> Workspace.open(folder.resolve("parley.db")))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.READ_ONLY));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyWorkspaceFile_isReadOnlyAndUnchanged() throws Exception {
        assumeFalse(TestFiles.permissionsAreIgnored(dir), "file permissions do not stop this user (root)");
        Path file = dir.resolve("parley.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("One", "ONE"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertRefused(file, Reason.READ_ONLY, "is read-only");
    }

    private void assertRefused(Path file, Reason reason, String messagePart) throws IOException {
        String before = TestFiles.sha256(file);
        long sizeBefore = Files.size(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(messagePart);
                });

        assertThat(Files.size(file)).isEqualTo(sizeBefore);
        assertThat(TestFiles.sha256(file)).as("file content after the refused open").isEqualTo(before);
        assertThat(dir.resolve(file.getFileName() + "-wal")).doesNotExist();
        assertThat(dir.resolve(file.getFileName() + "-shm")).doesNotExist();
    }
}
