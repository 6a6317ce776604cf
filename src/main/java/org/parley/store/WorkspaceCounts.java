package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How much one negotiation holds, e.g. for the status bar ("16 missions · 3 proposals").
 *
 * @param missions missions (budgets)
 * @param lines budget lines over all missions
 * @param posts posts over all lines: the sum of the post rows' counts, as {@code Mission.postCount()}
 * @param delegations delegations and groups
 * @param proposals proposals
 * @param amendments amendments over all proposals
 * @param events timeline events
 */
public record WorkspaceCounts(int missions, int lines, int posts, int delegations, int proposals, int amendments,
                              int events) {

    /** Counts one negotiation's parts on {@code c}; all zero for an unknown id. Reads only tables of schema 1. */
    static WorkspaceCounts query(Connection c, long negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "(SELECT count(*) FROM mission WHERE negotiation_id = ?1), "
                + "(SELECT count(*) FROM budget_line WHERE negotiation_id = ?1), "
                + "(SELECT coalesce(sum(count), 0) FROM post WHERE negotiation_id = ?1), "
                + "(SELECT count(*) FROM delegation WHERE negotiation_id = ?1), "
                + "(SELECT count(*) FROM proposal WHERE negotiation_id = ?1), "
                + "(SELECT count(*) FROM amendment WHERE negotiation_id = ?1), "
                + "(SELECT count(*) FROM timeline_event WHERE negotiation_id = ?1)")) {
            ps.setLong(1, negotiationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new WorkspaceCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7));
            }
        }
    }

    /** How many post rows (not posts) one negotiation holds: what its size in memory follows. */
    static int postRows(Connection c, long negotiationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM post WHERE negotiation_id = ?")) {
            ps.setLong(1, negotiationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
