package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.ChangeRecord;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Figure;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Scenario;
import org.parley.model.Stance;
import org.parley.model.TimelineEvent;

/**
 * Opening files written by earlier Parley versions. Each released schema version has a
 * checked-in workspace (made by that version from the sample) that must open, migrate and
 * keep its data.
 */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void version1Workspace_migratesToTheCurrentSchema_keepingItsNegotiation() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v1.parley");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            assertThat(ws.createdNow()).isFalse();
            long id = ws.negotiations().list().get(0).id();
            NegotiationData data = ws.loadNegotiation(id);
            NegotiationData sample = NegotiationJson.readSample();
            assertThat(data.missions()).hasSameSizeAs(sample.missions());
            assertThat(data.proposals()).hasSameSizeAs(sample.proposals());
            assertThat(data.postCount()).isEqualTo(sample.postCount());
            assertThat(data.positions()).isEmpty();
            assertThat(data.scenarios()).isEmpty();
        }
    }

    @Test
    void version2Workspace_migratesToTheCurrentSchema_markedConfidential_keepingItsData() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v2.parley");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            Negotiation n = ws.negotiations().list().get(0);
            assertThat(n.marking()).isEqualTo(Negotiation.DEFAULT_MARKING).isEqualTo("CONFIDENTIAL");
            assertThat(n.title()).isEqualTo("Peacekeeping budgets 2018/19");
            NegotiationData data = ws.loadNegotiation(n.id());
            NegotiationData sample = NegotiationJson.readSample();
            assertThat(data.missions()).hasSameSizeAs(sample.missions());
            assertThat(data.proposals()).hasSameSizeAs(sample.proposals());
            assertThat(data.postCount()).isEqualTo(sample.postCount());
            assertThat(data.positions()).hasSize(3);
            assertThat(data.ourLines()).hasSize(2);
            assertThat(data.compromises()).hasSize(1);
            assertThat(data.scenarios()).extracting(Scenario::name).containsExactly("Middle ground", "Nothing adopted");
            assertThat(ws.changesSince(n.id(), Instant.EPOCH)).extracting(ChangeRecord::description)
                    .containsExactly("Checked-in version-2 workspace");
        }
    }

    @Test
    void migratedVersion2Workspace_storesAnotherMarking() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v2.parley");

        try (Workspace ws = Workspace.open(file)) {
            Negotiation n = ws.negotiations().list().get(0);
            ws.write(n.id(), Instant.EPOCH, "Mark", w -> w.putNegotiation(n.withMarking("RESTRICTED")));

            assertThat(ws.negotiations().find(n.id()).orElseThrow().marking()).isEqualTo("RESTRICTED");
        }
    }

    @Test
    void migratedWorkspace_takesTheNewKindsOfEdit() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v1.parley");

        try (Workspace ws = Workspace.open(file)) {
            NegotiationData data = ws.loadNegotiation(ws.negotiations().list().get(0).id());
            long amendment = data.proposals().get(0).amendments().get(0).id();
            Position p = new Position(data.delegations().get(4).id(), Item.amendment(amendment), Stance.RED_LINE,
                    "said so twice");
            ws.write(data.negotiation().id(), Instant.EPOCH, "Record position", w -> w.putPosition(p));

            assertThat(ws.loadNegotiation(data.negotiation().id()).positions()).isEqualTo(List.of(p));
            assertThat(ws.changesSince(data.negotiation().id(), Instant.EPOCH)).hasSize(1);
        }
    }

    @Test
    void olderWorkspacesWithAgreedFigures_keepTheFigureTheTalksStartedFrom_asData() throws Exception {
        for (String resource : List.of("workspace-v1.parley", "workspace-v2.parley")) {
            Path file = OldWorkspaces.copyOf(dir, resource);
            // What earlier versions wrote: the figure before any agreement at the end of the source.
            TestFiles.executeRaw(file,
                    "DELETE FROM mission_baseline WHERE baseline = 'CURRENT'",
                    "DELETE FROM line_baseline WHERE baseline = 'CURRENT'",
                    "INSERT INTO mission_baseline SELECT id, negotiation_id, 'CURRENT', 1107555000,"
                            + " 'after compromise ''−25%, from $5 up'' agreed ad ref, from $1,110,000,000', 0"
                            + " FROM mission WHERE code = 'MONUSCO'",
                    "INSERT INTO line_baseline SELECT l.id, l.negotiation_id, 'CURRENT', 0,"
                            + " 'after compromise ''all of it'' no longer agreed ad ref, from $9,780,000', 1"
                            + " FROM budget_line l JOIN mission m ON m.id = l.mission_id"
                            + " WHERE m.code = 'MONUSCO' AND l.name = 'Human rights'",
                    "INSERT INTO mission_baseline SELECT id, negotiation_id, 'CURRENT', 12,"
                            + " 'A/72/789, from $12', 0 FROM mission WHERE code = 'UNMISS'",
                    "INSERT INTO mission_baseline SELECT id, negotiation_id, 'CURRENT', 7,"
                            + " 'after compromise ''x'' agreed ad ref, from $', 0 FROM mission WHERE code = 'UNIFIL'");

            try (Workspace ws = Workspace.open(file)) {
                NegotiationData data = ws.loadNegotiation(ws.negotiations().list().get(0).id());
                Mission monusco = data.missionByCode("MONUSCO").orElseThrow();
                assertThat(current(monusco.baselines()).agreed()).as(resource)
                        .isEqualTo(new Figure.Agreed(1_110_000_000L, 1_107_555_000L));
                BudgetLine hr = monusco.lines().stream().filter(l -> l.name().equals("Human rights")).findFirst()
                        .orElseThrow();
                assertThat(current(hr.baselines()).agreed()).as(resource).isEqualTo(new Figure.Agreed(9_780_000L, 0));
                assertThat(current(data.missionByCode("UNMISS").orElseThrow().baselines()).agreed()).isNull();
                assertThat(current(data.missionByCode("UNIFIL").orElseThrow().baselines()).agreed()).isNull();
            }
        }
    }

    @Test
    void version4Workspace_gainsTheViewStateTable_keepingItsData() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v4.parley");
        assertThat(tableNames(file)).doesNotContain("view_state");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            Negotiation n = ws.negotiations().list().get(0);
            NegotiationData data = ws.loadNegotiation(n.id());
            NegotiationData sample = NegotiationJson.readSample();
            assertThat(data.missions()).hasSameSizeAs(sample.missions());
            assertThat(data.proposals()).hasSameSizeAs(sample.proposals());
            assertThat(data.postCount()).isEqualTo(sample.postCount());
            String check = ws.inTransaction(c -> Sql.pragmaText(c, "quick_check"));
            assertThat(check).isEqualTo("ok");
        }
        assertThat(tableNames(file)).contains("view_state");
        assertThat(PlainSqlite.read(file, "SELECT count(*) FROM view_state")).isEqualTo("0");
        assertThat(PlainSqlite.read(file, "SELECT count(*) FROM change_log")).as("the migration is no change of the talks")
                .isEqualTo(PlainSqlite.read(OldWorkspaces.copyOf(dir, "workspace-v4.parley"), "SELECT count(*) FROM change_log"));
    }

    @Test
    void olderWorkspaces_renameTheirEventKinds_andKnowEveryFactAllAlong() throws Exception {
        for (String resource : List.of("workspace-v1.parley", "workspace-v2.parley", "workspace-v4.parley")) {
            Path file = OldWorkspaces.copyOf(dir, resource);
            assertThat(PlainSqlite.read(file, "SELECT count(*) FROM timeline_event WHERE kind = 'INFORMAL_CONSULTATION'"))
                    .as(resource + " holds the old name").isNotEqualTo("0");

            try (Workspace ws = Workspace.open(file)) {
                NegotiationData data = ws.loadNegotiation(ws.negotiations().list().get(0).id());
                assertThat(data.events()).as(resource).extracting(TimelineEvent::kind)
                        .contains(EventKind.INFORMAL_CONSULTATIONS, EventKind.BILATERAL, EventKind.DEADLINE);
                assertThat(data.events()).as(resource).allSatisfy(e -> {
                    assertThat(e.knownFrom()).isNull();
                    assertThat(e.timing()).isEqualTo(EventTiming.STATED);
                });
                assertThat(data.missions()).as(resource).allSatisfy(m -> assertThat(m.baselines().asMap().values())
                        .allSatisfy(f -> assertThat(f.knownFrom()).isNull()));
            }
            assertThat(PlainSqlite.read(file, "SELECT count(*) FROM timeline_event WHERE kind = 'INFORMAL_CONSULTATION'"))
                    .as(resource + " after the migration").isEqualTo("0");
        }
    }

    @Test
    void aMigratedWorkspace_keepsWhenAFigureAndAnOutcomeBecomeKnown() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v4.parley");
        Instant adoption = Instant.parse("2018-07-06T02:00:00Z");
        try (Workspace ws = Workspace.open(file)) {
            long id = ws.negotiations().list().get(0).id();
            NegotiationData data = ws.loadNegotiation(id);
            Mission m = data.missions().get(0);
            Mission known = new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(),
                    m.baselines().with(Baseline.FINAL, Figure.sourced(1_000_000, "GA/12039").withKnownFrom(adoption)),
                    m.lines(), m.notes());
            TimelineEvent e = data.events().get(0);
            TimelineEvent outcome = new TimelineEvent(e.id(), e.at(), e.title(), EventKind.PLENARY, e.description(),
                    e.provenance(), e.missionIds(), e.proposalIds(), EventTiming.HOUR_ILLUSTRATIVE, e.at());
            ws.write(id, Instant.EPOCH, "Known from", w -> {
                w.putMission(known, 0);
                w.putEvent(outcome, 0);
            });
        }
        try (Workspace ws = Workspace.open(file)) {
            NegotiationData data = ws.loadNegotiation(ws.negotiations().list().get(0).id());
            assertThat(data.missions().get(0).baselines().get(Baseline.FINAL).orElseThrow().knownFrom())
                    .isEqualTo(adoption);
            TimelineEvent e = data.events().get(0);
            assertThat(e.kind()).isEqualTo(EventKind.PLENARY);
            assertThat(e.timing()).isEqualTo(EventTiming.HOUR_ILLUSTRATIVE);
            assertThat(e.knownFrom()).isEqualTo(e.at());
        }
    }

    private static List<String> tableNames(Path file) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Figure current(Baselines b) {
        return b.get(Baseline.CURRENT).orElseThrow();
    }
}
