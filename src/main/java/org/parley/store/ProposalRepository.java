package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Allocation;
import org.parley.model.AllocationRule;
import org.parley.model.Amendment;
import org.parley.model.Baseline;
import org.parley.model.EventTiming;
import org.parley.model.AmendmentKind;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Target;

/**
 * The proposals of one negotiation with their amendments in order, and how allocated top-line
 * cuts are spread (version 8); three queries in all.
 */
public final class ProposalRepository {

    private final Database db;

    ProposalRepository(Database db) {
        this.db = db;
    }

    public List<Proposal> forNegotiation(long negotiationId) throws StoreException {
        return db.inTransaction(c -> load(c, negotiationId));
    }

    List<Proposal> load(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<Amendment>> amendments = loadAmendments(c, negotiationId);
        List<Proposal> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, delegation_id, title, tabled_at, status, source, illustrative, revises_id, timing "
                + "FROM proposal WHERE negotiation_id = ? ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            result.add(new Proposal(id, rs.getLong("delegation_id"), rs.getString("title"),
                    Sql.instant(rs.getString("tabled_at")), Sql.named(ProposalStatus.class, rs.getString("status")),
                    Sql.provenance(rs, "source", "illustrative"), amendments.getOrDefault(id, List.of()),
                    Sql.nullableLong(rs, "revises_id"), Sql.named(EventTiming.class, rs.getString("timing"))));
        });
        return result;
    }

    private static Map<Long, List<Amendment>> loadAmendments(Connection c, long negotiationId) throws SQLException {
        Map<Long, Map<Long, Long>> parts = new HashMap<>();
        Sql.forEachRow(c, "SELECT amendment_id, mission_id, usd FROM amendment_allocation WHERE negotiation_id = ? "
                + "ORDER BY position, mission_id", negotiationId, rs -> parts.computeIfAbsent(rs.getLong("amendment_id"),
                        k -> new LinkedHashMap<>()).put(rs.getLong("mission_id"), rs.getLong("usd")));
        Map<Long, List<Amendment>> result = new HashMap<>();
        Sql.forEachRow(c, "SELECT id, proposal_id, target_mission_id, target_line_id, target_post_id, kind, value, "
                + "rationale, source, illustrative, allocation_rule, allocation_baseline FROM amendment "
                + "WHERE negotiation_id = ? ORDER BY position, id",
                negotiationId, rs -> {
            Target target = new Target(Sql.nullableLong(rs, "target_mission_id"),
                    Sql.nullableLong(rs, "target_line_id"), Sql.nullableLong(rs, "target_post_id"));
            String baseline = rs.getString("allocation_baseline");
            Allocation allocation = new Allocation(Sql.named(AllocationRule.class, rs.getString("allocation_rule")),
                    baseline == null ? null : Sql.named(Baseline.class, baseline),
                    parts.getOrDefault(rs.getLong("id"), Map.of()));
            Amendment a = new Amendment(rs.getLong("id"), target, Sql.named(AmendmentKind.class, rs.getString("kind")),
                    rs.getLong("value"), rs.getString("rationale"), Sql.provenance(rs, "source", "illustrative"),
                    allocation);
            result.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>()).add(a);
        });
        return result;
    }

    /** Inserts proposals and amendments; delegations and missions must already be in {@code ids}. */
    void insert(Connection c, long negotiationId, List<Proposal> proposals, IdRemap ids) throws SQLException {
        try (PreparedStatement proposal = Sql.prepareInsert(c, "INSERT INTO proposal (negotiation_id, position, "
                + "delegation_id, title, tabled_at, status, source, illustrative, revises_id, timing) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement amendment = Sql.prepareInsert(c, "INSERT INTO amendment (negotiation_id, proposal_id, "
                     + "position, target_mission_id, target_line_id, target_post_id, kind, value, rationale, source, "
                     + "illustrative, allocation_rule, allocation_baseline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < proposals.size(); i++) {
                Proposal p = proposals.get(i);
                proposal.setLong(1, negotiationId);
                proposal.setInt(2, i);
                proposal.setLong(3, ids.delegation(p.delegationId()));
                proposal.setString(4, p.title());
                proposal.setString(5, Sql.text(p.tabledAt()));
                proposal.setString(6, p.status().name());
                Sql.setProvenance(proposal, 7, p.provenance());
                // a revision comes after what it revises (the model's rule), so that is stored already
                Sql.setNullableLong(proposal, 9, p.revisesId() == null ? null : ids.proposal(p.revisesId()));
                proposal.setString(10, p.timing().name());
                long proposalId = Sql.insert(proposal);
                ids.proposal(p.id(), proposalId);
                for (int j = 0; j < p.amendments().size(); j++) {
                    insertAmendment(amendment, negotiationId, proposalId, j, p.amendments().get(j), ids);
                }
            }
        }
    }

    private static void insertAmendment(PreparedStatement ps, long negotiationId, long proposalId, int position,
                                        Amendment a, IdRemap ids) throws SQLException {
        Target target = ids.target(a.target());
        ps.setLong(1, negotiationId);
        ps.setLong(2, proposalId);
        ps.setInt(3, position);
        Sql.setNullableLong(ps, 4, target.missionId());
        Sql.setNullableLong(ps, 5, target.lineId());
        Sql.setNullableLong(ps, 6, target.postId());
        ps.setString(7, a.kind().name());
        ps.setLong(8, a.value());
        ps.setString(9, a.rationale());
        Sql.setProvenance(ps, 10, a.provenance());
        ps.setString(12, a.allocation().rule().name());
        ps.setString(13, a.allocation().baseline() == null ? null : a.allocation().baseline().name());
        long id = Sql.insert(ps);
        ids.amendment(a.id(), id);
        Map<Long, Long> parts = new LinkedHashMap<>();
        a.allocation().parts().forEach((mission, usd) -> parts.put(ids.mission(mission), usd));
        insertParts(ps.getConnection(), negotiationId, id, parts);
    }

    /** The amounts of a by-hand allocation, in order (none for the other rules). */
    static void insertParts(Connection c, long negotiationId, long amendmentId, Map<Long, Long> parts)
            throws SQLException {
        if (parts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO amendment_allocation (amendment_id, "
                + "negotiation_id, position, mission_id, usd) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<Long, Long> e : parts.entrySet()) {
                ps.setLong(1, amendmentId);
                ps.setLong(2, negotiationId);
                ps.setInt(3, position++);
                ps.setLong(4, e.getKey());
                ps.setLong(5, e.getValue());
                ps.executeUpdate();
            }
        }
    }
}
