package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Negotiation;

/** The negotiations in a workspace: their headers only, so listing 100 of them stays cheap. */
public final class NegotiationRepository {

    /**
     * Every column, not a list: {@code parley check} lists the negotiations of a file it does not
     * upgrade, and a file older than schema 3 has no {@code marking} yet (see {@link #read}).
     */
    private static final String COLUMNS = "SELECT * FROM negotiation";

    private final Database db;

    NegotiationRepository(Database db) {
        this.db = db;
    }

    /** All negotiations, oldest session first. */
    public List<Negotiation> list() throws StoreException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY session_start, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Negotiation> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(read(rs));
                }
                return result;
            }
        });
    }

    public Optional<Negotiation> find(long id) throws StoreException {
        return db.inTransaction(c -> find(c, id));
    }

    /** Deletes a negotiation and, by cascade, everything in it. Returns false if there was none. */
    public boolean delete(long id) throws StoreException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM negotiation WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    Optional<Negotiation> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts the header and returns the new id; the negotiation's own id is ignored. */
    long insert(Connection c, Negotiation n) throws SQLException {
        try (PreparedStatement ps = Sql.prepareInsert(c, "INSERT INTO negotiation "
                + "(title, body, session_start, deadline, zone, desk_date, currency, marking) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, n.title());
            ps.setString(2, n.body());
            ps.setString(3, Sql.text(n.sessionStart()));
            ps.setString(4, Sql.text(n.deadline()));
            ps.setString(5, n.zone().getId());
            ps.setString(6, Sql.text(n.deskDate()));
            ps.setString(7, n.currency());
            ps.setString(8, n.marking());
            return Sql.insert(ps);
        }
    }

    private static Negotiation read(ResultSet rs) throws SQLException {
        return new Negotiation(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                Sql.instant(rs.getString("session_start")), Sql.instant(rs.getString("deadline")),
                ZoneId.of(rs.getString("zone")), Sql.instant(rs.getString("desk_date")), rs.getString("currency"),
                hasMarking(rs) ? rs.getString("marking") : Negotiation.DEFAULT_MARKING);
    }

    /** False only for a file inspected at schema 1 or 2, which V3 would give the default. */
    private static boolean hasMarking(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if ("marking".equalsIgnoreCase(meta.getColumnName(i))) {
                return true;
            }
        }
        return false;
    }
}
