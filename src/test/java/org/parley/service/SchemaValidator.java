package org.parley.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The networknt JSON Schema validator (draft 2020-12) over Parley's published schemas. Both
 * schemas are known by their {@code $id}s, so no reference ever reaches the network.
 */
final class SchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;

    /**
     * @param schemas every schema document by its {@code $id}
     * @param id the schema to validate against
     */
    SchemaValidator(Map<String, String> schemas, String id) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(schemas)));
        schema = factory.getSchema(schemas.get(id));
    }

    /** A schema published in docs/schema, with both Parley schemas known by their ids. */
    static SchemaValidator parley(String fileName) throws Exception {
        String base = "https://schemas.parley.invalid/";
        Path docs = Path.of("docs", "schema");
        Map<String, String> files = Map.of(
                base + "parley-negotiation-2.schema.json", Files.readString(docs.resolve("parley-negotiation-2.schema.json")),
                base + "parley-negotiation-3.schema.json", Files.readString(docs.resolve("parley-negotiation-3.schema.json")),
                base + "parley-workspace-1.schema.json", Files.readString(docs.resolve("parley-workspace-1.schema.json")));
        return new SchemaValidator(files, base + fileName);
    }

    /** The validator's messages for the document, one per problem; empty when it is valid. */
    List<String> problems(String json) throws Exception {
        return schema.validate(JSON.readTree(json)).stream().map(ValidationMessage::toString).sorted().toList();
    }
}
