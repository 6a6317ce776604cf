package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small SQL helpers for writing rows with the ids they already have, so that an edit and its
 * undo put back exactly the rows that were there: upsert by id, delete the rows a parent no
 * longer lists, and renumber positions.
 */
final class Rows {

    private Rows() {
    }

    /**
     * "INSERT ... ON CONFLICT (id) DO UPDATE": an existing row keeps its id (and whatever
     * refers to it) and takes the new values. The first column must be {@code id}.
     */
    static String upsert(String table, String... columns) {
        String names = String.join(", ", columns);
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        String updates = Arrays.stream(columns).skip(1).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (id) DO UPDATE SET "
                + updates;
    }

    static String insert(String table, String... columns) {
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
    }

    /** Runs one statement; parameters are Long, Integer, String or null. */
    static int run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The ids a query with one parameter returns. */
    static Set<Long> ids(Connection c, String sql, long parameter) throws SQLException {
        Set<Long> ids = new HashSet<>();
        Sql.forEachRow(c, sql, parameter, rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    /** Deletes the rows of {@code table} that {@code parentColumn = parentId} has but {@code keep} does not. */
    static void deleteOthers(Connection c, String table, String parentColumn, long parentId, Collection<Long> keep)
            throws SQLException {
        Set<Long> stale = ids(c, "SELECT id FROM " + table + " WHERE " + parentColumn + " = ?", parentId);
        stale.removeAll(keep);
        for (long id : stale) {
            run(c, "DELETE FROM " + table + " WHERE id = ?", id);
        }
    }

    /** Sets {@code position} to each id's index in {@code ids}, touching only rows that move. */
    static void renumber(Connection c, String table, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET position = ? WHERE id = ? AND position <> ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setInt(1, i);
                ps.setLong(2, ids.get(i));
                ps.setInt(3, i);
                ps.executeUpdate();
            }
        }
    }

    static <T> List<Object> params(T... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
