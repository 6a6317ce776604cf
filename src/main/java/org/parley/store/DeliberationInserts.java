package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.parley.model.Compromise;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.TalkingPoints;
import org.parley.model.Position;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;

/**
 * Inserts the positions, our lines, compromises and scenarios of a whole negotiation being
 * imported, translating document-local ids to the stored ones.
 */
final class DeliberationInserts {

    private DeliberationInserts() {
    }

    static void insert(Connection c, long negotiationId, NegotiationData data, IdRemap ids) throws SQLException {
        try (Statements st = new Statements(c)) {
            insert(c, st, negotiationId, data, ids);
        }
    }

    private static void insert(Connection c, Statements st, long negotiationId, NegotiationData data, IdRemap ids)
            throws SQLException {
        for (Position p : data.positions()) {
            TableWrites.position(st, negotiationId, new Position(ids.delegation(p.delegationId()), item(p.item(), ids),
                    p.stance(), p.note()));
        }
        for (OurLine l : data.ourLines()) {
            TableWrites.ourLine(st, negotiationId, new OurLine(item(l.item(), ids), l.line(), l.fallback()));
        }
        for (TalkingPoints t : data.talkingPoints()) {
            TableWrites.talkingPoints(st, negotiationId, new TalkingPoints(ids.mission(t.missionId()), t.versions()));
        }
        try (var ps = Sql.prepareInsert(c, Rows.insert("compromise", "negotiation_id", "amendment_id", "description",
                "value", "floated_by", "floated_at", "status"))) {
            for (Compromise k : data.compromises()) {
                ps.setLong(1, negotiationId);
                ps.setLong(2, ids.amendment(k.amendmentId()));
                ps.setString(3, k.description());
                ps.setLong(4, k.value());
                ps.setString(5, k.floatedBy());
                ps.setString(6, Sql.text(k.floatedAt()));
                ps.setString(7, k.status().name());
                ids.compromise(k.id(), Sql.insert(ps));
            }
        }
        try (var ps = Sql.prepareInsert(c, Rows.insert("scenario", "negotiation_id", "position", "name",
                "target_usd"))) {
            for (int i = 0; i < data.scenarios().size(); i++) {
                Scenario s = data.scenarios().get(i);
                ps.setLong(1, negotiationId);
                ps.setInt(2, i);
                ps.setString(3, s.name());
                ps.setLong(4, s.targetUsd());
                long id = Sql.insert(ps);
                List<ScenarioItem> items = new ArrayList<>();
                for (ScenarioItem it : s.items()) {
                    long stored = it.kind() == ScenarioItem.Kind.PROPOSAL ? ids.proposal(it.id()) : ids.compromise(it.id());
                    items.add(new ScenarioItem(it.kind(), stored, it.share()));
                }
                TableWrites.scenario(st, negotiationId, new Scenario(id, s.name(), s.targetUsd(), items), i);
            }
        }
    }

    private static Item item(Item local, IdRemap ids) {
        return local.kind() == Item.Kind.AMENDMENT ? Item.amendment(ids.amendment(local.id()))
                : Item.mission(ids.mission(local.id()));
    }
}
