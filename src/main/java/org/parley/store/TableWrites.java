package org.parley.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Negotiation;
import org.parley.model.OurLine;
import org.parley.model.TalkingPoints;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Writes the other aggregates of a negotiation with the ids they have: proposals with their
 * amendments, delegations, events, positions, our lines, compromises and scenarios.
 */
final class TableWrites {

    private static final String PROPOSAL = Rows.upsert("proposal", "id", "negotiation_id", "position",
            "delegation_id", "title", "tabled_at", "status", "source", "illustrative", "revises_id", "timing");
    private static final String AMENDMENT = Rows.upsert("amendment", "id", "negotiation_id", "proposal_id",
            "position", "target_mission_id", "target_line_id", "target_post_id", "kind", "value", "rationale",
            "source", "illustrative", "allocation_rule", "allocation_baseline");
    private static final String DELEGATION = Rows.upsert("delegation", "id", "negotiation_id", "position", "code",
            "name", "kind", "notes");
    private static final String EVENT = Rows.upsert("timeline_event", "id", "negotiation_id", "position", "at",
            "title", "kind", "description", "source", "illustrative", "timing", "known_from");
    private static final String COMPROMISE = Rows.upsert("compromise", "id", "negotiation_id", "amendment_id",
            "description", "value", "floated_by", "floated_at", "status");
    private static final String SCENARIO = Rows.upsert("scenario", "id", "negotiation_id", "position", "name",
            "target_usd");

    private TableWrites() {
    }

    static void negotiation(Statements c, Negotiation n) throws SQLException {
        c.run("UPDATE negotiation SET title = ?, body = ?, session_start = ?, deadline = ?, zone = ?, "
                        + "desk_date = ?, currency = ?, marking = ? WHERE id = ?", n.title(), n.body(),
                Sql.text(n.sessionStart()), Sql.text(n.deadline()), n.zone().getId(), Sql.text(n.deskDate()),
                n.currency(), n.marking(), n.id());
    }

    /**
     * Writes a proposal and the amendments that changed or moved, each updated in place.
     *
     * @return the ids of the amendments that left it, for {@link #removeLeftAmendments}
     */
    static List<Long> proposal(Statements c, long negotiationId, Proposal before, Proposal p, int position)
            throws SQLException {
        c.run(PROPOSAL, p.id(), negotiationId, position, p.delegationId(), p.title(), Sql.text(p.tabledAt()),
                p.status().name(), p.provenance().source(), BudgetWrites.flag(p.provenance().illustrative()),
                p.revisesId(), p.timing().name());
        List<Amendment> was = before == null ? List.of() : before.amendments();
        List<Amendment> amendments = p.amendments();
        for (int i = 0; i < amendments.size(); i++) {
            Amendment a = amendments.get(i);
            if (i < was.size() && was.get(i).equals(a)) {
                continue; // same amendment at the same place: its row is already right
            }
            Target t = a.target();
            c.run(AMENDMENT, a.id(), negotiationId, p.id(), i, t.missionId(), t.lineId(), t.postId(),
                    a.kind().name(), a.value(), a.rationale(), a.provenance().source(),
                    BudgetWrites.flag(a.provenance().illustrative()), a.allocation().rule().name(),
                    a.allocation().baseline() == null ? null : a.allocation().baseline().name());
            c.run("DELETE FROM amendment_allocation WHERE amendment_id = ?", a.id());
            int part = 0;
            for (Map.Entry<Long, Long> e : a.allocation().parts().entrySet()) {
                c.run("INSERT INTO amendment_allocation (amendment_id, negotiation_id, position, mission_id, usd) "
                        + "VALUES (?, ?, ?, ?, ?)", a.id(), negotiationId, part++, e.getKey(), e.getValue());
            }
        }
        // An amendment this proposal no longer has may have moved to another proposal of the same
        // gesture, written before or after this one: its row is updated in place there (upsert),
        // never deleted and inserted again. So the rows that left are only named here, and the
        // writer deletes, at the end of the gesture, those that no other proposal took.
        Set<Long> kept = new HashSet<>();
        amendments.forEach(a -> kept.add(a.id()));
        List<Long> left = new ArrayList<>();
        if (before == null) {
            left.addAll(c.ids("SELECT id FROM amendment WHERE proposal_id = ?", p.id()));
        } else {
            was.forEach(a -> left.add(a.id()));
        }
        left.removeIf(kept::contains);
        return left;
    }

    /** Deletes the amendments that left a proposal in this gesture and that no other proposal took. */
    static void removeLeftAmendments(Statements c, Map<Long, Long> proposalByAmendment) throws SQLException {
        for (Map.Entry<Long, Long> e : proposalByAmendment.entrySet()) {
            c.run("DELETE FROM amendment WHERE id = ? AND proposal_id = ?", e.getKey(), e.getValue());
        }
    }

    static void delegation(Statements c, long negotiationId, Delegation d, int position) throws SQLException {
        c.run(DELEGATION, d.id(), negotiationId, position, d.code(), d.name(), d.kind().name(), d.notes());
        c.run("DELETE FROM delegation_member WHERE group_id = ?", d.id());
        String member = Rows.insert("delegation_member", "group_id", "member_id", "negotiation_id", "position");
        for (int i = 0; i < d.memberIds().size(); i++) {
            c.run(member, d.id(), d.memberIds().get(i), negotiationId, i);
        }
    }

    static void event(Statements c, long negotiationId, TimelineEvent e, int position) throws SQLException {
        c.run(EVENT, e.id(), negotiationId, position, Sql.text(e.at()), e.title(), e.kind().name(),
                e.description(), e.provenance().source(), BudgetWrites.flag(e.provenance().illustrative()),
                e.timing().name(), Sql.text(e.knownFrom()));
        c.run("DELETE FROM event_mission WHERE event_id = ?", e.id());
        c.run("DELETE FROM event_proposal WHERE event_id = ?", e.id());
        for (long m : e.missionIds()) {
            c.run(Rows.insert("event_mission", "event_id", "mission_id", "negotiation_id"), e.id(), m,
                    negotiationId);
        }
        for (long p : e.proposalIds()) {
            c.run(Rows.insert("event_proposal", "event_id", "proposal_id", "negotiation_id"), e.id(), p,
                    negotiationId);
        }
    }

    static void position(Statements c, long negotiationId, Position p) throws SQLException {
        removePosition(c, p.key());
        c.run(Rows.insert("position", "negotiation_id", "delegation_id", "amendment_id", "mission_id",
                        "stance", "note"), negotiationId, p.delegationId(), amendmentId(p.item()), missionId(p.item()),
                p.stance().name(), p.note());
    }

    static void removePosition(Statements c, Position.Key key) throws SQLException {
        c.run("DELETE FROM position WHERE delegation_id = ? AND amendment_id IS ? AND mission_id IS ?",
                key.delegationId(), amendmentId(key.item()), missionId(key.item()));
    }

    static void ourLine(Statements c, long negotiationId, OurLine l) throws SQLException {
        removeOurLine(c, l.item());
        c.run(Rows.insert("our_line", "negotiation_id", "amendment_id", "mission_id", "line", "fallback"),
                negotiationId, amendmentId(l.item()), missionId(l.item()), l.line(), l.fallback());
    }

    static void removeOurLine(Statements c, Item item) throws SQLException {
        c.run("DELETE FROM our_line WHERE amendment_id IS ? AND mission_id IS ?", amendmentId(item),
                missionId(item));
    }

    /** Writes every version of one mission's talking points, replacing what was there. */
    static void talkingPoints(Statements c, long negotiationId, TalkingPoints t) throws SQLException {
        removeTalkingPoints(c, t.missionId());
        for (int i = 0; i < t.versions().size(); i++) {
            TalkingPoints.Version v = t.versions().get(i);
            c.run(Rows.insert("talking_point", "negotiation_id", "mission_id", "version", "saved_at", "text"),
                    negotiationId, t.missionId(), i + 1, Sql.text(v.savedAt()), v.text());
        }
    }

    static void removeTalkingPoints(Statements c, long missionId) throws SQLException {
        c.run("DELETE FROM talking_point WHERE mission_id = ?", missionId);
    }

    static void compromise(Statements c, long negotiationId, Compromise k) throws SQLException {
        c.run(COMPROMISE, k.id(), negotiationId, k.amendmentId(), k.description(), k.value(), k.floatedBy(),
                Sql.text(k.floatedAt()), k.status().name());
    }

    static void scenario(Statements c, long negotiationId, Scenario s, int position) throws SQLException {
        c.run(SCENARIO, s.id(), negotiationId, position, s.name(), s.targetUsd());
        c.run("DELETE FROM scenario_item WHERE scenario_id = ?", s.id());
        String item = Rows.insert("scenario_item", "scenario_id", "negotiation_id", "position", "proposal_id",
                "compromise_id", "share_bp");
        for (int i = 0; i < s.items().size(); i++) {
            ScenarioItem it = s.items().get(i);
            boolean proposal = it.kind() == ScenarioItem.Kind.PROPOSAL;
            c.run(item, s.id(), negotiationId, i, proposal ? it.id() : null, proposal ? null : it.id(),
                    it.share().basisPoints());
        }
    }

    private static Long amendmentId(Item item) {
        return item.kind() == Item.Kind.AMENDMENT ? item.id() : null;
    }

    private static Long missionId(Item item) {
        return item.kind() == Item.Kind.MISSION ? item.id() : null;
    }
}
