package org.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a workspace in a folder the user cannot write ({@code check}, {@code export},
 * {@code brief}). Tests run as root, where permissions do not bite, so the folder's state is
 * passed in (a real check: as an unprivileged user, {@code parley check} on a workspace in a
 * folder owned by root).
 */
class ReadOnlyFolderTest {

    @TempDir
    Path dir;

    @Test
    void inAFolderThatCannotBeWritten_theWorkspaceIsReadWithoutCreatingAFileBesideIt() throws Exception {
        Path file = dir.resolve("w.parley");
        TestFiles.workspaceWith(file, TestNegotiations.small("One", "ONE"));
        List<Path> before = listing();

        try (Database db = Database.openReadOnly(file, false)) {
            int version = db.inTransaction(c -> Sql.pragmaInt(c, "user_version"));
            assertThat(version).isEqualTo(Migrations.SCHEMA_VERSION);
        }

        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void sqliteCodeNames_areLeftOutOfMessages() {
        assertThat(SqliteErrors.plain("[SQLITE_READONLY_DIRECTORY] Process does not have permission (attempt to "
                + "write a readonly database)")).isEqualTo("Process does not have permission (attempt to write a "
                + "readonly database)");
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
