package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.ChangeRecord;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;
import org.parley.model.TalkingPoints;

/**
 * What is said about the budgets of one negotiation: positions, our lines, compromises,
 * scenarios, and the change history. One query per table, whatever their number.
 */
final class DeliberationRepository {

    private DeliberationRepository() {
    }

    static List<Position> positions(Connection c, long negotiationId) throws SQLException {
        List<Position> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT delegation_id, amendment_id, mission_id, stance, note FROM position "
                + "WHERE negotiation_id = ? ORDER BY rowid", negotiationId, rs ->
                result.add(new Position(rs.getLong("delegation_id"), item(rs), Sql.named(Stance.class, rs.getString("stance")),
                        rs.getString("note"))));
        return result;
    }

    static List<OurLine> ourLines(Connection c, long negotiationId) throws SQLException {
        List<OurLine> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT amendment_id, mission_id, line, fallback FROM our_line WHERE negotiation_id = ? "
                + "ORDER BY rowid", negotiationId, rs ->
                result.add(new OurLine(item(rs), rs.getString("line"), rs.getString("fallback"))));
        return result;
    }

    static List<Compromise> compromises(Connection c, long negotiationId) throws SQLException {
        List<Compromise> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, amendment_id, description, value, floated_by, floated_at, status "
                + "FROM compromise WHERE negotiation_id = ? ORDER BY id", negotiationId, rs ->
                result.add(new Compromise(rs.getLong("id"), rs.getLong("amendment_id"), rs.getString("description"),
                        rs.getLong("value"), rs.getString("floated_by"), Sql.instant(rs.getString("floated_at")),
                        Sql.named(CompromiseStatus.class, rs.getString("status")))));
        return result;
    }

    static List<Scenario> scenarios(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<ScenarioItem>> items = new HashMap<>();
        Sql.forEachRow(c, "SELECT scenario_id, proposal_id, compromise_id, share_bp FROM scenario_item "
                + "WHERE negotiation_id = ? ORDER BY position", negotiationId, rs -> {
            Long proposal = Sql.nullableLong(rs, "proposal_id");
            Share share = Share.ofBasisPoints(rs.getInt("share_bp"));
            ScenarioItem item = proposal != null ? ScenarioItem.proposal(proposal, share)
                    : ScenarioItem.compromise(rs.getLong("compromise_id"), share);
            items.computeIfAbsent(rs.getLong("scenario_id"), k -> new ArrayList<>()).add(item);
        });
        List<Scenario> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, name, target_usd FROM scenario WHERE negotiation_id = ? ORDER BY position, id",
                negotiationId, rs -> result.add(new Scenario(rs.getLong("id"), rs.getString("name"),
                        rs.getLong("target_usd"), items.getOrDefault(rs.getLong("id"), List.of()))));
        return result;
    }

    static List<TalkingPoints> talkingPoints(Connection c, long negotiationId) throws SQLException {
        Map<Long, List<TalkingPoints.Version>> byMission = new java.util.LinkedHashMap<>();
        Sql.forEachRow(c, "SELECT mission_id, saved_at, text FROM talking_point WHERE negotiation_id = ? "
                + "ORDER BY mission_id, version", negotiationId, rs ->
                byMission.computeIfAbsent(rs.getLong("mission_id"), k -> new ArrayList<>())
                        .add(new TalkingPoints.Version(Sql.instant(rs.getString("saved_at")), rs.getString("text"))));
        List<TalkingPoints> result = new ArrayList<>();
        byMission.forEach((mission, versions) -> result.add(new TalkingPoints(mission, versions)));
        return result;
    }

    /**
     * The changes at or after {@code since} on the desk's clock (a replay's desk time, else the
     * time it was made; decision 0029), oldest first.
     */
    static List<ChangeRecord> changesSince(Connection c, long negotiationId, Instant since) throws SQLException {
        List<ChangeRecord> result = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id, at, desk_at, description FROM change_log "
                + "WHERE negotiation_id = ? AND coalesce(desk_at, at) >= ? ORDER BY coalesce(desk_at, at), id")) {
            ps.setLong(1, negotiationId);
            ps.setString(2, Sql.text(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new ChangeRecord(rs.getLong("id"), Sql.instant(rs.getString("at")),
                            Sql.instant(rs.getString("desk_at")), rs.getString("description")));
                }
            }
        }
        return result;
    }

    private static Item item(ResultSet rs) throws SQLException {
        Long amendment = Sql.nullableLong(rs, "amendment_id");
        return amendment != null ? Item.amendment(amendment) : Item.mission(rs.getLong("mission_id"));
    }
}
