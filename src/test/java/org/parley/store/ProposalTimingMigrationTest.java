package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventTiming;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * A workspace of schema version 9 (checked in, made by the Parley of that version: {@code parley
 * import} of the sample of the time) gains a proposal's tabling-time {@code timing} (version 10,
 * decision 0027): every proposal as recorded after the step, as it printed then; the file then
 * stores each value, and refuses one it does not know.
 */
class ProposalTimingMigrationTest {

    @TempDir
    Path dir;

    @Test
    void version9Workspace_everyProposalAsRecorded_thenStoresEachTiming() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v9.parley");
        assertThat(OldWorkspaces.firstValue(file, "PRAGMA user_version")).isEqualTo("9");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_table_info('proposal') WHERE name = 'timing'"))
                .isEqualTo("0");
        String changes = OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            Negotiation n = ws.negotiations().list().get(0);
            NegotiationData data = ws.loadNegotiation(n.id());
            assertThat(data.proposals()).hasSize(3)
                    .allSatisfy(p -> assertThat(p.timing()).isEqualTo(EventTiming.STATED));

            Proposal ru = data.proposals().get(0);
            Proposal chosen = ru.withTiming(EventTiming.DATE_ILLUSTRATIVE);
            ws.write(n.id(), Instant.EPOCH, "Date chosen", w -> w.putProposal(ru, chosen, 0));
            assertThat(ws.loadNegotiation(n.id()).proposal(ru.id()).orElseThrow().timing())
                    .isEqualTo(EventTiming.DATE_ILLUSTRATIVE);
            Proposal hour = chosen.withTiming(EventTiming.HOUR_ILLUSTRATIVE);
            ws.write(n.id(), Instant.EPOCH, "Hour chosen", w -> w.putProposal(chosen, hour, 0));
            assertThat(ws.loadNegotiation(n.id()).proposal(ru.id()).orElseThrow()).isEqualTo(hour);
            String check = ws.inTransaction(c -> Sql.pragmaText(c, "quick_check"));
            assertThat(check).isEqualTo("ok");
        }
        assertThat(OldWorkspaces.firstValue(file, "SELECT group_concat(timing, ',') FROM (SELECT timing FROM proposal ORDER BY position)"))
                .isEqualTo("HOUR_ILLUSTRATIVE,STATED,STATED");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
        assertThat(Integer.parseInt(OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log")))
                .as("the migration is no change of the talks; the two writes are").isEqualTo(Integer.parseInt(changes) + 2);
    }

    @Test
    void theFileItselfRefusesATimingItDoesNotKnow() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v9.parley");
        try (Workspace ws = Workspace.open(file)) {
            ws.negotiations().list();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE proposal SET timing = 'LATE_JUNE'"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }
}
