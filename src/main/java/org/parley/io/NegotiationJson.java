package org.parley.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.parley.model.NegotiationData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a Parley negotiation document (format "parley-negotiation", version 1 or 2; see
 * {@code docs/sample-data.md} and {@code docs/schema/parley-negotiation-2.schema.json}) into a whole {@link NegotiationData} with document-local ids.
 * Every problem becomes an {@link ImportException} naming the source, the JSON path (or line and
 * column for syntax errors) and the rule broken. Nothing is guessed: unknown fields, loose types
 * ("12" for a number) and figures without a source or an illustrative flag are all errors.
 */
public final class NegotiationJson {

    public static final String FORMAT = "parley-negotiation";
    /** The version this Parley writes; it reads every version from 1 up to this one. */
    public static final int VERSION = 2;
    /** The sample the app fills a new workspace from; the build copies {@code sample-data/} here. */
    public static final String SAMPLE_RESOURCE = "/org/parley/sample/negotiation-2018.json";

    /**
     * Strict on purpose: a typo in a hand-edited file must fail loudly, not become a default.
     * Immutable once built, so one instance serves every call. No default typing, ever: the
     * document names no Java classes.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private NegotiationJson() {
    }

    /** Reads the sample negotiation shipped with Parley (the 2018/19 peacekeeping budgets). */
    public static NegotiationData readSample() throws ImportException {
        String name = SAMPLE_RESOURCE.substring(SAMPLE_RESOURCE.lastIndexOf('/') + 1);
        try (InputStream in = NegotiationJson.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new ImportException(name, SAMPLE_RESOURCE, "not found on the class path");
            }
            return read(in, name);
        } catch (IOException e) {
            throw new ImportException(name, SAMPLE_RESOURCE, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a document from a file; the file name is the source named in errors. */
    public static NegotiationData read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new ImportException(name, file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a document. The stream is read but not closed: the caller opened it.
     *
     * @param sourceName how errors name the input, e.g. its file name
     */
    public static NegotiationData read(InputStream in, String sourceName) throws ImportException {
        return fromTree(readTree(in, sourceName), sourceName);
    }

    /**
     * Reads a file that is either one negotiation document or a whole-workspace export
     * (format "parley-workspace", see {@link NegotiationJsonWriter#writeWorkspace}); every
     * negotiation in it, in order. Errors inside a workspace file name the place from its root,
     * e.g. {@code $.negotiations[1].missions[0].code}.
     */
    public static List<NegotiationData> readDocuments(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = readTree(in, name);
        } catch (IOException e) {
            throw new ImportException(name, file.toString(), "cannot be read: " + e.getMessage(), e);
        }
        JsonNode format = tree.isObject() ? tree.get("format") : null;
        if (format == null || !NegotiationJsonWriter.WORKSPACE_FORMAT.equals(format.textValue())) {
            return List.of(fromTree(tree, name));
        }
        return WorkspaceDocument.read(tree, name);
    }

    /** Checks the header and binds one negotiation document already parsed. */
    static NegotiationData fromTree(JsonNode tree, String sourceName) throws ImportException {
        checkHeader(tree, sourceName);
        try {
            return MAPPER.treeToValue(tree, JsonAdaptedDocument.class).toModel(tree.get("version").intValue());
        } catch (JsonMappingException e) {
            throw new ImportException(sourceName, JsonPath.of(e.getPath()).toString(), describe(e), e);
        } catch (StreamReadException e) {
            // e.g. a number too large for its field, raised while walking the tree
            throw new ImportException(sourceName, pathOf(e), e.getOriginalMessage(), e);
        } catch (InvalidJsonException e) {
            throw new ImportException(sourceName, e.path().toString(), e.rule(), e);
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + e.getMessage(), e);
        }
    }

    static JsonNode readTree(InputStream in, String sourceName) throws ImportException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (StreamReadException e) {
            throw new ImportException(sourceName, lineAndColumn(e.getLocation()) + " (near " + pathOf(e) + ")",
                    "syntax error: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ImportException(sourceName, "$", "the document is empty");
        }
        try {
            DocumentText.check(tree);
        } catch (InvalidJsonException e) {
            throw new ImportException(sourceName, e.path().toString(), e.rule(), e);
        }
        return tree;
    }

    /** Format and version first, so a newer file is reported as newer, not as unknown fields. */
    private static void checkHeader(JsonNode tree, String sourceName) throws ImportException {
        if (!tree.isObject()) {
            throw new ImportException(sourceName, "$", "must be an object with \"format\": \"" + FORMAT + "\"");
        }
        JsonNode format = tree.get("format");
        if (format == null || !FORMAT.equals(format.textValue())) {
            throw new ImportException(sourceName, "$.format", "must be \"" + FORMAT + "\"");
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ImportException(sourceName, "$.version", "must be a whole number (this Parley reads 1 to "
                    + VERSION + ")");
        }
        if (version.intValue() > VERSION) {
            throw new ImportException(sourceName, "$.version", "version " + version.intValue()
                    + " is newer than this Parley supports (" + VERSION + "); update Parley to read it");
        }
        if (version.intValue() < 1) {
            throw new ImportException(sourceName, "$.version", "version " + version.intValue() + " does not exist");
        }
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field \"" + u.getPropertyName() + "\" (expected one of: " + known + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + JsonTypes.describe(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String pathOf(StreamReadException e) {
        JsonParser p = e.getProcessor();
        return p == null ? "$" : JsonPath.of(p.getParsingContext()).toString();
    }

    private static String lineAndColumn(JsonLocation at) {
        return at == null ? "unknown position" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
