package org.parley.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The migration tests' fixtures: a workspace written by an earlier Parley (a test resource such as
 * {@code workspace-v7.parley}) copied into a folder of the test's own, and a value read back from a
 * file with a plain JDBC connection of its own, not through the store under test.
 */
final class OldWorkspaces {

    private OldWorkspaces() {
    }

    /** A copy of the resource {@code name} (beside this class) in a new folder under {@code dir}. */
    static Path copyOf(Path dir, String name) throws Exception {
        Path file = Files.createTempDirectory(dir, "copy").resolve(name);
        try (InputStream in = OldWorkspaces.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            Files.copy(in, file);
        }
        return file;
    }

    /** The first column of the first row of {@code query} on {@code file}. */
    static String firstValue(Path file, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
