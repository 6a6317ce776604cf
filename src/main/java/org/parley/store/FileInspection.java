package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.parley.store.StoreException.Reason;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing file without changing it and decides whether Parley may open it for
 * writing. Everything here reads: the header through a plain stream, only while no connection of
 * this process has the file open, the rest through a read-only connection. A file that fails a
 * check is left byte for byte as it was.
 */
final class FileInspection {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Header bytes 18 and 19 (file format write and read version) are 2 in WAL mode. */
    private static final int WAL_FORMAT = 2;
    private static final int FORMAT_BYTES_END = 20;
    private static final String NOT_A_WORKSPACE = "is not a Parley workspace: ";

    private FileInspection() {
    }

    /**
     * Throws unless {@code file} is a Parley workspace this Parley can read, or an empty SQLite database.
     *
     * @return its schema version ({@code user_version}; 0 for a blank database)
     */
    static int check(Path file) throws StoreException {
        try (Connection c = openChecked(file)) {
            return Sql.pragmaInt(c, "user_version");
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "was not opened and has not been changed", e);
        }
    }

    /**
     * A read-only connection to {@code file} once it has passed the checks of {@link #check}; the
     * caller closes it. Reading through it never changes the file.
     */
    static Connection openChecked(Path file) throws StoreException {
        // A file this process has open is known to be an SQLite database, and its bytes must not
        // be read by another door: closing that descriptor would drop SQLite's locks on it.
        boolean openHere = OpenWorkspaces.find(file).isPresent();
        String url = openHere ? "jdbc:sqlite:" + file : readOnlyUrl(file, readHeader(file));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection c = null;
        try {
            c = config.createConnection(url);
            checkOwner(file, c);
            checkVersion(file, Sql.pragmaInt(c, "user_version"));
            checkIntegrity(file, Sql.pragmaText(c, "quick_check"));
            return c;
        } catch (SQLException | StoreException e) {
            closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw SqliteErrors.translate(file, "was not opened and has not been changed", (SQLException) e);
        }
    }

    private static void closeAfterFailure(Connection c, Exception cause) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** The first bytes of the file, once they are known to start with SQLite's magic string. */
    private static byte[] readHeader(Path file) throws StoreException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(FORMAT_BYTES_END);
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, file, "could not be read: " + e.getMessage(), e);
        }
        if (header.length < FORMAT_BYTES_END
                || !Arrays.equals(header, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
            throw StoreException.of(Reason.NOT_SQLITE, file, NOT_A_WORKSPACE + "it is not an SQLite database file.");
        }
        return header;
    }

    /**
     * Even a read-only connection creates the -wal and -shm files of a WAL-mode database, and
     * cannot delete them on close. When there is no -wal file, the main file holds every
     * committed change and no other connection is open, so it is read as immutable: no locks,
     * no new files. Otherwise (another process has it open, or a crash left a log) the log
     * files exist already and a normal read-only connection sees their changes.
     */
    private static String readOnlyUrl(Path file, byte[] header) {
        boolean walMode = header[18] == WAL_FORMAT && header[19] == WAL_FORMAT;
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        if (walMode && !Files.exists(log)) {
            return "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        return "jdbc:sqlite:" + file;
    }

    /** An SQLite file with no tables and no application id is blank, and Parley may adopt it. */
    private static void checkOwner(Path file, Connection c) throws SQLException, StoreException {
        int applicationId = Sql.pragmaInt(c, "application_id");
        if (applicationId == Migrations.APPLICATION_ID) {
            return;
        }
        if (applicationId != 0 || hasSchema(c)) {
            throw StoreException.of(Reason.NOT_PARLEY, file, NOT_A_WORKSPACE
                    + "it is an SQLite database of another application"
                    + (applicationId == 0 ? "." : " (application id 0x" + Integer.toHexString(applicationId) + ")."));
        }
    }

    private static boolean hasSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void checkVersion(Path file, int version) throws StoreException {
        if (version > Migrations.SCHEMA_VERSION) {
            throw StoreException.of(Reason.NEWER_VERSION, file, "was written by a newer Parley (schema " + version
                    + "); this Parley reads up to " + Migrations.SCHEMA_VERSION + ". Update Parley to open it.");
        }
    }

    /** @param quickCheck the first row of {@code PRAGMA quick_check}: "ok", or the first problem found */
    static void checkIntegrity(Path file, String quickCheck) throws StoreException {
        String result = quickCheck;
        if (!"ok".equals(result)) {
            throw StoreException.of(Reason.CORRUPT, file, "is damaged (quick_check: " + result
                    + "). Parley has not changed it; restore a backup.");
        }
    }
}
