package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Target;

/** The proposals of one negotiation with their amendments in order; two queries in all. */
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
        Sql.forEachRow(c, "SELECT id, delegation_id, title, tabled_at, status, source, illustrative, revises_id "
                + "FROM proposal WHERE negotiation_id = ? ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            result.add(new Proposal(id, rs.getLong("delegation_id"), rs.getString("title"),
                    Sql.instant(rs.getString("tabled_at")), Sql.named(ProposalStatus.class, rs.getString("status")),
                    Sql.provenance(rs, "source", "illustrative"), amendments.getOrDefault(id, List.of()),
                    Sql.nullableLong(rs, "revises_id")));
        });
        return result;
    }

    private static Map<Long, List<Amendment>> loadAmendments(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<Amendment>> result = new HashMap<>();
        Sql.forEachRow(c, "SELECT id, proposal_id, target_mission_id, target_line_id, target_post_id, kind, value, "
                + "rationale, source, illustrative FROM amendment WHERE negotiation_id = ? ORDER BY position, id",
                negotiationId, rs -> {
            Target target = new Target(Sql.nullableLong(rs, "target_mission_id"),
                    Sql.nullableLong(rs, "target_line_id"), Sql.nullableLong(rs, "target_post_id"));
            Amendment a = new Amendment(rs.getLong("id"), target, Sql.named(AmendmentKind.class, rs.getString("kind")),
                    rs.getLong("value"), rs.getString("rationale"), Sql.provenance(rs, "source", "illustrative"));
            result.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>()).add(a);
        });
        return result;
    }

    /** Inserts proposals and amendments; delegations and missions must already be in {@code ids}. */
    void insert(Connection c, long negotiationId, List<Proposal> proposals, IdRemap ids) throws SQLException {
        try (PreparedStatement proposal = Sql.prepareInsert(c, "INSERT INTO proposal (negotiation_id, position, "
                + "delegation_id, title, tabled_at, status, source, illustrative, revises_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement amendment = Sql.prepareInsert(c, "INSERT INTO amendment (negotiation_id, proposal_id, "
                     + "position, target_mission_id, target_line_id, target_post_id, kind, value, rationale, source, "
                     + "illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        ids.amendment(a.id(), Sql.insert(ps));
    }
}
