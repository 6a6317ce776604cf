package org.parley.service;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The networknt JSON Schema validator (draft 2020-12), loaded in a class loader of its own.
 * Why: its Jackson 3 needs jackson-annotations 2.21, while the app's Jackson 2.18 puts 2.18.2
 * on the test class path, and pom.xml pins no version. So the validator, its Jackson 3, its
 * other dependencies and jackson-annotations 2.21 (found beside 2.18.2 in the local Maven
 * repository) are loaded apart from the app, and called by reflection with text in, text out.
 * When pom.xml pins jackson-annotations 2.21 for tests, this can go back to plain calls.
 */
final class SchemaValidator {

    private static final ClassLoader LOADER;

    static {
        try {
            LOADER = loader();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object schema;
    private final Method validate;
    private final Object jsonFormat;

    /**
     * @param schemas every schema document by its {@code $id}, so that no reference reaches the network
     * @param id the schema to validate against
     */
    SchemaValidator(Map<String, String> schemas, String id) throws Exception {
        ClassLoader loader = LOADER;
        Class<?> versions = loader.loadClass("com.networknt.schema.SpecificationVersion");
        Class<?> formats = loader.loadClass("com.networknt.schema.InputFormat");
        Class<?> registryType = loader.loadClass("com.networknt.schema.SchemaRegistry");
        Class<?> builderType = loader.loadClass("com.networknt.schema.SchemaRegistry$Builder");
        Method schemasOf = builderType.getMethod("schemas", Map.class);
        Consumer<Object> withSchemas = builder -> {
            try {
                schemasOf.invoke(builder, schemas);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        Object registry = registryType.getMethod("withDefaultDialect", versions, Consumer.class)
                .invoke(null, enumValue(versions, "DRAFT_2020_12"), withSchemas);
        jsonFormat = enumValue(formats, "JSON");
        schema = registryType.getMethod("getSchema", String.class, formats).invoke(registry, schemas.get(id), jsonFormat);
        validate = schema.getClass().getMethod("validate", String.class, formats);
    }

    /** A schema published in docs/schema, with both Parley schemas known by their ids. */
    static SchemaValidator parley(String fileName) throws Exception {
        String base = "https://schemas.parley.invalid/";
        Path docs = Path.of("docs", "schema");
        Map<String, String> files = Map.of(
                base + "parley-negotiation-2.schema.json", Files.readString(docs.resolve("parley-negotiation-2.schema.json")),
                base + "parley-workspace-1.schema.json", Files.readString(docs.resolve("parley-workspace-1.schema.json")));
        return new SchemaValidator(files, base + fileName);
    }

    /** The validator's messages for the document, one per problem; empty when it is valid. */
    List<String> problems(String json) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Object error : (List<?>) validate.invoke(schema, json, jsonFormat)) {
            problems.add(error.toString());
        }
        return problems;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static ClassLoader loader() throws Exception {
        List<URL> jars = new ArrayList<>();
        for (String className : List.of("com.networknt.schema.Schema", "tools.jackson.databind.ObjectMapper",
                "tools.jackson.core.JsonParser", "tools.jackson.dataformat.yaml.YAMLFactory",
                "org.snakeyaml.engine.v2.api.Load", "com.ethlo.time.ITU", "org.slf4j.LoggerFactory",
                "org.slf4j.nop.NOPServiceProvider")) { // nop: the validator logs nothing we need
            jars.add(jarOf(className).toUri().toURL());
        }
        Path annotations = jarOf("com.fasterxml.jackson.annotation.JsonProperty");
        Path version = annotations.getParent();
        Path wanted = version.resolveSibling("2.21").resolve("jackson-annotations-2.21.jar");
        if (!Files.isRegularFile(wanted)) {
            throw new IllegalStateException("the schema validator needs " + wanted
                    + " (jackson-annotations 2.21, a dependency of its Jackson 3)");
        }
        jars.add(wanted.toUri().toURL());
        return new URLClassLoader("json-schema-validator", jars.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
    }

    private static Path jarOf(String className) throws Exception {
        Class<?> type = Class.forName(className, false, SchemaValidator.class.getClassLoader());
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
