package org.parley.service;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;
import org.parley.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What Parley writes is what docs/schema publishes (draft 2020-12), checked by an independent validator. */
class ExportSchemaTest {

    private static final String BASE = "https://schemas.parley.invalid/";
    private static final Path DOCS = Path.of("docs", "schema");

    @TempDir
    Path dir;

    /**
     * The validator's Jackson 3 needs jackson-annotations 2.21, but the app's Jackson 2.18 pulls
     * in 2.18.2 and wins. Until pom.xml pins jackson-annotations to 2.21 these tests are skipped
     * (visibly, in the surefire report) rather than failing on the class path; with it they run:
     * {@code -Dmaven.test.dependency.excludes=com.fasterxml.jackson.core:jackson-annotations
     * -Dmaven.test.additionalClasspath=<jackson-annotations-2.21.jar>}.
     */
    @BeforeAll
    static void validatorCanRun() {
        boolean present;
        try {
            Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "jackson-annotations 2.21 is not on the test class path (see pom.xml)");
    }

    private static Schema schema(String name) throws Exception {
        // Both schemas are served from the repository, so the validator never reaches for the network.
        Map<String, String> files = Map.of(
                BASE + "parley-negotiation-2.schema.json", text(DOCS.resolve("parley-negotiation-2.schema.json")),
                BASE + "parley-workspace-1.schema.json", text(DOCS.resolve("parley-workspace-1.schema.json")));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(files));
        return registry.getSchema(files.get(BASE + name), InputFormat.JSON);
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void assertValid(Schema schema, byte[] json) {
        List<Error> errors = schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theExportedSampleMatchesTheSchema() throws Exception {
        assertValid(schema("parley-negotiation-2.schema.json"), NegotiationJsonWriter.write(NegotiationJson.readSample()));
    }

    @Test
    void anExportWithPositionsCompromisesAndScenariosMatchesTheSchema() throws Exception {
        assertValid(schema("parley-negotiation-2.schema.json"), NegotiationJsonWriter.write(RichSample.data()));
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
        assertFalse(schema("parley-negotiation-2.schema.json").validate(json, InputFormat.JSON).isEmpty());
    }
}
