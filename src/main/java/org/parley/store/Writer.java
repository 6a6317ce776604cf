package org.parley.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.OurLine;
import org.parley.model.TalkingPoints;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.TimelineEvent;

/**
 * The writes of one gesture on one negotiation, inside one transaction (see
 * {@link Workspace#write}). Every part is written with the ids it has, so that writing an
 * earlier state back (undo) restores exactly the rows that were there.
 *
 * <p>{@code put} inserts or updates a whole aggregate (a mission with its lines and posts, a
 * proposal with its amendments, ...) at a position among its siblings; {@code remove} deletes
 * one; {@code order} renumbers the siblings after an insert, a removal or a move. Foreign keys
 * are checked at commit, so the parts of a gesture may be written in any order; what still
 * dangles then fails the whole gesture.
 */
public final class Writer {

    private final Statements c;
    private final long negotiationId;
    /** Amendments that left a proposal in this gesture, by the proposal they left; see {@link #finish}. */
    private final Map<Long, Long> leftProposal = new LinkedHashMap<>();

    Writer(Statements c, long negotiationId) {
        this.c = c;
        this.negotiationId = negotiationId;
    }

    public void putNegotiation(Negotiation n) {
        sql(() -> {
            if (n.id() != negotiationId) {
                throw new IllegalArgumentException("writer of negotiation " + negotiationId + " given " + n.id());
            }
            TableWrites.negotiation(c, n);
        });
    }

    public void putMission(Mission m, int position) {
        sql(() -> {
            BudgetWrites.put(c, negotiationId, m, position);
        });
    }

    public void removeMission(long id) {
        sql(() -> {
            BudgetWrites.remove(c, id);
        });
    }

    public void putDelegation(Delegation d, int position) {
        sql(() -> {
            TableWrites.delegation(c, negotiationId, d, position);
        });
    }

    public void removeDelegation(long id) {
        sql(() -> {
            c.run("DELETE FROM delegation WHERE id = ?", id);
        });
    }

    /**
     * Writes a proposal with its amendments. Given the proposal as it was ({@code before}, null
     * when new), only the amendments that changed or moved are written: a reorder in a proposal
     * of thousands of amendments writes a few rows.
     */
    public void putProposal(Proposal before, Proposal p, int position) {
        sql(() -> {
            for (long id : TableWrites.proposal(c, negotiationId, before, p, position)) {
                leftProposal.put(id, p.id());
            }
        });
    }

    public void removeProposal(long id) {
        sql(() -> {
            c.run("DELETE FROM amendment WHERE proposal_id = ?", id);
            c.run("DELETE FROM proposal WHERE id = ?", id);
        });
    }

    public void putEvent(TimelineEvent e, int position) {
        sql(() -> {
            TableWrites.event(c, negotiationId, e, position);
        });
    }

    public void removeEvent(long id) {
        sql(() -> {
            c.run("DELETE FROM timeline_event WHERE id = ?", id);
        });
    }

    public void putPosition(Position p) {
        sql(() -> {
            TableWrites.position(c, negotiationId, p);
        });
    }

    public void removePosition(Position.Key key) {
        sql(() -> {
            TableWrites.removePosition(c, key);
        });
    }

    public void putOurLine(OurLine line) {
        sql(() -> {
            TableWrites.ourLine(c, negotiationId, line);
        });
    }

    public void removeOurLine(Item item) {
        sql(() -> {
            TableWrites.removeOurLine(c, item);
        });
    }

    public void putTalkingPoints(TalkingPoints t) {
        sql(() -> {
            TableWrites.talkingPoints(c, negotiationId, t);
        });
    }

    public void removeTalkingPoints(long missionId) {
        sql(() -> {
            TableWrites.removeTalkingPoints(c, missionId);
        });
    }

    public void putCompromise(Compromise k) {
        sql(() -> {
            TableWrites.compromise(c, negotiationId, k);
        });
    }

    public void removeCompromise(long id) {
        sql(() -> {
            c.run("DELETE FROM compromise WHERE id = ?", id);
        });
    }

    public void putScenario(Scenario s, int position) {
        sql(() -> {
            TableWrites.scenario(c, negotiationId, s, position);
        });
    }

    public void removeScenario(long id) {
        sql(() -> {
            c.run("DELETE FROM scenario WHERE id = ?", id);
        });
    }

    /** Renumbers the positions of one kind of sibling to their order in {@code ids}. */
    public void order(Siblings siblings, List<Long> ids) {
        sql(() -> {
            c.renumber(siblings.table, ids);
        });
    }

    /**
     * Ends the gesture's writes: deletes the amendments that left a proposal and that no other
     * proposal took (a moved one was updated in place where it went, whichever was written first).
     */
    void finish() {
        sql(() -> TableWrites.removeLeftAmendments(c, leftProposal));
        leftProposal.clear();
    }

    /** Records the gesture in the negotiation's change history, in the same transaction. */
    public void log(Instant at, Instant deskAt, String description) {
        sql(() -> {
            c.run(Rows.insert("change_log", "negotiation_id", "at", "desk_at", "description"), negotiationId,
                    Sql.text(at), deskAt == null ? null : Sql.text(deskAt), description);
        });
    }

    private void sql(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new WriteFailure(e);
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    /** Carries an SQL failure out of a gesture to {@link Workspace#write}, which reports it. */
    static final class WriteFailure extends RuntimeException {
        WriteFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** The ordered kinds of aggregate of a negotiation. */
    public enum Siblings {
        MISSIONS("mission"), DELEGATIONS("delegation"), PROPOSALS("proposal"), EVENTS("timeline_event"),
        SCENARIOS("scenario");

        private final String table;

        Siblings(String table) {
            this.table = table;
        }
    }
}
