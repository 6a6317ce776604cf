package org.parley.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.Post;

/** Writes one mission with its baselines, lines and posts, keeping every id. */
final class BudgetWrites {

    private static final String MISSION = Rows.upsert("mission", "id", "negotiation_id", "position", "code", "name",
            "location", "coordinator", "status", "notes");
    private static final String LINE = Rows.upsert("budget_line", "id", "negotiation_id", "mission_id", "position",
            "name", "category");
    private static final String POST = Rows.upsert("post", "id", "negotiation_id", "line_id", "position", "title",
            "grade", "count", "status", "annual_cost_usd", "annual_cost_source", "annual_cost_illustrative",
            "count_source", "count_illustrative");

    private BudgetWrites() {
    }

    static void put(Statements c, long negotiationId, Mission m, int position) throws SQLException {
        c.run(MISSION, m.id(), negotiationId, position, m.code(), m.name(), m.location(), m.coordinator(),
                m.status().name(), m.notes());
        baselines(c, "mission_baseline", "mission_id", m.id(), negotiationId, m.baselines());
        c.deleteOthers("budget_line", "mission_id", m.id(), m.lines().stream().map(BudgetLine::id).toList());
        List<BudgetLine> lines = m.lines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            c.run(LINE, l.id(), negotiationId, m.id(), i, l.name(), l.category().name());
            baselines(c, "line_baseline", "line_id", l.id(), negotiationId, l.baselines());
            c.deleteOthers("post", "line_id", l.id(), l.posts().stream().map(Post::id).toList());
            for (int k = 0; k < l.posts().size(); k++) {
                Post p = l.posts().get(k);
                c.run(POST, p.id(), negotiationId, l.id(), k, p.title(), p.grade().name(), p.count(),
                        p.status().name(), p.annualCost().usd(), p.annualCost().provenance().source(),
                        flag(p.annualCost().provenance().illustrative()), p.countProvenance().source(),
                        flag(p.countProvenance().illustrative()));
            }
        }
    }

    static void remove(Statements c, long missionId) throws SQLException {
        // Lines, posts and baselines go with the mission (ON DELETE CASCADE); amendments, positions
        // and links that still name it make the transaction fail, as they should.
        c.run("DELETE FROM mission WHERE id = ?", missionId);
    }

    private static void baselines(Statements c, String table, String owner, long ownerId, long negotiationId,
                                  Baselines baselines) throws SQLException {
        c.run("DELETE FROM " + table + " WHERE " + owner + " = ?", ownerId);
        String sql = Rows.insert(table, owner, "negotiation_id", "baseline", "usd", "source", "illustrative",
                "agreed_from", "agreed_before_floor", "known_from");
        for (Map.Entry<Baseline, Figure> e : baselines.asMap().entrySet()) {
            Figure f = e.getValue();
            c.run(sql, ownerId, negotiationId, e.getKey().name(), f.usd(), f.provenance().source(),
                    flag(f.provenance().illustrative()), f.agreed() == null ? null : f.agreed().startedFrom(),
                    f.agreed() == null ? null : f.agreed().beforeFloor(), Sql.text(f.knownFrom()));
        }
    }

    static int flag(boolean b) {
        return b ? 1 : 0;
    }
}
