package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.model.Amendment;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.OurLine;
import org.parley.model.TalkingPoints;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Writes negotiations part by part inside one transaction of {@link Workspace#insertStreamed}: a
 * streamed import hands over one mission, proposal or event at a time and nothing here keeps it
 * (decision 0019). Rows get their ids here (one more than the largest id of their table, as SQLite
 * itself would give them), so that they can be sent to SQLite in batches instead of one round trip
 * and one id query each; foreign keys are checked at commit.
 *
 * <p>The parts come with document-local ids, unique per kind within their negotiation (as in a
 * {@code NegotiationData}); what stays for the whole negotiation is the map from those ids to the
 * stored ones (two longs a row). A failure of SQLite is thrown as {@link Failure}, unchecked,
 * because the parts arrive through code that knows nothing of SQL; the transaction unwraps it.
 */
public final class NegotiationRows implements AutoCloseable {

    /** Rows sent to SQLite in one batch. */
    private static final int BATCH = 512;

    /** SQLite's failure while writing a part, carried through the code that hands the parts over. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final Connection c;
    private final Statements statements;
    private final List<Batch> batches = new ArrayList<>();
    private final Batch missions;
    private final Batch missionBaselines;
    private final Batch lines;
    private final Batch lineBaselines;
    private final Batch posts;
    private final Batch amendments;
    private final Batch allocationParts;
    private final Batch events;
    private final Batch eventMissions;
    private final Batch eventProposals;
    private final NegotiationRepository negotiationRepository;
    private final List<Long> negotiationIds = new ArrayList<>();
    /** Rows waiting in all batches together. */
    private int waiting;

    private long nextMission;
    private long nextLine;
    private long nextPost;
    private long nextProposal;
    private long nextAmendment;
    private long nextEvent;
    private long nextCompromise;
    private long nextScenario;

    // the current negotiation
    private long negotiationId;
    private Ids delegationIds;
    private Ids missionIds;
    private Ids lineIds;
    private Ids postIds;
    private Ids proposalIds;
    private Ids amendmentIds;
    private Ids compromiseIds;
    private int missionCount;
    private int proposalCount;
    private int eventCount;
    private int scenarioCount;

    NegotiationRows(Connection c, NegotiationRepository negotiationRepository) throws SQLException {
        this.c = c;
        this.negotiationRepository = negotiationRepository;
        this.statements = new Statements(c);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA defer_foreign_keys = ON");
        }
        missions = batch("INSERT INTO mission (id, negotiation_id, position, code, name, location, coordinator, "
                + "status, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        missionBaselines = new Batch(BaselineRows.MISSIONS.prepareInsert(c));
        batches.add(missionBaselines);
        lines = batch("INSERT INTO budget_line (id, negotiation_id, mission_id, position, name, category) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        lineBaselines = new Batch(BaselineRows.LINES.prepareInsert(c));
        batches.add(lineBaselines);
        posts = batch("INSERT INTO post (id, negotiation_id, line_id, position, title, grade, count, status, "
                + "annual_cost_usd, annual_cost_source, annual_cost_illustrative, count_source, count_illustrative) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        amendments = batch("INSERT INTO amendment (id, negotiation_id, proposal_id, position, target_mission_id, "
                + "target_line_id, target_post_id, kind, value, rationale, source, illustrative, allocation_rule, "
                + "allocation_baseline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        allocationParts = batch("INSERT INTO amendment_allocation (amendment_id, negotiation_id, position, "
                + "mission_id, usd) VALUES (?, ?, ?, ?, ?)");
        events = batch("INSERT INTO timeline_event (id, negotiation_id, position, at, title, kind, description, "
                + "source, illustrative, timing, known_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        eventMissions = batch("INSERT INTO event_mission (event_id, mission_id, negotiation_id) VALUES (?, ?, ?)");
        eventProposals = batch("INSERT INTO event_proposal (event_id, proposal_id, negotiation_id) VALUES (?, ?, ?)");
        nextMission = nextId("mission");
        nextLine = nextId("budget_line");
        nextPost = nextId("post");
        nextProposal = nextId("proposal");
        nextAmendment = nextId("amendment");
        nextEvent = nextId("timeline_event");
        nextCompromise = nextId("compromise");
        nextScenario = nextId("scenario");
    }

    /** The ids of the negotiations written, in order. */
    public List<Long> negotiationIds() {
        return List.copyOf(negotiationIds);
    }

    /** Starts a new negotiation: the parts after it are its own. */
    public long negotiation(Negotiation n) {
        return run(() -> {
            finish();
            negotiationId = negotiationRepository.insert(c, n);
            negotiationIds.add(negotiationId);
            delegationIds = new Ids();
            missionIds = new Ids();
            lineIds = new Ids();
            postIds = new Ids();
            proposalIds = new Ids();
            amendmentIds = new Ids();
            compromiseIds = new Ids();
            missionCount = 0;
            proposalCount = 0;
            eventCount = 0;
            scenarioCount = 0;
            return negotiationId;
        });
    }

    /** All the delegations of the current negotiation, groups' members among them. */
    public void delegations(List<Delegation> all) {
        run(() -> {
            finish();
            DelegationRepository.insert(c, negotiationId, all, delegationIds::put,
                    local -> delegationIds.get(local, "delegation"));
            return null;
        });
    }

    /** One mission with its baselines, lines and posts, after the missions before it. */
    public void mission(Mission m) {
        run(() -> {
            long id = nextMission++;
            missionIds.put(m.id(), id);
            PreparedStatement ps = missions.statement;
            ps.setLong(1, id);
            ps.setLong(2, negotiationId);
            ps.setInt(3, missionCount++);
            ps.setString(4, m.code());
            ps.setString(5, m.name());
            ps.setString(6, m.location());
            ps.setString(7, m.coordinator());
            ps.setString(8, m.status().name());
            ps.setString(9, m.notes());
            missions.add();
            missionBaselines.added(BaselineRows.MISSIONS.addBatch(missionBaselines.statement, id, negotiationId,
                    m.baselines()));
            for (int j = 0; j < m.lines().size(); j++) {
                line(m.lines().get(j), id, j);
            }
            return null;
        });
    }

    private void line(BudgetLine l, long missionId, int position) throws SQLException {
        long id = nextLine++;
        lineIds.put(l.id(), id);
        PreparedStatement ps = childRow(lines, id, missionId, position);
        ps.setString(5, l.name());
        ps.setString(6, l.category().name());
        lines.add();
        lineBaselines.added(BaselineRows.LINES.addBatch(lineBaselines.statement, id, negotiationId, l.baselines()));
        for (int k = 0; k < l.posts().size(); k++) {
            Post p = l.posts().get(k);
            long postId = nextPost++;
            postIds.put(p.id(), postId);
            PreparedStatement post = childRow(posts, postId, id, k);
            post.setString(5, p.title());
            post.setString(6, p.grade().name());
            post.setInt(7, p.count());
            post.setString(8, p.status().name());
            post.setLong(9, p.annualCost().usd());
            Sql.setProvenance(post, 10, p.annualCost().provenance());
            Sql.setProvenance(post, 12, p.countProvenance());
            posts.add();
        }
    }

    /** One proposal with its amendments; their targets name missions, lines and posts written before. */
    public void proposal(Proposal p) {
        run(() -> {
            finish();
            long id = nextProposal++;
            proposalIds.put(p.id(), id);
            statements.run("INSERT INTO proposal (id, negotiation_id, position, delegation_id, title, tabled_at, "
                            + "status, source, illustrative, revises_id, timing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    negotiationId, proposalCount++, delegationIds.get(p.delegationId(), "delegation"), p.title(),
                    Sql.text(p.tabledAt()), p.status().name(), p.provenance().source(),
                    p.provenance().illustrative() ? 1 : 0,
                    p.revisesId() == null ? null : proposalIds.get(p.revisesId(), "proposal"), p.timing().name());
            for (int j = 0; j < p.amendments().size(); j++) {
                Amendment a = p.amendments().get(j);
                long amendmentId = nextAmendment++;
                amendmentIds.put(a.id(), amendmentId);
                Target t = a.target();
                PreparedStatement ps = childRow(amendments, amendmentId, id, j);
                Sql.setNullableLong(ps, 5, t.isWholeBudget() ? null : missionIds.get(t.missionId(), "mission"));
                Sql.setNullableLong(ps, 6, t.lineId() == null ? null : lineIds.get(t.lineId(), "line"));
                Sql.setNullableLong(ps, 7, t.postId() == null ? null : postIds.get(t.postId(), "post"));
                ps.setString(8, a.kind().name());
                ps.setLong(9, a.value());
                ps.setString(10, a.rationale());
                Sql.setProvenance(ps, 11, a.provenance());
                ps.setString(13, a.allocation().rule().name());
                ps.setString(14, a.allocation().baseline() == null ? null : a.allocation().baseline().name());
                amendments.add();
                int part = 0;
                for (Map.Entry<Long, Long> e : a.allocation().parts().entrySet()) {
                    PreparedStatement pp = allocationParts.statement;
                    pp.setLong(1, amendmentId);
                    pp.setLong(2, negotiationId);
                    pp.setInt(3, part++);
                    pp.setLong(4, missionIds.get(e.getKey(), "mission"));
                    pp.setLong(5, e.getValue());
                    allocationParts.add();
                }
            }
            return null;
        });
    }

    /** One timeline event with its links to missions and proposals written before. */
    public void event(TimelineEvent e) {
        run(() -> {
            long id = nextEvent++;
            PreparedStatement ps = events.statement;
            ps.setLong(1, id);
            ps.setLong(2, negotiationId);
            ps.setInt(3, eventCount++);
            ps.setString(4, Sql.text(e.at()));
            ps.setString(5, e.title());
            ps.setString(6, e.kind().name());
            ps.setString(7, e.description());
            Sql.setProvenance(ps, 8, e.provenance());
            ps.setString(10, e.timing().name());
            ps.setString(11, Sql.text(e.knownFrom()));
            events.add();
            for (long m : e.missionIds()) {
                link(eventMissions, id, missionIds.get(m, "mission"));
            }
            for (long p : e.proposalIds()) {
                link(eventProposals, id, proposalIds.get(p, "proposal"));
            }
            return null;
        });
    }

    /**
     * Binds the four columns every child row begins with (its id, the negotiation, its parent,
     * its position under the parent) and returns the statement for the rest of its columns.
     */
    private PreparedStatement childRow(Batch batch, long id, long parentId, int position) throws SQLException {
        PreparedStatement ps = batch.statement;
        ps.setLong(1, id);
        ps.setLong(2, negotiationId);
        ps.setLong(3, parentId);
        ps.setInt(4, position);
        return ps;
    }

    private void link(Batch batch, long eventId, long otherId) throws SQLException {
        batch.statement.setLong(1, eventId);
        batch.statement.setLong(2, otherId);
        batch.statement.setLong(3, negotiationId);
        batch.add();
    }

    public void position(Position p) {
        run(() -> {
            finish();
            TableWrites.position(statements, negotiationId, new Position(delegationIds.get(p.delegationId(),
                    "delegation"), item(p.item()), p.stance(), p.note()));
            return null;
        });
    }

    public void ourLine(OurLine l) {
        run(() -> {
            finish();
            TableWrites.ourLine(statements, negotiationId, new OurLine(item(l.item()), l.line(), l.fallback()));
            return null;
        });
    }

    public void talkingPoints(TalkingPoints t) {
        run(() -> {
            finish();
            TableWrites.talkingPoints(statements, negotiationId, new TalkingPoints(missionIds.get(t.missionId(),
                    "mission"), t.versions()));
            return null;
        });
    }

    public void compromise(Compromise k) {
        run(() -> {
            finish();
            long id = nextCompromise++;
            compromiseIds.put(k.id(), id);
            TableWrites.compromise(statements, negotiationId, new Compromise(id,
                    amendmentIds.get(k.amendmentId(), "amendment"), k.description(), k.value(), k.floatedBy(),
                    k.floatedAt(), k.status()));
            return null;
        });
    }

    /** One scenario; the compromises it adopts were written before it. */
    public void scenario(Scenario s) {
        run(() -> {
            finish();
            List<ScenarioItem> items = new ArrayList<>();
            for (ScenarioItem it : s.items()) {
                long stored = it.kind() == ScenarioItem.Kind.PROPOSAL ? proposalIds.get(it.id(), "proposal")
                        : compromiseIds.get(it.id(), "compromise");
                items.add(new ScenarioItem(it.kind(), stored, it.share()));
            }
            TableWrites.scenario(statements, negotiationId, new Scenario(nextScenario++, s.name(), s.targetUsd(),
                    items), scenarioCount++);
            return null;
        });
    }

    private Item item(Item local) {
        return local.kind() == Item.Kind.AMENDMENT ? Item.amendment(amendmentIds.get(local.id(), "amendment"))
                : Item.mission(missionIds.get(local.id(), "mission"));
    }

    /**
     * Sends every row waiting, parents first; the transaction calls it before it commits, and every
     * part written at once (not batched) calls it first, so that what it names is in SQLite.
     */
    void finish() throws SQLException {
        for (Batch b : batches) {
            b.flush();
        }
        waiting = 0;
    }

    @Override
    public void close() throws SQLException {
        List<Sql.Closing> all = new ArrayList<>();
        for (Batch b : batches) {
            all.add(b.statement::close);
        }
        all.add(statements::close);
        Sql.closeAll(all);
    }

    private long nextId(String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Batch batch(String sql) throws SQLException {
        Batch b = new Batch(c.prepareStatement(sql));
        batches.add(b);
        return b;
    }

    @FunctionalInterface
    private interface SqlStep<T> {
        T run() throws SQLException;
    }

    private static <T> T run(SqlStep<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /**
     * One prepared statement whose rows wait in its batch. All batches are sent together, in the
     * order they were made (parents before children), once {@link #BATCH} rows wait in all: a
     * child row never reaches SQLite before its parent, so no foreign key is ever pending. (A
     * pending one would make SQLite look for its children on every parent row it inserts, and some
     * child columns, e.g. {@code line_baseline.line_id}, have no index: a scan per row.)
     */
    private final class Batch {
        final PreparedStatement statement;
        int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        /** Adds the row bound to the statement. */
        void add() throws SQLException {
            statement.addBatch();
            added(1);
        }

        /** Notes rows already added to the statement's batch. */
        void added(int rows) throws SQLException {
            pending += rows;
            waiting += rows;
            if (waiting >= BATCH) {
                finish();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /**
     * Document-local ids to stored ones: an open-addressing table of two long arrays, so a
     * negotiation of 150,000 posts costs a few megabytes here and no object per row.
     */
    private static final class Ids {
        private long[] keys = new long[16];
        private long[] values = new long[16];
        private boolean[] used = new boolean[16];
        private int size;

        void put(long key, long value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int i = slot(key);
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                size++;
            }
            values[i] = value;
        }

        long get(long key, String what) {
            int i = slot(key);
            if (!used[i]) {
                // the reader checks every reference before it hands a part over: this is a bug, not bad input
                throw new IllegalStateException("no stored id for " + what + " " + key);
            }
            return values[i];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
