package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.MinimalDocument.errorOf;
import static org.parley.io.MinimalDocument.read;
import static org.parley.io.MinimalDocument.with;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.Baseline;
import org.parley.model.NegotiationData;

/**
 * A top-line cut's allocation in JSON (decision 0025): an optional field, absent meaning
 * unallocated; read the same by a single document and by a whole-workspace export, written
 * back only when allocated; a bad one refused where it stands.
 */
class AllocationJsonTest {

    private static final String TOP_LINE = "{\"kind\": \"TOPLINE_CUT\", \"usd\": 129000000, \"provenance\": {\"illustrative\": true}}";

    @TempDir
    Path dir;

    private static String allocated(String allocation) {
        return with(TOP_LINE, "{\"kind\": \"TOPLINE_CUT\", \"usd\": 129000000, \"provenance\": {\"illustrative\": true},"
                + " \"allocation\": " + allocation + "}");
    }

    private static Amendment topLine(NegotiationData data) {
        return data.proposals().get(0).amendments().get(2);
    }

    @Test
    void byHand_roundTrips_throughTheWriterAndBothReaders_inItsOrder() throws Exception {
        NegotiationData data = read(allocated("{\"rule\": \"BY_HAND\", \"parts\": [{\"mission\": \"UNISFA\","
                + " \"usd\": 29000000}, {\"mission\": \"MONUSCO\", \"usd\": 100000000}]}"));
        long monusco = data.missionByCode("MONUSCO").orElseThrow().id();
        long unisfa = data.missionByCode("UNISFA").orElseThrow().id();

        Allocation a = topLine(data).allocation();
        assertThat(a.parts()).containsExactly(java.util.Map.entry(unisfa, 29_000_000L),
                java.util.Map.entry(monusco, 100_000_000L));

        byte[] written = NegotiationJsonWriter.write(data);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"rule\": \"BY_HAND\"")
                .contains("\"mission\": \"UNISFA\"");
        NegotiationData again = NegotiationJson.read(new ByteArrayInputStream(written), "again.json");
        assertThat(topLine(again)).isEqualTo(topLine(data));

        Path workspace = dir.resolve("workspace.json");
        Files.write(workspace, NegotiationJsonWriter.writeWorkspace(List.of(data, data)));
        List<NegotiationData> both = NegotiationJson.readDocuments(workspace);
        assertThat(both).allSatisfy(n -> assertThat(topLine(n)).isEqualTo(topLine(data)));
    }

    @Test
    void proRataAndAcabqReductions_roundTrip() throws Exception {
        for (Allocation expected : List.of(Allocation.proRata(Baseline.ACABQ_RECOMMENDED), Allocation.acabqReductions())) {
            String json = expected.baseline() == null ? "{\"rule\": \"ACABQ_REDUCTIONS\"}"
                    : "{\"rule\": \"PRO_RATA\", \"baseline\": \"acabqRecommended\"}";
            NegotiationData data = read(allocated(json));
            assertThat(topLine(data).allocation()).isEqualTo(expected);
            byte[] written = NegotiationJsonWriter.write(data);
            assertThat(topLine(NegotiationJson.read(new ByteArrayInputStream(written), "again.json")).allocation())
                    .isEqualTo(expected);
        }
    }

    @Test
    void withoutTheField_theCutIsUnallocated_andNothingIsWritten() throws Exception {
        NegotiationData data = read(MinimalDocument.JSON);

        assertThat(topLine(data).allocation()).isEqualTo(Allocation.NONE);
        assertThat(new String(NegotiationJsonWriter.write(data), StandardCharsets.UTF_8)).doesNotContain("allocation");
    }

    @Test
    void badAllocations_areRefusedSayingWhatAndWhere() {
        String at = "test.json: $.proposals[0].amendments[2]";
        assertThat(errorOf(allocated("{\"rule\": \"PRORATA\"}")))
                .startsWith(at + ".allocation.rule: \"PRORATA\" is not one of NONE, PRO_RATA, ACABQ_REDUCTIONS, BY_HAND");
        assertThat(errorOf(allocated("{\"rule\": \"BY_HAND\", \"parts\": [{\"mission\": \"MONUSCO\", \"usd\": 100000000},"
                + " {\"mission\": \"UNISFA\", \"usd\": 28000000}]}")))
                .isEqualTo(at + ": top-line cut: the amounts allocated by hand add up to $128,000,000, not the cut's"
                        + " $129,000,000");
        assertThat(errorOf(allocated("{\"rule\": \"BY_HAND\", \"parts\": [{\"mission\": \"MONUSCO\", \"usd\": 100000000},"
                + " {\"mission\": \"UNAMID\", \"usd\": 29000000}]}")))
                .startsWith(at + ".allocation.parts[1].mission: ").contains("UNAMID");
        assertThat(errorOf(allocated("{\"rule\": \"PRO_RATA\"}")))
                .isEqualTo(at + ".allocation: allocation pro rata: needs the baseline it is proportional to");
        assertThat(errorOf(allocated("{\"rule\": \"PRO_RATA\", \"baseline\": \"ACABQ\"}")))
                .startsWith(at + ".allocation.baseline: \"ACABQ\" is not one of priorApproved, sgProposed");
        String onAPercentCut = with("\"percent\": \"50\", \"provenance\": {\"source\": \"Foreign Policy\"}}",
                "\"percent\": \"50\", \"provenance\": {\"source\": \"Foreign Policy\"}, \"allocation\": {\"rule\": \"ACABQ_REDUCTIONS\"}}");
        assertThat(errorOf(onAPercentCut)).isEqualTo("test.json: $.proposals[0].amendments[0].allocation: only a"
                + " top-line cut is allocated to missions, not a percent cut");
    }
}
