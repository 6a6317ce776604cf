package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.TalkingPoints;

/** Talking points in the version 3 document: optional, written only when there are some, read whole and streamed. */
class TalkingPointsJsonTest {

    @TempDir
    Path dir;

    private static NegotiationData withPoints() throws Exception {
        NegotiationData s = NegotiationJson.readSample();
        Mission m = s.missionByCode("MONUSCO").orElseThrow();
        return s.withTalkingPoints(List.of(new TalkingPoints(m.id(), List.of(
                new TalkingPoints.Version(Instant.parse("2018-06-25T14:00:00Z"), "Hold the SG's level."),
                new TalkingPoints.Version(Instant.parse("2018-06-26T12:30:00Z"), "1. Accept half.\n2. Not the posts.")))));
    }

    private static NegotiationData read(byte[] json) throws ImportException {
        return NegotiationJson.read(new ByteArrayInputStream(json), "test.json");
    }

    private static String errorOf(String json) {
        return catchThrowableOfType(ImportException.class, () -> read(json.getBytes(StandardCharsets.UTF_8)))
                .getMessage();
    }

    @Test
    void talkingPointsAreWrittenAndReadBackWithEveryVersion() throws Exception {
        NegotiationData data = withPoints();

        byte[] written = NegotiationJsonWriter.write(data);

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"talkingPoints\"")
                .contains("\"mission\": \"MONUSCO\"").contains("1. Accept half.\\n2. Not the posts.");
        NegotiationData back = read(written);
        long monusco = back.missionByCode("MONUSCO").orElseThrow().id();
        assertThat(back.talkingPoints(monusco).orElseThrow().versions())
                .isEqualTo(data.talkingPoints().get(0).versions());
        assertThat(NegotiationJsonWriter.write(back)).isEqualTo(written);
    }

    @Test
    void withoutTalkingPoints_theFieldIsLeftOut() throws Exception {
        assertThat(new String(NegotiationJsonWriter.write(NegotiationJson.readSample()), StandardCharsets.UTF_8))
                .doesNotContain("talkingPoints");
    }

    @Test
    void theStreamedImportStoresThemInTheWorkspace() throws Exception {
        Path file = dir.resolve("points.json");
        Files.write(file, NegotiationJsonWriter.write(withPoints()));
        try (org.parley.store.Workspace ws = org.parley.store.Workspace.open(dir.resolve("w.parley"))) {
            long id = org.parley.service.Exchange.importAsNew(ws, file).get(0);
            NegotiationData loaded = ws.loadNegotiation(id);
            long monusco = loaded.missionByCode("MONUSCO").orElseThrow().id();
            assertThat(loaded.talkingPoints(monusco).orElseThrow().latest().text()).isEqualTo("1. Accept half.\n2. Not the posts.");
            assertThat(loaded.talkingPoints(monusco).orElseThrow().versions()).hasSize(2);
        }
    }

    /** The written document as a tree, to break it in one place. */
    private static ObjectNode tree() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(NegotiationJsonWriter.write(withPoints()));
    }

    @Test
    void aSecondEntryForOneMission_isRefusedAtItsPlace() throws Exception {
        ObjectNode doc = tree();
        ArrayNode points = (ArrayNode) doc.get("talkingPoints");
        points.add(points.get(0).deepCopy());

        assertThat(errorOf(doc.toString())).startsWith("test.json: $.talkingPoints[1].mission: a second entry for"
                + " mission \"MONUSCO\"");
    }

    @Test
    void talkingPointsInAVersion2File_areRefusedAsNewInVersion3() throws Exception {
        ObjectNode doc;
        try (var in = TalkingPointsJsonTest.class.getResourceAsStream("/org/parley/io/negotiation-2018-v2.json")) {
            doc = (ObjectNode) new ObjectMapper().readTree(in);
        }
        doc.set("talkingPoints", tree().get("talkingPoints"));

        assertThat(errorOf(doc.toString())).contains("$.talkingPoints: is new in version 3");
    }

    @Test
    void anEntryWithoutVersions_isRefused() throws Exception {
        ObjectNode doc = tree();
        ((ObjectNode) doc.get("talkingPoints").get(0)).putArray("versions");

        assertThat(errorOf(doc.toString())).startsWith("test.json: $.talkingPoints[0].versions: needs at least one"
                + " saved text");
    }
}
