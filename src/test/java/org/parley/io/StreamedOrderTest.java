package org.parley.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.NegotiationData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The streamed reader takes a document's parts in reference order whatever order the file has
 * them in (decision 0019): a file with its fields reversed reads as the same negotiation.
 */
class StreamedOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode reversed(ObjectNode document) {
        List<String> names = new ArrayList<>();
        document.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        ObjectNode out = JSON.createObjectNode();
        names.forEach(n -> out.set(n, document.get(n)));
        return out;
    }

    private static ObjectNode richDocument() throws Exception {
        return (ObjectNode) JSON.readTree(NegotiationJsonWriter.write(org.parley.service.RichSample.data()));
    }

    @Test
    void aDocumentWithItsFieldsReversed_readsAsTheSameNegotiation() throws Exception {
        ObjectNode rich = richDocument();
        Path inOrder = Files.write(dir.resolve("in-order.json"), JSON.writeValueAsBytes(rich));
        Path backwards = Files.write(dir.resolve("backwards.json"), JSON.writeValueAsBytes(reversed(rich)));

        NegotiationData expected = NegotiationJson.read(inOrder);
        assertThat(NegotiationJson.read(backwards)).isEqualTo(expected);
        assertThat(NegotiationJson.readDocuments(backwards)).containsExactly(expected);
    }

    @Test
    void aWorkspaceExportWithDocumentsInAnyOrder_readsEachOne_andNamesAMistakeInTheSecond() throws Exception {
        ObjectNode rich = richDocument();
        ObjectNode workspace = JSON.createObjectNode();
        ArrayNode list = workspace.putArray("negotiations"); // before format and version, on purpose
        list.add(reversed(rich));
        ObjectNode broken = reversed(rich.deepCopy());
        ((ObjectNode) broken.get("missions").get(1)).put("status", "SHUT");
        list.add(rich.deepCopy());
        workspace.put("format", NegotiationJsonWriter.WORKSPACE_FORMAT);
        workspace.put("version", NegotiationJsonWriter.WORKSPACE_VERSION);
        Path file = Files.write(dir.resolve("all.json"), JSON.writeValueAsBytes(workspace));

        Path single = Files.write(dir.resolve("one.json"), JSON.writeValueAsBytes(rich));
        NegotiationData one = NegotiationJson.read(single);
        assertThat(NegotiationJson.readDocuments(file)).containsExactly(one, one);

        list.add(broken);
        Files.write(file, JSON.writeValueAsBytes(workspace));
        ImportException e = assertThrows(ImportException.class, () -> NegotiationJson.readDocuments(file));
        assertThat(e.location()).isEqualTo("$.negotiations[2].missions[1].status");
    }
}
