package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.service.DeskException;
import org.parley.service.DeskService;
import org.parley.store.Backups;
import org.parley.store.StoreException;
import org.parley.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * "Restore a backup…" sets the file that cannot be opened aside: it is offered for a damaged
 * file only, never for a healthy one written by a newer Parley.
 */
class RestoreOfferTest {

    @TempDir
    Path dir;

    private final DeskService service = new DeskService(NegotiationJson::readSample, Clock.systemUTC());

    @Test
    void aFileOfANewerParley_isNotOfferedARestore_evenWithBackups() throws Exception {
        Path file = workspaceWithABackup("newer.parley");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }

        DeskException e = refusal(file);

        assertThat(e.getCause()).isInstanceOfSatisfying(StoreException.class,
                s -> assertThat(s.reason()).isEqualTo(StoreException.Reason.NEWER_VERSION));
        assertThat(OpenErrorDialog.restoreMayHelp(e)).isFalse();
    }

    @Test
    void aDamagedFile_isOfferedARestore() throws Exception {
        Path file = workspaceWithABackup("damaged.parley");
        Files.write(file, "not a database at all, only text".repeat(200).getBytes());

        DeskException e = refusal(file);

        assertThat(e.damaged()).isTrue();
        assertThat(OpenErrorDialog.restoreMayHelp(e)).isTrue();
    }

    private Path workspaceWithABackup(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Workspace w = Workspace.open(file)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        Backups.take(file, "test", Clock.systemUTC());
        assertThat(Backups.list(file)).isNotEmpty();
        return file;
    }

    private DeskException refusal(Path file) {
        DeskException e = catchThrowableOfType(DeskException.class, () -> service.open(file).close());
        assertThat(e).as("opening " + file + " is refused").isNotNull();
        return e;
    }
}
