package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A full health check of an open workspace for {@code parley check}: SQLite's
 * {@code integrity_check} (every page, not only the quick check done on open), foreign keys, and
 * the schema version.
 *
 * @param problems what integrity_check and foreign_key_check found; empty when the file is sound
 * @param schemaVersion the file's {@code user_version}
 * @param supportedVersion the schema version this Parley writes
 */
public record WorkspaceCheck(List<String> problems, int schemaVersion, int supportedVersion) {

    public WorkspaceCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Runs the check; it only reads. */
    public static WorkspaceCheck of(Workspace workspace) throws StoreException {
        return workspace.inTransaction(c -> {
            List<String> problems = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add("integrity_check: " + rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add("foreign_key_check: row " + rs.getLong(2) + " of " + rs.getString(1)
                            + " points to a missing row of " + rs.getString(3));
                }
            }
            return new WorkspaceCheck(problems, Sql.pragmaInt(c, "user_version"), Migrations.SCHEMA_VERSION);
        });
    }
}
