package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * A workspace of schema version 7 (checked in, made by the Parley of that version: {@code parley
 * import} of the sample of the time) gains allocated top-line cuts (version 8, decision 0025):
 * every amendment is unallocated after the step, and the file then stores each rule, the by-hand
 * amounts in their order, and drops them with their amendment.
 */
class AllocationMigrationTest {

    @TempDir
    Path dir;

    @Test
    void version7Workspace_everyAmendmentUnallocated_thenStoresEachRule() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v7.parley");
        assertThat(OldWorkspaces.firstValue(file, "PRAGMA user_version")).isEqualTo("7");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_table_info('amendment') WHERE name = 'allocation_rule'"))
                .isEqualTo("0");
        String changes = OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            Negotiation n = ws.negotiations().list().get(0);
            NegotiationData data = ws.loadNegotiation(n.id());
            assertThat(data.proposals()).flatExtracting(Proposal::amendments)
                    .allSatisfy(a -> assertThat(a.allocation()).isEqualTo(Allocation.NONE));
            Proposal us = data.proposals().stream()
                    .filter(p -> p.amendments().stream().anyMatch(a -> a.kind() == AmendmentKind.TOPLINE_CUT))
                    .findFirst().orElseThrow();
            Amendment topLine = us.amendments().get(0);
            int position = data.proposals().indexOf(us);

            Proposal proRata = withAllocation(us, topLine.withAllocation(Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
            ws.write(n.id(), Instant.EPOCH, "Allocate", w -> w.putProposal(us, proRata, position));
            assertThat(ws.loadNegotiation(n.id()).amendment(topLine.id()).orElseThrow().allocation())
                    .isEqualTo(Allocation.proRata(Baseline.ACABQ_RECOMMENDED));

            List<Mission> missions = data.missions();
            Map<Long, Long> parts = new LinkedHashMap<>();
            parts.put(missions.get(3).id(), 100_000_000L); // in this order, not the missions'
            parts.put(missions.get(0).id(), 29_000_000L);
            Proposal byHand = withAllocation(us, topLine.withAllocation(Allocation.byHand(parts)));
            ws.write(n.id(), Instant.EPOCH, "By hand", w -> w.putProposal(proRata, byHand, position));
            Allocation read = ws.loadNegotiation(n.id()).amendment(topLine.id()).orElseThrow().allocation();
            assertThat(read).isEqualTo(Allocation.byHand(parts));
            assertThat(read.parts().keySet()).containsExactly(missions.get(3).id(), missions.get(0).id());

            Proposal none = withAllocation(us, topLine.withAllocation(Allocation.NONE));
            ws.write(n.id(), Instant.EPOCH, "Unallocate", w -> w.putProposal(byHand, none, position));
            assertThat(ws.loadNegotiation(n.id()).amendment(topLine.id()).orElseThrow().allocation())
                    .isEqualTo(Allocation.NONE);
            String check = ws.inTransaction(c -> Sql.pragmaText(c, "quick_check"));
            assertThat(check).isEqualTo("ok");
        }
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM amendment_allocation")).isEqualTo("0");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
        assertThat(Integer.parseInt(OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log")))
                .as("the migration is no change of the talks; the three gestures are").isEqualTo(Integer.parseInt(changes) + 3);
    }

    @Test
    void theFileItselfRefusesAProRataRuleWithoutItsBaseline() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v7.parley");
        try (Workspace ws = Workspace.open(file)) {
            ws.negotiations().list();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "UPDATE amendment SET allocation_rule = 'PRO_RATA' WHERE kind = 'TOPLINE_CUT'"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }

    private static Proposal withAllocation(Proposal p, Amendment a) {
        return new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(), p.provenance(),
                List.of(a), p.revisesId());
    }
}
