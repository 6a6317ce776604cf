package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;

/** The delegations and groups at the table of one negotiation, with group membership. */
public final class DelegationRepository {

    private final Database db;

    DelegationRepository(Database db) {
        this.db = db;
    }

    /** The delegations of a negotiation in display order; two queries whatever their number. */
    public List<Delegation> forNegotiation(long negotiationId) throws StoreException {
        return db.inTransaction(c -> load(c, negotiationId));
    }

    List<Delegation> load(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<Long>> members = new HashMap<>();
        Sql.forEachRow(c, "SELECT group_id, member_id FROM delegation_member WHERE negotiation_id = ? "
                + "ORDER BY position, member_id", negotiationId, rs ->
                members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(rs.getLong("member_id")));
        List<Delegation> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, code, name, kind, notes FROM delegation WHERE negotiation_id = ? "
                + "ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            result.add(new Delegation(id, rs.getString("code"), rs.getString("name"),
                    Sql.named(DelegationKind.class, rs.getString("kind")), members.getOrDefault(id, List.of()),
                    rs.getString("notes")));
        });
        return result;
    }

    /** Inserts all delegations first, then memberships, since a group may list a later delegation. */
    void insert(Connection c, long negotiationId, List<Delegation> delegations, IdRemap ids) throws SQLException {
        insert(c, negotiationId, delegations, ids::delegation, ids::delegation);
    }

    /** Where the stored id of each delegation inserted goes. */
    @FunctionalInterface
    interface StoredIdSink {
        void put(long local, long stored);
    }

    /**
     * Inserts all delegations first, then memberships, since a group may list a later delegation:
     * each new id goes to {@code put}, and {@code stored} gives a member's stored id from its
     * document-local one.
     */
    static void insert(Connection c, long negotiationId, List<Delegation> delegations, StoredIdSink put,
                       LongUnaryOperator stored) throws SQLException {
        try (PreparedStatement ps = Sql.prepareInsert(c, "INSERT INTO delegation "
                + "(negotiation_id, position, code, name, kind, notes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < delegations.size(); i++) {
                Delegation d = delegations.get(i);
                ps.setLong(1, negotiationId);
                ps.setInt(2, i);
                ps.setString(3, d.code());
                ps.setString(4, d.name());
                ps.setString(5, d.kind().name());
                ps.setString(6, d.notes());
                put.put(d.id(), Sql.insert(ps));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO delegation_member "
                + "(group_id, member_id, negotiation_id, position) VALUES (?, ?, ?, ?)")) {
            for (Delegation d : delegations) {
                for (int i = 0; i < d.memberIds().size(); i++) {
                    ps.setLong(1, stored.applyAsLong(d.id()));
                    ps.setLong(2, stored.applyAsLong(d.memberIds().get(i)));
                    ps.setLong(3, negotiationId);
                    ps.setInt(4, i);
                    ps.executeUpdate();
                }
            }
        }
    }
}
