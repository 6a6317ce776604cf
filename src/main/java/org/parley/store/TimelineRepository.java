package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.TimelineEvent;

/** The timeline of one negotiation: events with the missions and proposals they concern. */
public final class TimelineRepository {

    private final Database db;

    TimelineRepository(Database db) {
        this.db = db;
    }

    /** The events in display order; three queries whatever their number. */
    public List<TimelineEvent> forNegotiation(long negotiationId) throws StoreException {
        return db.inTransaction(c -> load(c, negotiationId));
    }

    List<TimelineEvent> load(Connection c, long negotiationId) throws SQLException {
        Map<Long, Set<Long>> missions = loadLinks(c, "SELECT event_id, mission_id FROM event_mission "
                + "WHERE negotiation_id = ?", negotiationId);
        Map<Long, Set<Long>> proposals = loadLinks(c, "SELECT event_id, proposal_id FROM event_proposal "
                + "WHERE negotiation_id = ?", negotiationId);
        List<TimelineEvent> result = new ArrayList<>();
        Sql.forEachRow(c, "SELECT id, at, title, kind, description, source, illustrative, timing, known_from "
                + "FROM timeline_event WHERE negotiation_id = ? ORDER BY position, id", negotiationId, rs -> {
            long id = rs.getLong("id");
            result.add(new TimelineEvent(id, Sql.instant(rs.getString("at")), rs.getString("title"),
                    Sql.named(EventKind.class, rs.getString("kind")), rs.getString("description"),
                    Sql.provenance(rs, "source", "illustrative"), missions.getOrDefault(id, Set.of()),
                    proposals.getOrDefault(id, Set.of()), Sql.named(EventTiming.class, rs.getString("timing")),
                    Sql.instant(rs.getString("known_from"))));
        });
        return result;
    }

    private static Map<Long, Set<Long>> loadLinks(Connection c, String sql, long negotiationId) throws SQLException {
        Map<Long, Set<Long>> result = new HashMap<>();
        Sql.forEachRow(c, sql, negotiationId, rs ->
                result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)));
        return result;
    }

    /** Inserts events and their links; missions and proposals must already be in {@code ids}. */
    void insert(Connection c, long negotiationId, List<TimelineEvent> events, IdRemap ids) throws SQLException {
        try (PreparedStatement event = Sql.prepareInsert(c, "INSERT INTO timeline_event (negotiation_id, position, at, "
                + "title, kind, description, source, illustrative, timing, known_from) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mission = c.prepareStatement(
                     "INSERT INTO event_mission (event_id, mission_id, negotiation_id) VALUES (?, ?, ?)");
             PreparedStatement proposal = c.prepareStatement(
                     "INSERT INTO event_proposal (event_id, proposal_id, negotiation_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                TimelineEvent e = events.get(i);
                event.setLong(1, negotiationId);
                event.setInt(2, i);
                event.setString(3, Sql.text(e.at()));
                event.setString(4, e.title());
                event.setString(5, e.kind().name());
                event.setString(6, e.description());
                Sql.setProvenance(event, 7, e.provenance());
                event.setString(9, e.timing().name());
                event.setString(10, Sql.text(e.knownFrom()));
                long eventId = Sql.insert(event);
                for (long m : e.missionIds()) {
                    link(mission, eventId, ids.mission(m), negotiationId);
                }
                for (long p : e.proposalIds()) {
                    link(proposal, eventId, ids.proposal(p), negotiationId);
                }
            }
        }
    }

    private static void link(PreparedStatement ps, long eventId, long otherId, long negotiationId) throws SQLException {
        ps.setLong(1, eventId);
        ps.setLong(2, otherId);
        ps.setLong(3, negotiationId);
        ps.executeUpdate();
    }
}
