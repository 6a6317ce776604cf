package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A native file dialog (GTK, in Parley's own process) opens the files of the folder it shows to
 * tell their kind, and so drops every POSIX lock the process holds on the workspace: seen in a
 * real window, where Import CSV… in the workspace's folder left the desk with no lock and a plain
 * {@code sqlite3} then deleted its WAL. Here a stream opened and closed on the file plays that
 * dialog; {@link Workspace#reassertLocks} must give the desk its locks back.
 */
class LockReassertTest {

    @TempDir
    Path dir;

    @Test
    void aDescriptorClosedBehindTheDesk_dropsItsLocks_andReassertingTakesThemBack() throws Exception {
        Path file = dir.resolve("desk.parley");
        Path wal = dir.resolve("desk.parley-wal");
        try (Workspace w = Workspace.open(file)) {
            long id = w.insertNegotiation(TestNegotiations.small("Talks", "MX"));
            playTheFileDialog(file);
            readBeside(file);
            assertThat(wal).as("without reasserting, a reader beside the desk deletes the live WAL").doesNotExist();
        }

        try (Workspace w = Workspace.open(file)) {
            long id = w.negotiations().list().get(0).id();
            w.write(id, Instant.EPOCH, "before the dialog", x -> { });
            playTheFileDialog(file);

            w.reassertLocks();
            readBeside(file);

            assertThat(wal).as("the WAL after reasserting and a reader beside the desk").exists();
            w.write(id, Instant.EPOCH, "after the dialog", x -> { });
            assertThat(w.changesSince(id, Instant.EPOCH)).hasSize(2);
        }
        try (Workspace again = Workspace.openReadOnly(file)) {
            long id = again.negotiations().list().get(0).id();
            assertThat(again.changesSince(id, Instant.EPOCH)).extracting(c -> c.description())
                    .containsExactly("before the dialog", "after the dialog");
        }
    }

    @Test
    void reasserting_keepsTheSingleWriterLock() throws Exception {
        Path file = dir.resolve("desk.parley");
        try (Workspace w = Workspace.open(file)) {
            playTheFileDialog(WorkspaceLock.lockFile(file));
            w.reassertLocks();
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
            String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(said).doesNotStartWith("open").contains("is open in another Parley");
        }
    }

    /** What the desktop's file dialog does to each file of the folder it shows: open, read a little, close. */
    private static void playTheFileDialog(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(64);
        }
    }

    @Test
    void aClosedWorkspace_isNotOpenedAgainByALateReassert() throws Exception {
        Path file = dir.resolve("desk.parley");
        Workspace w = Workspace.open(file);
        w.close();

        assertThatThrownBy(w::reassertLocks).isInstanceOf(StoreException.class).hasMessageContaining("is closed");
        Workspace.open(file).close();
    }

    private static void readBeside(Path file) throws Exception {
        PlainSqlite.read(file, "SELECT count(*) FROM negotiation");
    }
}
