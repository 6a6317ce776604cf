package org.parley.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.io.UserMessages;
import org.parley.store.Workspace;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An import that does not fit in memory is refused with the file's size and what to do, and changes nothing. */
class ImportMemoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** About 30 MB of missions: binding needs some four times the file's size, more than a 64 MB heap. */
    private static final int MISSIONS = 4_000;

    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForTheHeap_isRefusedWithItsSize_andTheWorkspaceIsUnchanged() throws Exception {
        Path workspace = dir.resolve("w.parley");
        try (Workspace w = Workspace.open(workspace)) {
            w.insertNegotiation(NegotiationJson.readSample());
        }
        byte[] before = Files.readAllBytes(workspace);
        List<Path> filesBefore = listing();
        Path big = writeManyMissions(dir.resolve("big.json"));

        ChildParley parley = ChildParley.run(dir, List.of("-Xmx64m"), Map.of(),
                "import", "--workspace", workspace.toString(), "--file", big.toString());

        assertThat(parley.exitCode()).as(parley.err()).isEqualTo(CommandLine.FAILED);
        assertThat(parley.err()).contains("big.json: $: the file (" + Math.round(Files.size(big) / (1024.0 * 1024.0)) + " MB)")
                .contains("is too large to import in the memory Parley may use")
                .contains("-Xmx").contains("nothing was imported");
        parley.err().lines().forEach(line -> UserMessages.assertPlain(line, "stderr of the import"));
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
    }

    private List<Path> listing() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("child")
                    && !f.getFileName().toString().equals("big.json")).sorted().toList();
        }
    }

    /** The sample's header and first mission, the mission repeated under new codes. */
    private static Path writeManyMissions(Path file) throws Exception {
        JsonNode sample;
        try (InputStream in = NegotiationJson.class.getResourceAsStream(NegotiationJson.SAMPLE_RESOURCE)) {
            sample = JSON.readTree(in);
        }
        ObjectNode mission = (ObjectNode) sample.get("missions").get(0);
        try (JsonGenerator out = JSON.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("format", sample.get("format").asText());
            out.writeNumberField("version", sample.get("version").asInt());
            out.writeObjectField("negotiation", sample.get("negotiation"));
            out.writeObjectField("delegations", sample.get("delegations"));
            out.writeArrayFieldStart("missions");
            for (int i = 0; i < MISSIONS; i++) {
                mission.put("code", "M" + i);
                out.writeTree(mission);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("proposals");
            out.writeEndArray();
            out.writeArrayFieldStart("events");
            out.writeEndArray();
            out.writeEndObject();
        }
        return file;
    }
}
