package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.NegotiationData;

/** File and SQL helpers for store tests. */
final class TestFiles {

    private TestFiles() {
    }

    static int pragmaInt(Workspace ws, String pragma) throws StoreException {
        return ws.inTransaction(c -> Sql.pragmaInt(c, pragma));
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a workspace holding {@code data} and closes it; returns the new negotiation id. */
    static long workspaceWith(Path file, NegotiationData data) throws StoreException {
        try (Workspace ws = Workspace.open(file)) {
            return ws.insertNegotiation(data);
        }
    }

    /** Runs SQL on a plain connection, as another program would, bypassing Parley's checks. */
    static void executeRaw(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The number of rows of every table in the workspace, by table name. */
    static Map<String, Integer> rowCounts(Workspace ws) throws StoreException {
        return ws.inTransaction(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
            return counts;
        });
    }

    /**
     * True when file permissions do not stop this process from writing (as for root): then a
     * read-only folder cannot be simulated with chmod.
     */
    static boolean permissionsAreIgnored(Path scratch) throws IOException {
        Path folder = Files.createDirectory(scratch.resolve("permission-probe"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.createFile(folder.resolve("probe"));
            return true;
        } catch (IOException expected) {
            return false;
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
