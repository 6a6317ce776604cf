package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.model.EventTiming;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.store.Workspace;

/**
 * A proposal's tabling-time {@code timing} in JSON (decision 0027): optional, absent meaning as
 * recorded, kept through store, export and import (both ways in), listed by the schema, and
 * refused where it is wrong or in a file older than version 3.
 */
class TablingTimeExchangeTest {

    @TempDir
    Path dir;

    /** The sample with its three chosen tabling dates, and CN's set to each other value. */
    private static NegotiationData sampleWithEveryTiming() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        List<Proposal> proposals = new ArrayList<>(sample.proposals());
        proposals.set(1, proposals.get(1).withTiming(EventTiming.HOUR_ILLUSTRATIVE));
        proposals.set(2, proposals.get(2).withTiming(EventTiming.STATED));
        return sample.withProposals(proposals);
    }

    @Test
    void theSamplesTablingDates_areChosen_asTheSourcesSayOnlyLateJune() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        assertThat(sample.proposals()).hasSize(3).allSatisfy(p -> {
            assertThat(p.timing()).isEqualTo(EventTiming.DATE_ILLUSTRATIVE);
            assertThat(p.provenance().describe()).contains("late June");
        });
    }

    @Test
    void eachTiming_comesBackThroughStoreExportAndImport_byteForByte_andAsRecordedIsNotWritten() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        NegotiationData imported;
        try (Workspace a = Workspace.open(dir.resolve("a.parley"));
             Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            Exchange.exportNegotiation(a, a.insertNegotiation(sampleWithEveryTiming()), first);
            List<Long> ids = Exchange.importAsNew(b, first);
            imported = b.loadNegotiation(ids.get(0));
            Exchange.exportNegotiation(b, ids.get(0), second);
        }

        assertThat(imported.proposals()).extracting(Proposal::timing).containsExactly(
                EventTiming.DATE_ILLUSTRATIVE, EventTiming.HOUR_ILLUSTRATIVE, EventTiming.STATED);
        String json = Files.readString(first);
        // Events carry timings too: the proposals' own are written right after their status, and
        // the one as recorded (the US's here) has none.
        assertThat(json.split("\"status\": \"OPENING_BID\",\\s*\"timing\"", -1)).hasSize(3);
        assertThat(json.split("\"status\": \"OPENING_BID\",\\s*\"timing\": \"HOUR_ILLUSTRATIVE\"", -1)).hasSize(2);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(SchemaValidator.parley("parley-negotiation-3.schema.json").problems(json)).isEmpty();
        assertThat(NegotiationJson.read(first).proposals()).extracting(Proposal::timing).containsExactly(
                EventTiming.DATE_ILLUSTRATIVE, EventTiming.HOUR_ILLUSTRATIVE, EventTiming.STATED);
    }

    @Test
    void aTimingNoOneKnows_isRefusedAtItsPlace_byTheReaderAndTheSchema() throws Exception {
        String json = new String(NegotiationJsonWriter.write(sampleWithEveryTiming()), StandardCharsets.UTF_8);
        String bad = json.replaceFirst("(\"status\": \"OPENING_BID\",\\s*)\"timing\": \"HOUR_ILLUSTRATIVE\"",
                "$1\"timing\": \"LATE_JUNE\"");
        assertThat(bad).isNotEqualTo(json);

        ImportException e = catchThrowableOfType(ImportException.class, () -> NegotiationJson.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("$.proposals[1].timing");
        assertThat(SchemaValidator.parley("parley-negotiation-3.schema.json").problems(bad))
                .containsExactly("$.proposals[1].timing: does not have a value in the enumeration "
                        + "[\"STATED\", \"HOUR_ILLUSTRATIVE\", \"DATE_ILLUSTRATIVE\"]");
    }

    @Test
    void aProposalsTiming_inAVersion2File_isRefusedAsNewInVersion3() throws Exception {
        // A real version 2 export (decision 0024), its first proposal given a timing.
        String v2 = Files.readString(Path.of("src/test/resources/org/parley/io/negotiation-2018-v2.json"));
        String bad = v2.replaceFirst("(\"status\": \"OPENING_BID\",)", "$1 \"timing\": \"DATE_ILLUSTRATIVE\",");
        assertThat(bad).isNotEqualTo(v2);
        assertThat(NegotiationJson.read(new ByteArrayInputStream(v2.getBytes(StandardCharsets.UTF_8)), "v2.json")
                .proposals()).allSatisfy(p -> assertThat(p.timing()).isEqualTo(EventTiming.STATED));

        ImportException e = catchThrowableOfType(ImportException.class, () -> NegotiationJson.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("$.proposals[0].timing").contains("is new in version 3");
    }
}
