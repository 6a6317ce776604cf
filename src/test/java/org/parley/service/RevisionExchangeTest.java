package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.Amendment;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.store.Workspace;

/**
 * A revision's link in JSON (decision 0023): the optional field {@code revises}, absent for a
 * proposal that revises none (and in every file from before revisions), kept through export and
 * import by both ways in (a whole read and a streamed import), and named where it is wrong.
 */
class RevisionExchangeTest {

    @TempDir
    Path dir;

    /** The sample with RU's proposal revised: Rev.1 right after it, its first amendment dropped. */
    private static NegotiationData sampleWithRev1() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Proposal ru = sample.proposals().get(0);
        long next = 1_000;
        List<Amendment> copies = new ArrayList<>();
        for (Amendment a : ru.amendments().subList(1, ru.amendments().size())) {
            copies.add(new Amendment(next++, a.target(), a.kind(), a.value(), a.rationale(), a.provenance()));
        }
        Proposal rev = new Proposal(next, ru.delegationId(), ru.title() + " (Rev.1)",
                Instant.parse("2018-06-27T14:00:00Z"), ProposalStatus.REVISED, Provenance.sourced("A/C.5/72/L.9/Rev.1"),
                copies, ru.id());
        List<Proposal> proposals = new ArrayList<>(sample.proposals());
        proposals.add(1, rev);
        return sample.withProposals(proposals);
    }

    @Test
    void aRevision_isWrittenWithTheKeyOfWhatItRevises_andComesBackThroughStoreExportAndImport() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        NegotiationData imported;
        try (Workspace a = Workspace.open(dir.resolve("a.parley"));
             Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            Exchange.exportNegotiation(a, a.insertNegotiation(sampleWithRev1()), first);
            List<Long> ids = Exchange.importAsNew(b, first);
            imported = b.loadNegotiation(ids.get(0));
            Exchange.exportNegotiation(b, ids.get(0), second);
        }

        String json = Files.readString(first);
        assertThat(json).containsOnlyOnce("\"revises\"").contains("\"revises\": \"RU-1\"");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(SchemaValidator.parley("parley-negotiation-3.schema.json").problems(json)).isEmpty();
        Proposal original = imported.proposals().get(0);
        Proposal rev = imported.proposals().get(1);
        assertThat(rev.title()).endsWith("(Rev.1)");
        assertThat(rev.revisesId()).isEqualTo(original.id());
        assertThat(imported.isSuperseded(original.id())).isTrue();
        NegotiationData read = NegotiationJson.read(first);
        assertThat(read.proposals().get(1).revisesId()).isEqualTo(read.proposals().get(0).id());
    }

    @Test
    void aFileWithoutTheField_revisesNothing_andAnExportWithoutRevisionsHasNoSuchField() throws Exception {
        NegotiationData sample = NegotiationJson.readSample(); // a version-2 file from before revisions

        assertThat(sample.proposals()).allSatisfy(p -> assertThat(p.revisesId()).isNull());
        assertThat(new String(NegotiationJsonWriter.write(sample), StandardCharsets.UTF_8)).doesNotContain("revises");
    }

    @Test
    void revisesNamingNoProposalBeforeIt_isRefusedAtItsPlace_inBothWaysIn() throws Exception {
        String json = new String(NegotiationJsonWriter.write(sampleWithRev1()), StandardCharsets.UTF_8);
        for (String wrong : List.of("nobody", "RU-2", "CN-1")) {
            String bad = json.replace("\"revises\": \"RU-1\"", "\"revises\": \"" + wrong + "\"");
            Path file = dir.resolve("bad-" + wrong + ".json");
            Files.writeString(file, bad);

            ImportException whole = catchThrowableOfType(ImportException.class, () -> NegotiationJson.read(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.json"));
            assertThat(whole).as(wrong).isNotNull();
            assertThat(whole.getMessage()).as(wrong).contains("$.proposals[1].revises")
                    .contains("revises \"" + wrong + "\", which is not a proposal listed before it");
            try (Workspace w = Workspace.open(dir.resolve("w-" + wrong + ".parley"))) {
                Exception streamed = catchThrowableOfType(Exception.class, () -> Exchange.importAsNew(w, file));
                assertThat(streamed).as(wrong).isNotNull();
                assertThat(streamed.getMessage()).as(wrong).contains("$.proposals[1].revises")
                        .contains("which is not a proposal listed before it");
                assertThat(w.negotiations().list()).isEmpty();
            }
        }
    }

    @Test
    void aSecondRevisionOfTheSameProposal_isRefusedAtItsPlace() throws Exception {
        String json = new String(NegotiationJsonWriter.write(sampleWithRev1()), StandardCharsets.UTF_8);
        // CN's proposal made a revision of RU-1 too: another delegation, and RU-1 is revised already.
        String bad = json.replaceFirst("(\"key\": \"CN-1\",\\s*\"delegation\": \"CN\",)",
                "\"key\": \"CN-1\", \"delegation\": \"RU\", \"revises\": \"RU-1\",");
        assertThat(bad).isNotEqualTo(json);

        ImportException e = catchThrowableOfType(ImportException.class, () -> NegotiationJson.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.json"));

        assertThat(e.getMessage()).contains("$.proposals[2].revises")
                .contains("revises \"RU-1\", which is already revised (at $.proposals[1].revises)");
    }
}
