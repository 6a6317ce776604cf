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

    /** Step i (0-based) brings the schema to version i + 1. Append only. */
    private static final List<String> STEPS = List.of(V1_INITIAL);

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

    private static void execute(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(script);
        }
    }
}
