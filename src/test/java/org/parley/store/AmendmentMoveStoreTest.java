package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;

/**
 * Moving an amendment, within its proposal or to another, updates its row in place: the id is
 * kept and nothing is deleted, so a row that references it survives, even one in a table that
 * cascades from {@code amendment} (none does today; the test adds one, and a trigger that
 * records every delete). The proposals are written in the order that used to delete the row.
 */
class AmendmentMoveStoreTest {

    @TempDir
    Path dir;

    @Test
    void movingAnAmendmentToAnotherProposal_updatesItsRowInPlace_andEverythingThatNamesItSurvives()
            throws Exception {
        Path file = dir.resolve("w.parley");
        NegotiationData stored = stored(file);
        Proposal from = stored.proposals().get(0);
        Proposal to = stored.proposals().get(1);
        Amendment a = from.amendments().get(0);
        watch(file, a.id());

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "foreign_keys")).isEqualTo(1);
            List<Amendment> left = new ArrayList<>(from.amendments());
            left.remove(0);
            List<Amendment> took = new ArrayList<>(to.amendments());
            took.add(1, a);
            ws.write(stored.negotiation().id(), Instant.EPOCH, "Move", w -> {
                w.putProposal(from, with(from, left), 0);
                w.putProposal(to, with(to, took), 1);
            });

            NegotiationData after = ws.loadNegotiation(stored.negotiation().id());
            assertThat(after.proposals().get(1).amendments().get(1)).isEqualTo(a);
            assertThat(after.proposals().get(0).amendments()).doesNotContain(a);
            assertSurvived(file, after, stored, a.id());
        }
    }

    @Test
    void reorderingAnAmendmentInItsProposal_updatesItsRowInPlace() throws Exception {
        Path file = dir.resolve("w.parley");
        NegotiationData stored = stored(file);
        Proposal p = stored.proposals().get(0);
        Amendment a = p.amendments().get(0);
        watch(file, a.id());

        try (Workspace ws = Workspace.open(file)) {
            List<Amendment> order = new ArrayList<>(p.amendments());
            order.add(order.remove(0));
            ws.write(stored.negotiation().id(), Instant.EPOCH, "Reorder", w -> w.putProposal(p, with(p, order), 0));

            NegotiationData after = ws.loadNegotiation(stored.negotiation().id());
            assertThat(after.proposals().get(0).amendments()).containsExactlyElementsOf(order);
            assertSurvived(file, after, stored, a.id());
        }
    }

    /** The sample with a position, our line, compromise and scenario entry on RU's first amendment. */
    private static NegotiationData stored(Path file) throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Proposal ru = sample.proposals().get(0);
        Amendment a = ru.amendments().get(0);
        long eu = sample.delegations().stream().filter(d -> d.code().equals("EU")).findFirst().orElseThrow().id();
        NegotiationData data = sample
                .withPositions(List.of(new Position(eu, Item.amendment(a.id()), Stance.OPPOSES, "in informals")))
                .withOurLines(List.of(new OurLine(Item.amendment(a.id()), "no cut", "−10%")))
                .withCompromises(List.of(new Compromise(900, a.id(), "half", 2500, "the coordinator",
                        Instant.parse("2018-06-26T15:00:00Z"), CompromiseStatus.FLOATED)))
                .withScenarios(List.of(new Scenario(77, "B", 1, List.of(ScenarioItem.compromise(900, Share.WHOLE)))));
        try (Workspace ws = Workspace.open(file)) {
            return ws.loadNegotiation(ws.insertNegotiation(data));
        }
    }

    private static void watch(Path file, long amendmentId) throws Exception {
        TestFiles.executeRaw(file,
                "CREATE TABLE amendment_watch (amendment_id INTEGER NOT NULL REFERENCES amendment (id)"
                        + " ON DELETE CASCADE) STRICT",
                "INSERT INTO amendment_watch VALUES (" + amendmentId + ")",
                "CREATE TABLE amendment_deleted (id INTEGER NOT NULL) STRICT",
                "CREATE TRIGGER amendment_deleted AFTER DELETE ON amendment"
                        + " BEGIN INSERT INTO amendment_deleted VALUES (old.id); END");
    }

    private static void assertSurvived(Path file, NegotiationData after, NegotiationData before, long amendmentId)
            throws Exception {
        assertThat(rows(file, "SELECT id FROM amendment_deleted")).isEmpty();
        assertThat(rows(file, "SELECT amendment_id FROM amendment_watch"))
                .containsExactly(String.valueOf(amendmentId));
        assertThat(after.positions()).isEqualTo(before.positions());
        assertThat(after.ourLines()).isEqualTo(before.ourLines());
        assertThat(after.compromises()).isEqualTo(before.compromises());
        assertThat(after.scenarios()).isEqualTo(before.scenarios());
        assertThat(after.compromises().get(0).amendmentId()).isEqualTo(amendmentId);
    }

    private static List<String> rows(Path file, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static Proposal with(Proposal p, List<Amendment> amendments) {
        return new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(), p.provenance(), amendments);
    }
}
