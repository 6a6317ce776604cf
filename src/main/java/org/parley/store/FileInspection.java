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
 * writing. Everything here reads: the header through a plain stream, the rest through a
 * read-only connection. A file that fails a check is left byte for byte as it was.
 */
final class FileInspection {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String NOT_A_WORKSPACE = "is not a Parley workspace: ";

    private FileInspection() {
    }

    /** Throws unless {@code file} is a Parley workspace this Parley can read, or an empty SQLite database. */
    static void check(Path file) throws StoreException {
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            checkOwner(file, c);
            checkVersion(file, Sql.pragmaInt(c, "user_version"));
            checkIntegrity(file, Sql.pragmaText(c, "quick_check"));
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "could not be read", e);
        }
    }

    private static void checkHeader(Path file) throws StoreException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw StoreException.of(Reason.IO, file, "could not be read: " + e.getMessage(), e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw StoreException.of(Reason.NOT_SQLITE, file, NOT_A_WORKSPACE + "it is not an SQLite database file.");
        }
    }

    /** An SQLite file with no tables and no application id is blank, and Parley may adopt it. */
    private static void checkOwner(Path file, Connection c) throws SQLException, StoreException {
        int applicationId = Sql.pragmaInt(c, "application_id");
        if (applicationId == Migrations.APPLICATION_ID) {
            return;
        }
        if (applicationId != 0 || hasSchema(c)) {
            throw StoreException.of(Reason.NOT_PARLEY, file, NOT_A_WORKSPACE
                    + "it is an SQLite database of another application (application id 0x"
                    + Integer.toHexString(applicationId) + ").");
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
