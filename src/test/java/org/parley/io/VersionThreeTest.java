package org.parley.io;

import org.junit.jupiter.api.Test;
import org.parley.model.Baseline;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.NegotiationData;
import org.parley.model.TimelineEvent;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.MinimalDocument.errorOf;
import static org.parley.io.MinimalDocument.read;
import static org.parley.io.MinimalDocument.with;

/**
 * Format version 3 (decision 0024): the Fifth Committee's event kinds, an event's timing and
 * "known from" on events and figures. Parley 3 reads the files Parley wrote before, keeps no
 * half-versions, and writes version 3.
 */
class VersionThreeTest {

    /** A real export of Parley before version 3: the sample with its deliberations, as `parley export` wrote it. */
    private static final String VERSION_2_FILE = "/org/parley/io/negotiation-2018-v2.json";

    private static NegotiationData readVersion2File() throws Exception {
        try (InputStream in = VersionThreeTest.class.getResourceAsStream(VERSION_2_FILE)) {
            assertThat(in).as(VERSION_2_FILE).isNotNull();
            return NegotiationJson.read(in, "negotiation-2018-v2.json");
        }
    }

    @Test
    void aVersion2File_isReadWithItsOldEventKindsRenamed_andEveryFactKnownAllAlong() throws Exception {
        try (InputStream in = VersionThreeTest.class.getResourceAsStream(VERSION_2_FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"version\": 2").contains("\"INFORMAL_CONSULTATION\"");
        }

        NegotiationData data = readVersion2File();

        assertThat(data.events()).extracting(TimelineEvent::kind)
                .contains(EventKind.INFORMAL_CONSULTATIONS, EventKind.BILATERAL, EventKind.DEADLINE,
                        EventKind.DOCUMENT_ISSUED, EventKind.EXTERNAL_EVENT);
        assertThat(data.events()).allSatisfy(e -> {
            assertThat(e.timing()).isEqualTo(EventTiming.STATED);
            assertThat(e.knownFrom()).isNull();
        });
        assertThat(data.missions()).allSatisfy(m -> assertThat(m.baselines().asMap().values())
                .allSatisfy(f -> assertThat(f.knownFrom()).isNull()));
        assertThat(data.missions()).hasSize(16);
        assertThat(data.proposals()).hasSize(3);
    }

    @Test
    void aVersion2File_isWrittenBackAsVersion3_andReadsTheSame() throws Exception {
        NegotiationData data = readVersion2File();

        byte[] written = NegotiationJsonWriter.write(data);
        String text = new String(written, StandardCharsets.UTF_8);

        assertThat(text).contains("\"version\": 3").contains("\"INFORMAL_CONSULTATIONS\"")
                .doesNotContain("\"INFORMAL_CONSULTATION\"");
        NegotiationData again = NegotiationJson.read(new java.io.ByteArrayInputStream(written), "again.json");
        assertThat(again.events()).isEqualTo(data.events());
        assertThat(again.missions()).isEqualTo(data.missions());
    }

    @Test
    void theSample_isVersion3_withOutcomesAndFinalFiguresKnownFromTheAdoption() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Instant adoption = Instant.parse("2018-07-06T02:00:00Z"); // 5 July 22:00 New York

        TimelineEvent adopts = sample.events().stream()
                .filter(e -> e.title().startsWith("General Assembly adopts")).findFirst().orElseThrow();
        assertThat(adopts.kind()).isEqualTo(EventKind.PLENARY);
        assertThat(adopts.knownFrom()).isEqualTo(adoption);
        assertThat(adopts.timing()).isEqualTo(EventTiming.HOUR_ILLUSTRATIVE);
        assertThat(adopts.missionIds()).hasSize(sample.missions().size());
        assertThat(sample.missionByCode("MONUSCO").orElseThrow().baselines().get(Baseline.FINAL).orElseThrow()
                .knownFrom()).isEqualTo(adoption);
        TimelineEvent agreed = sample.events().stream()
                .filter(e -> e.title().equals("Budgets and reform package agreed")).findFirst().orElseThrow();
        assertThat(agreed.kind()).isEqualTo(EventKind.INFORMAL_CONSULTATIONS);
        assertThat(agreed.knownFrom()).isEqualTo(agreed.at());
    }

    @Test
    void aVersion3KindInAnOlderFile_isRefusedSayingWhichVersionItNeeds() {
        String json = with("\"kind\": \"DOCUMENT_ISSUED\"", "\"kind\": \"PLENARY\"");

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].kind: \"PLENARY\" is not one of "
                + "INFORMAL_CONSULTATION, BILATERAL").contains("need \"version\": 3");
    }

    @Test
    void anOldKindInAVersion3File_isRefused() {
        String json = version3(with("\"kind\": \"DOCUMENT_ISSUED\"", "\"kind\": \"INFORMAL_CONSULTATION\""));

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].kind: \"INFORMAL_CONSULTATION\" is not one of "
                + "FORMAL_MEETING, INFORMAL_CONSULTATIONS, INFORMAL_INFORMALS");
    }

    @Test
    void knownFromAndTimingInAnOlderFile_areRefusedAsNewInVersion3() {
        String event = with("\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"]}",
                "\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"], \"knownFrom\": \"2018-05-15T10:00:00-04:00\"}");
        String timing = with("\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"]}",
                "\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"], \"timing\": \"HOUR_ILLUSTRATIVE\"}");
        String figure = with("{\"usd\": 1000000, \"source\": \"A/72/784\"}",
                "{\"usd\": 1000000, \"source\": \"A/72/784\", \"knownFrom\": \"2018-07-05T22:00:00-04:00\"}");

        assertThat(errorOf(event)).isEqualTo("test.json: $.events[0].knownFrom: is new in version 3; this document"
                + " says an older \"version\"");
        assertThat(errorOf(timing)).startsWith("test.json: $.events[0].timing: is new in version 3");
        assertThat(errorOf(figure)).startsWith("test.json: $.missions[0].baselines.sgProposed.knownFrom: is new in"
                + " version 3");
    }

    @Test
    void aVersion3File_carriesTimingAndKnownFrom() throws Exception {
        String json = version3(with("\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"]}",
                "\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"], \"timing\": \"HOUR_ILLUSTRATIVE\","
                        + " \"knownFrom\": \"2018-05-15T12:00:00-04:00\"}")
                .replace("{\"usd\": 1000000, \"source\": \"A/72/784\"}",
                        "{\"usd\": 1000000, \"source\": \"A/72/784\", \"knownFrom\": \"2018-07-05T22:00:00-04:00\"}"));

        NegotiationData data = read(json);

        TimelineEvent e = data.events().get(0);
        assertThat(e.timing()).isEqualTo(EventTiming.HOUR_ILLUSTRATIVE);
        assertThat(e.knownFrom()).isEqualTo(Instant.parse("2018-05-15T16:00:00Z"));
        assertThat(e.knownAt(Instant.parse("2018-05-15T15:00:00Z"))).isFalse();
        assertThat(data.missions().get(0).baselines().get(Baseline.SG_PROPOSED).orElseThrow().knownFrom())
                .isEqualTo(Instant.parse("2018-07-06T02:00:00Z"));
    }

    @Test
    void anOutcomeKnownBeforeItHappens_isRefusedAtItsPlace() {
        String json = version3(with("\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"]}",
                "\"missions\": [\"UNISFA\"], \"proposals\": [\"ru\"], \"knownFrom\": \"2018-05-14T10:00:00-04:00\"}"));

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].knownFrom: must not be before the event's");
    }

    @Test
    void aNewerVersion_isRefusedNamingTheNewestThisParleyReads() {
        assertThat(errorOf(with("\"version\": 1", "\"version\": 4")))
                .isEqualTo("test.json: $.version: version 4 is newer than this Parley supports (3); update Parley to"
                        + " read it");
    }

    /** The minimal document as version 3: the four lists version 2 made required, and the version. */
    private static String version3(String json) {
        return json.replace("\"version\": 1", "\"version\": 3")
                .replace("\"events\": [", "\"positions\": [], \"ourLines\": [], \"compromises\": [], \"scenarios\": [],"
                        + " \"events\": [");
    }
}
