package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.store.Backups;
import org.parley.store.PlainSqlite;

/**
 * One door to the workspace file. On Linux, closing any descriptor of a file drops every POSIX
 * lock the process holds on it; a desk that once read its own file by another door (a header
 * read for a backup, a copy) had lost SQLite's locks, a plain {@code sqlite3} beside it then
 * believed it was the last user, checkpointed and deleted the live WAL, and the desk's next
 * gesture went into a deleted file and was lost at the next crash.
 *
 * <p>Here a desk in a child JVM ({@link HeldDesk}) runs every path that used to open the file —
 * the daily backup, an import's backup, a CSV import, a read-only check, a restore — and after
 * each a real {@code sqlite3} process (or, where none is installed, a plain JDBC connection in
 * another JVM) reads the workspace and closes. The WAL must still be there each time, and an
 * edit made at the end must survive {@code kill -9} of the desk.
 */
@Tag("crash")
class OneDoorTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void everyPathThatTouchesTheFile_keepsTheDesksLocks_andAnEditSurvivesAKill() throws Exception {
        Path file = dir.resolve("desk.parley");
        Path json = dir.resolve("again.json");
        Path csv = dir.resolve("budget.csv");
        try (Desk first = new DeskService(NegotiationJson::readSample).open(file)) {
            first.exportNegotiation(json);
            Files.writeString(csv, CsvSamples.lines(first.data()), StandardCharsets.UTF_8);
        }
        assertThat(Backups.list(file)).isEmpty();

        Process child = startDesk(file);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("READY no notice");
            assertThat(Backups.list(file)).extracting(Backups.Backup::reason).containsExactly("daily");
            Path daily = Backups.list(file).get(0).file();
            readBesideTheDesk(file, "after the daily backup");

            assertThat(send(in, out, "import " + json)).startsWith("imported ");
            readBesideTheDesk(file, "after an import and its backup");

            assertThat(send(in, out, "csv " + csv)).doesNotStartWith("FAILED");
            readBesideTheDesk(file, "after a CSV import and its backup");

            assertThat(send(in, out, "check")).isEqualTo("problems []");
            readBesideTheDesk(file, "after a check in the desk's own process");

            assertThat(send(in, out, "restore " + daily)).isEqualTo("restored");
            readBesideTheDesk(file, "after a restore");

            assertThat(send(in, out, "edit made-after-all")).isEqualTo("ACK made-after-all");
            readBesideTheDesk(file, "after the last edit");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(notes(file)).contains("made-after-all");
    }

    private Process startDesk(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HeldDesk.class.getName(), file.toString())
                .redirectError(dir.resolve("desk.err").toFile())
                .start();
    }

    private static String send(Writer in, BufferedReader out, String command) throws IOException {
        in.write(command + "\n");
        in.flush();
        String answer = out.readLine();
        assertThat(answer).as("the desk's answer to " + command).isNotNull();
        return answer;
    }

    /**
     * Reads the workspace with a tool nobody on the project wrote and lets it close: were the
     * desk's locks gone, this close would checkpoint and delete the live WAL.
     */
    private void readBesideTheDesk(Path file, String when) throws Exception {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        assertThat(wal).as("the WAL before reading " + when).exists();
        String printed = PlainSqlite.read(file, "SELECT count(*) FROM proposal");
        assertThat(Long.parseLong(printed)).as("proposals seen " + when).isPositive();
        assertThat(wal).as("the desk's WAL " + when + " and a plain reader beside it").exists();
    }

    private static List<String> notes(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT note FROM position ORDER BY note");
             ResultSet rs = ps.executeQuery()) {
            List<String> notes = new java.util.ArrayList<>();
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
            return notes;
        }
    }
}
