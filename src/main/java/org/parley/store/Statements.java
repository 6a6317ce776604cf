package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one write transaction, each prepared once and reused: a gesture on a large
 * proposal writes thousands of rows with a handful of distinct statements.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs one statement; parameters are Long, Integer, String or null. */
    int run(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps.executeUpdate();
    }

    /** The ids a query with one parameter returns. */
    Set<Long> ids(String sql, long parameter) throws SQLException {
        Set<Long> ids = new HashSet<>();
        Sql.forEachRow(connection, sql, parameter, rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    /**
     * Deletes the rows of {@code table} that still belong to the parent but are not in
     * {@code keep}. A row another parent has taken over in the same gesture is left alone.
     */
    void deleteOthers(String table, String parentColumn, long parentId, List<Long> keep) throws SQLException {
        Set<Long> stale = ids("SELECT id FROM " + table + " WHERE " + parentColumn + " = ?", parentId);
        keep.forEach(stale::remove);
        for (long id : stale) {
            run("DELETE FROM " + table + " WHERE id = ? AND " + parentColumn + " = ?", id, parentId);
        }
    }

    /** Sets {@code position} to each id's index in {@code ids}, touching only rows that move. */
    void renumber(String table, List<Long> ids) throws SQLException {
        String sql = "UPDATE " + table + " SET position = ? WHERE id = ? AND position <> ?";
        for (int i = 0; i < ids.size(); i++) {
            run(sql, i, ids.get(i), i);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
