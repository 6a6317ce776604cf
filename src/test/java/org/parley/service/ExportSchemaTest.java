package org.parley.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What Parley writes is what docs/schema publishes (draft 2020-12), checked by an independent validator. */
class ExportSchemaTest {

    @TempDir
    Path dir;

    private static SchemaValidator schema(String name) throws Exception {
        return SchemaValidator.parley(name);
    }

    private static void assertValid(SchemaValidator schema, byte[] json) throws Exception {
        assertEquals(List.of(), schema.problems(new String(json, StandardCharsets.UTF_8)));
    }

    @Test
    void theExportedSampleMatchesTheSchema() throws Exception {
        assertValid(schema("parley-negotiation-3.schema.json"), NegotiationJsonWriter.write(NegotiationJson.readSample()));
    }

    @Test
    void anExportWithPositionsCompromisesAndScenariosMatchesTheSchema() throws Exception {
        assertValid(schema("parley-negotiation-3.schema.json"), NegotiationJsonWriter.write(RichSample.data()));
    }

    @Test
    void aWholeWorkspaceExportMatchesTheWorkspaceSchema() throws Exception {
        Path out = dir.resolve("all.json");
        try (Workspace w = Workspace.open(dir.resolve("w.parley"))) {
            w.insertNegotiation(NegotiationJson.readSample());
            w.insertNegotiation(RichSample.data());
            Exchange.exportWorkspace(w, out);
        }
        assertValid(schema("parley-workspace-1.schema.json"), Files.readAllBytes(out));
    }

    @Test
    void theSchemaRejectsAnUnknownField() throws Exception {
        String json = new String(NegotiationJsonWriter.write(RichSample.data()), StandardCharsets.UTF_8)
                .replaceFirst("\"currency\": \"USD\"", "\"currency\": \"USD\", \"colour\": \"red\"");
        assertFalse(schema("parley-negotiation-3.schema.json").problems(json).isEmpty());
    }

    @Test
    void theSchemaRejectsANegativeAmountAndNamesThePlace() throws Exception {
        String json = new String(NegotiationJsonWriter.write(RichSample.data()), StandardCharsets.UTF_8)
                .replace("\"targetUsd\": 50000000", "\"targetUsd\": -5");
        List<String> problems = schema("parley-negotiation-3.schema.json").problems(json);
        assertEquals(List.of("$.scenarios[0].targetUsd: must have a minimum value of 0"), problems);
    }
}
