package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema as numbered steps. Step N takes a file from {@code user_version} N-1 to N;
 * {@link Workspace#open} is the only caller, and runs all pending steps in one transaction, so
 * a file is always at one schema version, never between two. Steps are never edited once
 * released: a change to the schema is a new step (and a checked-in file of the old version to
 * test it against).
 *
 * <p>Tables are STRICT, so a REAL can never slip into a money column.
 */
public final class Migrations {

    /** {@code PRAGMA application_id} of every Parley workspace: "PRLY" in ASCII. */
    public static final int APPLICATION_ID = 0x50524C59;

    private static final String V1_INITIAL = """
            PRAGMA application_id = %d;

            CREATE TABLE negotiation (
                id            INTEGER PRIMARY KEY,
                title         TEXT NOT NULL,
                body          TEXT NOT NULL,
                session_start TEXT NOT NULL,
                deadline      TEXT NOT NULL,
                zone          TEXT NOT NULL,
                desk_date     TEXT,
                currency      TEXT NOT NULL,
                CHECK (session_start < deadline)
            ) STRICT;

            CREATE TABLE delegation (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                code           TEXT NOT NULL,
                name           TEXT NOT NULL,
                kind           TEXT NOT NULL,
                notes          TEXT NOT NULL,
                UNIQUE (id, negotiation_id)
            ) STRICT;
            CREATE UNIQUE INDEX delegation_code ON delegation (negotiation_id, code COLLATE NOCASE);
            CREATE INDEX delegation_negotiation ON delegation (negotiation_id, position);

            CREATE TABLE delegation_member (
                group_id       INTEGER NOT NULL,
                member_id      INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                position       INTEGER NOT NULL,
                PRIMARY KEY (group_id, member_id),
                FOREIGN KEY (group_id, negotiation_id) REFERENCES delegation (id, negotiation_id) ON DELETE CASCADE,
                FOREIGN KEY (member_id, negotiation_id) REFERENCES delegation (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX delegation_member_member ON delegation_member (member_id, negotiation_id);
            CREATE INDEX delegation_member_negotiation ON delegation_member (negotiation_id, position);

            CREATE TABLE mission (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                code           TEXT NOT NULL,
                name           TEXT NOT NULL,
                location       TEXT NOT NULL,
                coordinator    TEXT NOT NULL,
                status         TEXT NOT NULL,
                notes          TEXT NOT NULL,
                UNIQUE (id, negotiation_id)
            ) STRICT;
            CREATE UNIQUE INDEX mission_code ON mission (negotiation_id, code COLLATE NOCASE);
            CREATE INDEX mission_negotiation ON mission (negotiation_id, position);

            CREATE TABLE mission_baseline (
                mission_id     INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                baseline       TEXT NOT NULL,
                usd            INTEGER NOT NULL CHECK (usd >= 0),
                source         TEXT NOT NULL,
                illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                PRIMARY KEY (mission_id, baseline),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX mission_baseline_negotiation ON mission_baseline (negotiation_id);

            CREATE TABLE budget_line (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL,
                mission_id     INTEGER NOT NULL,
                position       INTEGER NOT NULL,
                name           TEXT NOT NULL,
                category       TEXT NOT NULL,
                UNIQUE (id, negotiation_id),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX budget_line_mission ON budget_line (mission_id, negotiation_id);
            CREATE INDEX budget_line_negotiation ON budget_line (negotiation_id, position);

            CREATE TABLE line_baseline (
                line_id        INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                baseline       TEXT NOT NULL,
                usd            INTEGER NOT NULL CHECK (usd >= 0),
                source         TEXT NOT NULL,
                illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                PRIMARY KEY (line_id, baseline),
                FOREIGN KEY (line_id, negotiation_id) REFERENCES budget_line (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX line_baseline_negotiation ON line_baseline (negotiation_id);

            CREATE TABLE post (
                id                       INTEGER PRIMARY KEY,
                negotiation_id           INTEGER NOT NULL,
                line_id                  INTEGER NOT NULL,
                position                 INTEGER NOT NULL,
                title                    TEXT NOT NULL,
                grade                    TEXT NOT NULL,
                count                    INTEGER NOT NULL CHECK (count >= 1),
                status                   TEXT NOT NULL,
                annual_cost_usd          INTEGER NOT NULL CHECK (annual_cost_usd >= 0),
                annual_cost_source       TEXT NOT NULL,
                annual_cost_illustrative INTEGER NOT NULL CHECK (annual_cost_illustrative IN (0, 1)),
                count_source             TEXT NOT NULL,
                count_illustrative       INTEGER NOT NULL CHECK (count_illustrative IN (0, 1)),
                UNIQUE (id, negotiation_id),
                FOREIGN KEY (line_id, negotiation_id) REFERENCES budget_line (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX post_line ON post (line_id, negotiation_id);
            CREATE INDEX post_negotiation ON post (negotiation_id, position);

            CREATE TABLE proposal (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                delegation_id  INTEGER NOT NULL,
                title          TEXT NOT NULL,
                tabled_at      TEXT NOT NULL,
                status         TEXT NOT NULL,
                source         TEXT NOT NULL,
                illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                UNIQUE (id, negotiation_id),
                FOREIGN KEY (delegation_id, negotiation_id) REFERENCES delegation (id, negotiation_id)
            ) STRICT;
            CREATE INDEX proposal_delegation ON proposal (delegation_id, negotiation_id);
            CREATE INDEX proposal_negotiation ON proposal (negotiation_id, position);

            CREATE TABLE amendment (
                id                INTEGER PRIMARY KEY,
                negotiation_id    INTEGER NOT NULL,
                proposal_id       INTEGER NOT NULL,
                position          INTEGER NOT NULL,
                target_mission_id INTEGER,
                target_line_id    INTEGER,
                target_post_id    INTEGER,
                kind              TEXT NOT NULL,
                value             INTEGER NOT NULL CHECK (value >= 0),
                rationale         TEXT NOT NULL,
                source            TEXT NOT NULL,
                illustrative      INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                CHECK (target_line_id IS NULL OR target_mission_id IS NOT NULL),
                CHECK (target_post_id IS NULL OR target_line_id IS NOT NULL),
                FOREIGN KEY (proposal_id, negotiation_id) REFERENCES proposal (id, negotiation_id) ON DELETE CASCADE,
                FOREIGN KEY (target_mission_id, negotiation_id) REFERENCES mission (id, negotiation_id),
                FOREIGN KEY (target_line_id, negotiation_id) REFERENCES budget_line (id, negotiation_id),
                FOREIGN KEY (target_post_id, negotiation_id) REFERENCES post (id, negotiation_id)
            ) STRICT;
            CREATE INDEX amendment_proposal ON amendment (proposal_id, negotiation_id);
            CREATE INDEX amendment_target_mission ON amendment (target_mission_id, negotiation_id);
            CREATE INDEX amendment_target_line ON amendment (target_line_id, negotiation_id);
            CREATE INDEX amendment_target_post ON amendment (target_post_id, negotiation_id);
            CREATE INDEX amendment_negotiation ON amendment (negotiation_id, position);

            CREATE TABLE timeline_event (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                at             TEXT NOT NULL,
                title          TEXT NOT NULL,
                kind           TEXT NOT NULL,
                description    TEXT NOT NULL,
                source         TEXT NOT NULL,
                illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
                UNIQUE (id, negotiation_id)
            ) STRICT;
            CREATE INDEX timeline_event_negotiation ON timeline_event (negotiation_id, position);

            CREATE TABLE event_mission (
                event_id       INTEGER NOT NULL,
                mission_id     INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                PRIMARY KEY (event_id, mission_id),
                FOREIGN KEY (event_id, negotiation_id) REFERENCES timeline_event (id, negotiation_id) ON DELETE CASCADE,
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX event_mission_mission ON event_mission (mission_id, negotiation_id);
            CREATE INDEX event_mission_negotiation ON event_mission (negotiation_id);

            CREATE TABLE event_proposal (
                event_id       INTEGER NOT NULL,
                proposal_id    INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                PRIMARY KEY (event_id, proposal_id),
                FOREIGN KEY (event_id, negotiation_id) REFERENCES timeline_event (id, negotiation_id) ON DELETE CASCADE,
                FOREIGN KEY (proposal_id, negotiation_id) REFERENCES proposal (id, negotiation_id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX event_proposal_proposal ON event_proposal (proposal_id, negotiation_id);
            CREATE INDEX event_proposal_negotiation ON event_proposal (negotiation_id);
            """.formatted(APPLICATION_ID);

    /**
     * Version 2 (issue 3): what delegations say about items, compromises, scenarios and the
     * change history. References to amendments, proposals and compromises do not cascade: the
     * service removes dependants explicitly in the same gesture (so that undo can put them
     * back), and a forgotten one fails the transaction instead of vanishing silently.
     */
    private static final String V2_DELIBERATIONS = """
            CREATE UNIQUE INDEX amendment_id_negotiation ON amendment (id, negotiation_id);

            CREATE TABLE position (
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                delegation_id  INTEGER NOT NULL,
                amendment_id   INTEGER,
                mission_id     INTEGER,
                stance         TEXT NOT NULL,
                note           TEXT NOT NULL,
                CHECK ((amendment_id IS NULL) <> (mission_id IS NULL)),
                FOREIGN KEY (delegation_id, negotiation_id) REFERENCES delegation (id, negotiation_id),
                FOREIGN KEY (amendment_id, negotiation_id) REFERENCES amendment (id, negotiation_id),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id)
            ) STRICT;
            CREATE UNIQUE INDEX position_key ON position (delegation_id, amendment_id, mission_id);
            CREATE INDEX position_negotiation ON position (negotiation_id);
            CREATE INDEX position_amendment ON position (amendment_id, negotiation_id);
            CREATE INDEX position_mission ON position (mission_id, negotiation_id);

            CREATE TABLE our_line (
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                amendment_id   INTEGER,
                mission_id     INTEGER,
                line           TEXT NOT NULL,
                fallback       TEXT NOT NULL,
                CHECK ((amendment_id IS NULL) <> (mission_id IS NULL)),
                FOREIGN KEY (amendment_id, negotiation_id) REFERENCES amendment (id, negotiation_id),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id)
            ) STRICT;
            CREATE UNIQUE INDEX our_line_item ON our_line (amendment_id, mission_id);
            CREATE INDEX our_line_negotiation ON our_line (negotiation_id);
            CREATE INDEX our_line_mission ON our_line (mission_id, negotiation_id);

            CREATE TABLE compromise (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                amendment_id   INTEGER NOT NULL,
                description    TEXT NOT NULL,
                value          INTEGER NOT NULL CHECK (value >= 0),
                floated_by     TEXT NOT NULL,
                floated_at     TEXT NOT NULL,
                status         TEXT NOT NULL,
                UNIQUE (id, negotiation_id),
                FOREIGN KEY (amendment_id, negotiation_id) REFERENCES amendment (id, negotiation_id)
            ) STRICT;
            CREATE INDEX compromise_amendment ON compromise (amendment_id, negotiation_id);
            CREATE INDEX compromise_negotiation ON compromise (negotiation_id);

            CREATE TABLE scenario (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                position       INTEGER NOT NULL,
                name           TEXT NOT NULL,
                target_usd     INTEGER NOT NULL CHECK (target_usd >= 0),
                UNIQUE (id, negotiation_id)
            ) STRICT;
            CREATE INDEX scenario_negotiation ON scenario (negotiation_id, position);

            CREATE TABLE scenario_item (
                scenario_id    INTEGER NOT NULL,
                negotiation_id INTEGER NOT NULL,
                position       INTEGER NOT NULL,
                proposal_id    INTEGER,
                compromise_id  INTEGER,
                share_bp       INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
                CHECK ((proposal_id IS NULL) <> (compromise_id IS NULL)),
                FOREIGN KEY (scenario_id, negotiation_id) REFERENCES scenario (id, negotiation_id) ON DELETE CASCADE,
                FOREIGN KEY (proposal_id, negotiation_id) REFERENCES proposal (id, negotiation_id),
                FOREIGN KEY (compromise_id, negotiation_id) REFERENCES compromise (id, negotiation_id)
            ) STRICT;
            CREATE INDEX scenario_item_scenario ON scenario_item (scenario_id, negotiation_id);
            CREATE INDEX scenario_item_negotiation ON scenario_item (negotiation_id, position);
            CREATE INDEX scenario_item_proposal ON scenario_item (proposal_id, negotiation_id);
            CREATE INDEX scenario_item_compromise ON scenario_item (compromise_id, negotiation_id);

            CREATE TABLE change_log (
                id             INTEGER PRIMARY KEY,
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                at             TEXT NOT NULL,
                description    TEXT NOT NULL
            ) STRICT;
            CREATE INDEX change_log_negotiation ON change_log (negotiation_id, at);
            """;

    /**
     * Version 3: the classification marking printed on every page of a briefing sheet. Existing
     * negotiations get the default, so a migrated file prints as before markings existed.
     */
    private static final String V3_MARKING = """
            ALTER TABLE negotiation ADD COLUMN marking TEXT NOT NULL DEFAULT 'CONFIDENTIAL';
            """;

    /**
     * Version 4: what agreed compromises did to a CURRENT figure, as data (decision 0012): the
     * figure before any agreement ({@code agreed_from}) and the figure before the floor at zero
     * ({@code agreed_before_floor}, may be negative); both NULL for a figure no agreement moved.
     * Earlier versions kept only the first, at the end of the source text ("after compromise
     * '…' agreed ad ref, from $9,780,000"): it is read once here; the figure before the floor
     * is taken to be the figure itself, since those files never recorded what the floor cut off.
     */
    private static final String V4_AGREED_FIGURES = """
            ALTER TABLE mission_baseline ADD COLUMN agreed_from INTEGER CHECK (agreed_from >= 0);
            ALTER TABLE mission_baseline ADD COLUMN agreed_before_floor INTEGER
                CHECK ((agreed_from IS NULL) = (agreed_before_floor IS NULL));
            ALTER TABLE line_baseline ADD COLUMN agreed_from INTEGER CHECK (agreed_from >= 0);
            ALTER TABLE line_baseline ADD COLUMN agreed_before_floor INTEGER
                CHECK ((agreed_from IS NULL) = (agreed_before_floor IS NULL));
            """ + oldAgreedSources("mission_baseline") + oldAgreedSources("line_baseline");

    /**
     * Version 5: "the view as left" (decision 0015): the window's size and place, the dividers,
     * the bottom tab and the selection, as text keys and values. Not part of the talks: written
     * outside the change history and the undo stack, never exported, and every value is read
     * key by key as a hint that may be ignored (a bad one is skipped, never an error).
     */
    private static final String V5_VIEW_STATE = """
            CREATE TABLE view_state (
                key   TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            """;

    /**
     * Version 6 (decision 0024): the Fifth Committee's event kinds, and what a replay may know.
     * {@code INFORMAL_CONSULTATION} is renamed {@code INFORMAL_CONSULTATIONS} (the other old
     * kinds keep their names). An event's {@code timing} says whether its date or hour is
     * illustrative (existing events: as recorded); {@code known_from}, on events and baseline
     * figures, is the instant from which an outcome or a figure is known (NULL: known all along,
     * which is what every existing row was).
     */
    private static final String V6_KINDS_AND_KNOWN_FROM = """
            UPDATE timeline_event SET kind = 'INFORMAL_CONSULTATIONS' WHERE kind = 'INFORMAL_CONSULTATION';
            ALTER TABLE timeline_event ADD COLUMN timing TEXT NOT NULL DEFAULT 'STATED';
            ALTER TABLE timeline_event ADD COLUMN known_from TEXT CHECK (known_from IS NULL OR known_from >= at);
            ALTER TABLE mission_baseline ADD COLUMN known_from TEXT;
            ALTER TABLE line_baseline ADD COLUMN known_from TEXT;
            """;

    /**
     * Version 7 (issue 13, decision 0023): a
     * proposal may revise an earlier one of the same delegation, which is then superseded. NULL
     * for every proposal of an older file: none revises another. At most one revision per
     * proposal; NO ACTION, so the service unlinks a revision in the same gesture that deletes
     * what it revises, as for the other references (version 2).
     */
    private static final String V7_REVISIONS = """
            ALTER TABLE proposal ADD COLUMN revises_id INTEGER REFERENCES proposal (id);
            CREATE UNIQUE INDEX proposal_revises ON proposal (revises_id);
            """;

    /**
     * Version 8 (issue 13, decision 0025): how a top-line cut is allocated to missions. Every
     * amendment of an older file is unallocated ('NONE', no baseline, no parts), which is what it
     * meant then. A pro-rata rule names its baseline; a by-hand rule has its amounts per mission
     * in {@code amendment_allocation}, in order, deleted with the amendment. A mission named there
     * is NO ACTION, like an amendment's target: the service rescales the parts in the gesture
     * that deletes the mission.
     */
    private static final String V8_ALLOCATED_CUTS = """
            ALTER TABLE amendment ADD COLUMN allocation_rule TEXT NOT NULL DEFAULT 'NONE'
                CHECK (allocation_rule IN ('NONE', 'PRO_RATA', 'ACABQ_REDUCTIONS', 'BY_HAND'));
            ALTER TABLE amendment ADD COLUMN allocation_baseline TEXT
                CHECK ((allocation_rule = 'PRO_RATA') = (allocation_baseline IS NOT NULL));
            CREATE TABLE amendment_allocation (
                amendment_id   INTEGER NOT NULL REFERENCES amendment (id) ON DELETE CASCADE,
                negotiation_id INTEGER NOT NULL,
                position       INTEGER NOT NULL,
                mission_id     INTEGER NOT NULL,
                usd            INTEGER NOT NULL CHECK (usd >= 0),
                PRIMARY KEY (amendment_id, mission_id),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id)
            ) STRICT;
            CREATE INDEX amendment_allocation_negotiation ON amendment_allocation (negotiation_id, position);
            CREATE INDEX amendment_allocation_mission ON amendment_allocation (mission_id, negotiation_id);
            """;

    /**
     * Version 9 (issue 13, decision 0026): our talking points on a mission, one row per save, so
     * the history of what we said is kept; the highest version is what the brief prints. An older
     * file has none. Removed with the mission (its gesture removes them first, as for our lines).
     */
    private static final String V9_TALKING_POINTS = """
            CREATE TABLE talking_point (
                negotiation_id INTEGER NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
                mission_id     INTEGER NOT NULL,
                version        INTEGER NOT NULL CHECK (version >= 1),
                saved_at       TEXT NOT NULL,
                text           TEXT NOT NULL,
                PRIMARY KEY (mission_id, version),
                FOREIGN KEY (mission_id, negotiation_id) REFERENCES mission (id, negotiation_id)
            ) STRICT;
            CREATE INDEX talking_point_negotiation ON talking_point (negotiation_id);
            """;

    /**
     * Version 10 (issue 13, decision 0027): how much of a proposal's tabling time its source
     * states, as an event's {@code timing} (version 6). Every proposal of an older file: as
     * recorded ('STATED'), which is how it printed then.
     */
    private static final String V10_PROPOSAL_TIMING = """
            ALTER TABLE proposal ADD COLUMN timing TEXT NOT NULL DEFAULT 'STATED'
                CHECK (timing IN ('STATED', 'HOUR_ILLUSTRATIVE', 'DATE_ILLUSTRATIVE'));
            """;

    /**
     * Version 11 (issue 14, decision 0029): the desk's time of a change made while the desk replays
     * a past date, beside the real time {@code at}; null for a change made on a live desk. Older
     * rows: null (their desk time, if they had one, was not kept).
     */
    private static final String V11_CHANGE_DESK_TIME = """
            ALTER TABLE change_log ADD COLUMN desk_at TEXT;
            """;

    /** Step i (0-based) brings the schema to version i + 1. Append only. */
    private static final List<String> STEPS = List.of(V1_INITIAL, V2_DELIBERATIONS, V3_MARKING, V4_AGREED_FIGURES,
            V5_VIEW_STATE, V6_KINDS_AND_KNOWN_FROM, V7_REVISIONS, V8_ALLOCATED_CUTS, V9_TALKING_POINTS,
            V10_PROPOSAL_TIMING, V11_CHANGE_DESK_TIME);

    /** The schema version this Parley writes, and the newest it can read. */
    public static final int SCHEMA_VERSION = STEPS.size();

    private Migrations() {
    }

    /**
     * Applies the pending steps in one transaction and records the new {@code user_version} in
     * it, so a failed step leaves the file as it was.
     *
     * @return the schema version the file had before
     */
    static int migrate(Database db) throws StoreException {
        return db.inTransaction(c -> {
            int from = Sql.pragmaInt(c, "user_version");
            for (int version = from + 1; version <= SCHEMA_VERSION; version++) {
                execute(c, STEPS.get(version - 1));
            }
            if (from < SCHEMA_VERSION) {
                execute(c, "PRAGMA user_version = " + SCHEMA_VERSION);
            }
            return from;
        });
    }

    /** Reads "…, from $9,780,000" at the end of an agreed CURRENT figure's source, once. */
    private static String oldAgreedSources(String table) {
        String head = "rtrim(source, '0123456789,')";
        return "UPDATE " + table + " SET agreed_from = CAST(replace(substr(source, length(" + head + ") + 1), ',', '')"
                + " AS INTEGER), agreed_before_floor = usd WHERE baseline = 'CURRENT'"
                + " AND source LIKE 'after compromise ''%' AND " + head + " LIKE '%, from $'"
                + " AND substr(source, length(" + head + ") + 1, 1) BETWEEN '0' AND '9';\n";
    }

    private static void execute(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(script);
        }
    }
}
