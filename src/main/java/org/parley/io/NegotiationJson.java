package org.parley.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.parley.model.NegotiationData;

import java.io.ByteArrayInputStream;
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

    /** The deepest nesting a document may have; a real one nests about ten levels. */
    static final int MAX_DEPTH = 64;
    /** The longest string a document may hold; notes and names are far shorter. */
    static final int MAX_STRING = 1_000_000;

    /**
     * Strict on purpose: a typo in a hand-edited file must fail loudly, not become a default.
     * Immutable once built, so one instance serves every call. No default typing, ever: the
     * document names no Java classes.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Binds one document where the parser stands; text after it was already refused by the first pass. */
    private static final ObjectReader DOCUMENT = MAPPER.readerFor(JsonAdaptedDocument.class);

    /** Where a document's bytes come from: opened once for each of the two passes. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

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
            throw new ImportException(name, SAMPLE_RESOURCE, "cannot be read: " + JsonProblems.describe(e), e);
        }
    }

    /** Reads a document from a file; the file name is the source named in errors. */
    public static NegotiationData read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try {
            Source source = () -> Files.newInputStream(file);
            return readOne(source, name, firstPass(source, name));
        } catch (OutOfMemoryError e) {
            throw outOfMemory(name, file);
        }
    }

    /**
     * Reads a document. The stream is read but not closed: the caller opened it. It is read
     * into memory whole, so this is for small documents (the sample, tests); files go through
     * {@link #read(Path)}, which streams.
     *
     * @param sourceName how errors name the input, e.g. its file name
     */
    public static NegotiationData read(InputStream in, String sourceName) throws ImportException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
        Source source = () -> new ByteArrayInputStream(bytes);
        return readOne(source, sourceName, firstPass(source, sourceName));
    }

    /**
     * Reads a file that is either one negotiation document or a whole-workspace export
     * (format "parley-workspace", see {@link NegotiationJsonWriter#writeWorkspace}); every
     * negotiation in it, in order. Errors inside a workspace file name the place from its root,
     * e.g. {@code $.negotiations[1].missions[0].code}.
     *
     * <p>No tree of the file is built: a first pass streams over it for its header (and every
     * syntax error), a second binds it straight into the DTOs. A file too large for the memory
     * Parley has is refused with its size and what to do, never with a stack trace.
     */
    public static List<NegotiationData> readDocuments(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try {
            Source source = () -> Files.newInputStream(file);
            DocumentHeader header = firstPass(source, name);
            if (!NegotiationJsonWriter.WORKSPACE_FORMAT.equals(header.format())) {
                return List.of(readOne(source, name, header));
            }
            return WorkspaceDocument.read(source, header, name, MAPPER.getFactory());
        } catch (OutOfMemoryError e) {
            throw outOfMemory(name, file);
        }
    }

    /**
     * The refusal for a file that did not fit in memory: its size, the memory Parley may use,
     * and what to do about it.
     */
    public static ImportException outOfMemory(String name, Path file) {
        String size;
        try {
            size = megabytes(Files.size(file));
        } catch (IOException | RuntimeException e) {
            size = "?";
        }
        return new ImportException(name, "$", "the file (" + size + ") is too large to import in the memory "
                + "Parley may use (" + megabytes(Runtime.getRuntime().maxMemory()) + "): start Parley with more "
                + "memory (e.g. JDK_JAVA_OPTIONS=-Xmx4g), or import the negotiations in smaller files");
    }

    private static String megabytes(long bytes) {
        return Math.max(1, Math.round(bytes / (1024.0 * 1024.0))) + " MB";
    }

    /** Streams over the whole document once: its header, or the first syntax error or broken limit. */
    private static DocumentHeader firstPass(Source source, String sourceName) throws ImportException {
        try (InputStream in = source.open(); JsonParser p = MAPPER.createParser(in)) {
            try {
                if (p.nextToken() == null) {
                    throw new ImportException(sourceName, "$", "the document is empty");
                }
                DocumentHeader header = DocumentHeader.scan(p);
                if (p.nextToken() != null) {
                    throw new ImportException(sourceName, near(p, p.currentTokenLocation()), JsonProblems.trailingText());
                }
                checkTexts(source, sourceName);
                return header;
            } catch (JacksonException e) {
                throw new ImportException(sourceName, near(p, e.getLocation()), JsonProblems.describe(e), e);
            }
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
    }

    /** Streams over the document once more for every text and field name (see {@link DocumentText}). */
    private static void checkTexts(Source source, String sourceName) throws ImportException {
        try (InputStream in = source.open(); JsonParser p = MAPPER.createParser(in)) {
            try {
                DocumentText.check(p);
            } catch (JacksonException e) {
                // a limit the first pass could skip over unread (a string too long) is met here
                throw new ImportException(sourceName, near(p, e.getLocation()), JsonProblems.describe(e), e);
            }
        } catch (InvalidJsonException e) {
            throw new ImportException(sourceName, e.path().toString(), e.rule(), e);
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
    }

    private static NegotiationData readOne(Source source, String sourceName, DocumentHeader header)
            throws ImportException {
        try (InputStream in = source.open(); JsonParser p = MAPPER.createParser(in)) {
            p.nextToken();
            return bind(p, header, sourceName, "$");
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
    }

    /**
     * Checks the header and binds the document the parser stands on.
     *
     * @param root where the document stands in the file: "$", or "$.negotiations[1]" in a workspace export
     */
    static NegotiationData bind(JsonParser p, DocumentHeader header, String sourceName, String root)
            throws ImportException {
        checkHeader(header, sourceName, root);
        try {
            JsonAdaptedDocument document = DOCUMENT.readValue(p);
            return document.toModel(header.version());
        } catch (JsonMappingException e) {
            throw new ImportException(sourceName, within(root, JsonPath.of(e.getPath())), describe(e), e);
        } catch (JacksonException e) {
            // raised by the parser itself, at a place counted from the file's root
            throw new ImportException(sourceName, JsonPath.of(p.getParsingContext()).toString(),
                    JsonProblems.describe(e), e);
        } catch (InvalidJsonException e) {
            throw new ImportException(sourceName, within(root, e.path()), e.rule(), e);
        } catch (IOException e) {
            throw new ImportException(sourceName, root, "cannot be read: " + JsonProblems.describe(e), e);
        }
    }

    /** A path counted from a document, counted instead from the file's root. */
    private static String within(String root, JsonPath path) {
        return root + path.toString().substring(1);
    }

    /** Format and version first, so a newer file is reported as newer, not as unknown fields. */
    private static void checkHeader(DocumentHeader header, String sourceName, String root) throws ImportException {
        if (!header.object()) {
            throw new ImportException(sourceName, root, "must be an object with \"format\": \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(header.format())) {
            throw new ImportException(sourceName, root + ".format", "must be \"" + FORMAT + "\"");
        }
        Integer version = header.version();
        if (version == null) {
            throw new ImportException(sourceName, root + ".version", "must be a whole number (this Parley reads 1 to "
                    + VERSION + ")");
        }
        if (version > VERSION) {
            throw new ImportException(sourceName, root + ".version", "version " + version
                    + " is newer than this Parley supports (" + VERSION + "); update Parley to read it");
        }
        if (version < 1) {
            throw new ImportException(sourceName, root + ".version", "version " + version + " does not exist");
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
        // e.g. a number out of range or a string over the limit, met while binding
        return JsonProblems.describe(e.getCause() instanceof JacksonException cause ? cause : e);
    }

    /** "line L, column C (near $.path)": where the parser stopped, for errors found while reading. */
    private static String near(JsonParser p, JsonLocation at) {
        JsonLocation where = at != null && at.getLineNr() > 0 ? at : p.currentLocation();
        return "line " + where.getLineNr() + ", column " + where.getColumnNr() + " (near "
                + JsonPath.of(p.getParsingContext()) + ")";
    }
}
