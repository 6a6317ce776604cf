package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.Figure;

/**
 * Baselines of missions or of lines: one row per known baseline, in a table shaped
 * {@code (owner, negotiation_id, baseline, usd, source, illustrative)}. Both tables have that
 * shape, so one piece of code serves them.
 */
final class BaselineRows {

    static final BaselineRows MISSIONS = new BaselineRows("mission_baseline", "mission_id");
    static final BaselineRows LINES = new BaselineRows("line_baseline", "line_id");

    private final String table;
    private final String ownerColumn;

    private BaselineRows(String table, String ownerColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    PreparedStatement prepareInsert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO " + table + " (" + ownerColumn
                + ", negotiation_id, baseline, usd, source, illustrative, agreed_from, agreed_before_floor, known_from)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void insert(PreparedStatement ps, long ownerId, long negotiationId, Baselines baselines) throws SQLException {
        for (Map.Entry<Baseline, Figure> e : baselines.asMap().entrySet()) {
            bind(ps, ownerId, negotiationId, e.getKey(), e.getValue());
            ps.executeUpdate();
        }
    }

    /** Adds one row per known baseline to the statement's batch; returns how many. */
    int addBatch(PreparedStatement ps, long ownerId, long negotiationId, Baselines baselines) throws SQLException {
        int rows = 0;
        for (Map.Entry<Baseline, Figure> e : baselines.asMap().entrySet()) {
            bind(ps, ownerId, negotiationId, e.getKey(), e.getValue());
            ps.addBatch();
            rows++;
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, long ownerId, long negotiationId, Baseline baseline, Figure figure)
            throws SQLException {
        ps.setLong(1, ownerId);
        ps.setLong(2, negotiationId);
        ps.setString(3, baseline.name());
        ps.setLong(4, figure.usd());
        Sql.setProvenance(ps, 5, figure.provenance());
        Figure.Agreed agreed = figure.agreed();
        ps.setObject(7, agreed == null ? null : agreed.startedFrom());
        ps.setObject(8, agreed == null ? null : agreed.beforeFloor());
        ps.setString(9, Sql.text(figure.knownFrom()));
    }

    /** All baselines of one negotiation by owner id; owners without any are absent. */
    Map<Long, Baselines> load(Connection c, long negotiationId) throws SQLException {
        Map<Long, EnumMap<Baseline, Figure>> figures = new HashMap<>();
        Sql.forEachRow(c, "SELECT " + ownerColumn + " AS owner, baseline, usd, source, illustrative, agreed_from,"
                + " agreed_before_floor, known_from FROM " + table
                + " WHERE negotiation_id = ?", negotiationId, rs ->
                figures.computeIfAbsent(rs.getLong("owner"), k -> new EnumMap<>(Baseline.class))
                        .put(Sql.named(Baseline.class, rs.getString("baseline")),
                                new Figure(rs.getLong("usd"), Sql.provenance(rs, "source", "illustrative"),
                                        agreed(rs), Sql.instant(rs.getString("known_from")))));
        Map<Long, Baselines> result = new HashMap<>();
        figures.forEach((owner, map) -> result.put(owner, Baselines.of(map)));
        return result;
    }

    /** What agreements did to the figure on this row, or null when none moved it. */
    static Figure.Agreed agreed(ResultSet rs) throws SQLException {
        long from = rs.getLong("agreed_from");
        if (rs.wasNull()) {
            return null;
        }
        return new Figure.Agreed(from, rs.getLong("agreed_before_floor"));
    }
}
