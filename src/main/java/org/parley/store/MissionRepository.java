package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.Post;
import org.parley.model.PostStatus;

/**
 * The budgets of one negotiation: missions with their baselines, lines and posts. Loading runs
 * one query per table for the whole negotiation (five in all), never one per mission or line,
 * so tens of thousands of posts cost the same number of round trips as ten.
 */
public final class MissionRepository {

    private final Database db;

    MissionRepository(Database db) {
        this.db = db;
    }

    /** The missions of a negotiation in display order, each with its lines and posts in order. */
    public List<Mission> forNegotiation(long negotiationId) throws StoreException {
        return db.inTransaction(c -> load(c, negotiationId));
    }

    List<Mission> load(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<Post>> postsByLine = loadPosts(c, negotiationId);
        Map<Long, List<BudgetLine>> linesByMission =
                loadLines(c, negotiationId, BaselineRows.LINES.load(c, negotiationId), postsByLine);
        Map<Long, Baselines> baselines = BaselineRows.MISSIONS.load(c, negotiationId);
        List<Mission> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, code, name, location, coordinator, status, notes FROM mission "
                + "WHERE negotiation_id = ? ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            result.add(new Mission(id, rs.getString("code"), rs.getString("name"), rs.getString("location"),
                    rs.getString("coordinator"), Sql.named(MissionStatus.class, rs.getString("status")),
                    baselines.getOrDefault(id, Baselines.none()), linesByMission.getOrDefault(id, List.of()),
                    rs.getString("notes")));
        });
        return result;
    }

    private static Map<Long, List<BudgetLine>> loadLines(Connection c, long negotiationId,
                                                         Map<Long, Baselines> baselines,
                                                         Map<Long, List<Post>> postsByLine) throws SQLException {
        Map<Long, List<BudgetLine>> result = new HashMap<>();
        Sql.forEachRow(c, "SELECT id, mission_id, name, category FROM budget_line WHERE negotiation_id = ? "
                + "ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            BudgetLine line = new BudgetLine(id, rs.getString("name"), Sql.named(LineCategory.class, rs.getString("category")),
                    baselines.getOrDefault(id, Baselines.none()), postsByLine.getOrDefault(id, List.of()));
            result.computeIfAbsent(rs.getLong("mission_id"), k -> new ArrayList<>()).add(line);
        });
        return result;
    }

    private static Map<Long, List<Post>> loadPosts(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<Post>> result = new HashMap<>();
        Sql.forEachRow(c, "SELECT id, line_id, title, grade, count, status, annual_cost_usd, annual_cost_source, "
                + "annual_cost_illustrative, count_source, count_illustrative FROM post WHERE negotiation_id = ? "
                + "ORDER BY position, id", negotiationId, rs -> {
            Post post = new Post(rs.getLong("id"), rs.getString("title"), Sql.named(Grade.class, rs.getString("grade")),
                    rs.getInt("count"), Sql.named(PostStatus.class, rs.getString("status")),
                    new Figure(rs.getLong("annual_cost_usd"),
                            Sql.provenance(rs, "annual_cost_source", "annual_cost_illustrative")),
                    Sql.provenance(rs, "count_source", "count_illustrative"));
            result.computeIfAbsent(rs.getLong("line_id"), k -> new ArrayList<>()).add(post);
        });
        return result;
    }

    /** Inserts missions, lines and posts with their baselines, recording every new id in {@code ids}. */
    void insert(Connection c, long negotiationId, List<Mission> missions, IdRemap ids) throws SQLException {
        try (Inserts in = new Inserts(c, negotiationId)) {
            for (int i = 0; i < missions.size(); i++) {
                Mission m = missions.get(i);
                long missionId = in.mission(m, i);
                ids.mission(m.id(), missionId);
                for (int j = 0; j < m.lines().size(); j++) {
                    BudgetLine line = m.lines().get(j);
                    long lineId = in.line(line, missionId, j);
                    ids.line(m.id(), line.id(), lineId);
                    for (int k = 0; k < line.posts().size(); k++) {
                        Post post = line.posts().get(k);
                        ids.post(m.id(), line.id(), post.id(), in.post(post, lineId, k));
                    }
                }
            }
        }
    }

    /** The prepared statements of one insert, reused for every row. */
    private static final class Inserts implements AutoCloseable {
        private final long negotiationId;
        private final PreparedStatement mission;
        private final PreparedStatement missionBaseline;
        private final PreparedStatement line;
        private final PreparedStatement lineBaseline;
        private final PreparedStatement post;

        Inserts(Connection c, long negotiationId) throws SQLException {
            this.negotiationId = negotiationId;
            mission = Sql.prepareInsert(c, "INSERT INTO mission (negotiation_id, position, code, name, location, "
                    + "coordinator, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            missionBaseline = BaselineRows.MISSIONS.prepareInsert(c);
            line = Sql.prepareInsert(c, "INSERT INTO budget_line (negotiation_id, mission_id, position, name, category) "
                    + "VALUES (?, ?, ?, ?, ?)");
            lineBaseline = BaselineRows.LINES.prepareInsert(c);
            post = Sql.prepareInsert(c, "INSERT INTO post (negotiation_id, line_id, position, title, grade, count, "
                    + "status, annual_cost_usd, annual_cost_source, annual_cost_illustrative, count_source, "
                    + "count_illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        long mission(Mission m, int position) throws SQLException {
            mission.setLong(1, negotiationId);
            mission.setInt(2, position);
            mission.setString(3, m.code());
            mission.setString(4, m.name());
            mission.setString(5, m.location());
            mission.setString(6, m.coordinator());
            mission.setString(7, m.status().name());
            mission.setString(8, m.notes());
            long id = Sql.insert(mission);
            BaselineRows.MISSIONS.insert(missionBaseline, id, negotiationId, m.baselines());
            return id;
        }

        long line(BudgetLine l, long missionId, int position) throws SQLException {
            line.setLong(1, negotiationId);
            line.setLong(2, missionId);
            line.setInt(3, position);
            line.setString(4, l.name());
            line.setString(5, l.category().name());
            long id = Sql.insert(line);
            BaselineRows.LINES.insert(lineBaseline, id, negotiationId, l.baselines());
            return id;
        }

        long post(Post p, long lineId, int position) throws SQLException {
            post.setLong(1, negotiationId);
            post.setLong(2, lineId);
            post.setInt(3, position);
            post.setString(4, p.title());
            post.setString(5, p.grade().name());
            post.setInt(6, p.count());
            post.setString(7, p.status().name());
            post.setLong(8, p.annualCost().usd());
            Sql.setProvenance(post, 9, p.annualCost().provenance());
            Sql.setProvenance(post, 11, p.countProvenance());
            return Sql.insert(post);
        }

        @Override
        public void close() throws SQLException {
            Sql.closeAll(List.<Sql.Closing>of(mission::close, missionBaseline::close, line::close,
                    lineBaseline::close, post::close));
        }
    }
}
