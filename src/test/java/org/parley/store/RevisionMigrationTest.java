package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.model.Negotiation;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;

/**
 * A workspace of schema version 5 (checked in, made by the Parley of that version from the
 * sample) gains the revision link (decision 0023): every proposal revises none, nothing else
 * changes, and the file then stores a revision.
 */
class RevisionMigrationTest {

    @TempDir
    Path dir;

    @Test
    void version5Workspace_gainsTheRevisionLink_withNoProposalRevised_andThenStoresARevision() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v5.parley");
        assertThat(OldWorkspaces.firstValue(file, "PRAGMA user_version")).isEqualTo("5");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_table_info('proposal') WHERE name = 'revises_id'"))
                .isEqualTo("0");
        String changes = OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION);
            Negotiation n = ws.negotiations().list().get(0);
            NegotiationData data = ws.loadNegotiation(n.id());
            NegotiationData sample = NegotiationJson.readSample();
            assertThat(data.proposals()).hasSameSizeAs(sample.proposals());
            assertThat(data.proposals()).allSatisfy(p -> {
                assertThat(p.revisesId()).isNull();
                assertThat(data.isSuperseded(p.id())).isFalse();
            });

            Proposal ru = data.proposals().get(0);
            long id = ws.newIds().next(NewIds.Kind.PROPOSAL);
            Proposal rev = new Proposal(id, ru.delegationId(), ru.title() + " (Rev.1)", ru.tabledAt().plusSeconds(86_400),
                    ProposalStatus.REVISED, Provenance.UNSOURCED, java.util.List.of(), ru.id());
            ws.write(n.id(), Instant.EPOCH, "Revise", w -> w.putProposal(null, rev, 1));

            NegotiationData after = ws.loadNegotiation(n.id());
            assertThat(after.proposal(id).orElseThrow().revisesId()).isEqualTo(ru.id());
            assertThat(after.isSuperseded(ru.id())).isTrue();
            String check = ws.inTransaction(c -> Sql.pragmaText(c, "quick_check"));
            assertThat(check).isEqualTo("ok");
        }
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM pragma_foreign_key_check")).isEqualTo("0");
        assertThat(Integer.parseInt(OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log")))
                .as("the migration is no change of the talks; the revision is one").isEqualTo(Integer.parseInt(changes) + 1);
    }

    @Test
    void aSecondRevisionOfOneProposal_isRefusedByTheFileItself() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v5.parley");
        try (Workspace ws = Workspace.open(file)) {
            Negotiation n = ws.negotiations().list().get(0);
            Proposal ru = ws.loadNegotiation(n.id()).proposals().get(0);
            Proposal rev1 = revision(ws, ru, 1);
            ws.write(n.id(), Instant.EPOCH, "Revise", w -> w.putProposal(null, rev1, 1));
            Proposal rev2 = revision(ws, ru, 2);
            assertThat(rev2.id()).isNotEqualTo(rev1.id());

            StoreException e = org.assertj.core.api.Assertions.catchThrowableOfType(StoreException.class,
                    () -> ws.write(n.id(), Instant.EPOCH, "Revise again", w -> w.putProposal(null, rev2, 2)));

            assertThat(e).isNotNull();
            assertThat(ws.loadNegotiation(n.id()).proposal(rev2.id())).isEmpty();
        }
    }

    private static Proposal revision(Workspace ws, Proposal of, int n) throws StoreException {
        return new Proposal(ws.newIds().next(NewIds.Kind.PROPOSAL), of.delegationId(), of.title() + " (Rev." + n + ")",
                of.tabledAt().plusSeconds(86_400L * n), ProposalStatus.REVISED, Provenance.UNSOURCED,
                java.util.List.of(), of.id());
    }
}
