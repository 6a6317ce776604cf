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
 * Reads a Parley negotiation document (format "parley-negotiation", version 1, 2 or 3; see
 * {@code docs/sample-data.md} and {@code docs/schema/parley-negotiation-3.schema.json}) into a whole {@link NegotiationData} with document-local ids.
 * Every problem becomes an {@link ImportException} naming the source, the JSON path (or line and
 * column for syntax errors) and the rule broken. Nothing is guessed: unknown fields, loose types
 * ("12" for a number) and figures without a source or an illustrative flag are all errors.
 */
public final class NegotiationJson {

    public static final String FORMAT = "parley-negotiation";
    /** The version this Parley writes; it reads every version from 1 up to this one. */
    public static final int VERSION = 3;
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
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
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

    /** The readers of each part of a document, made once. */
    private static final StreamedDocument.Readers READERS = StreamedDocument.Readers.of(MAPPER);

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
            return readOne(() -> Files.newInputStream(file), name);
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
        return readOne(() -> new ByteArrayInputStream(bytes), sourceName);
    }

    /**
     * Reads a file that is either one negotiation document or a whole-workspace export
     * (format "parley-workspace", see {@link NegotiationJsonWriter#writeWorkspace}); every
     * negotiation in it, in order, each whole in memory. Errors inside a workspace file name the
     * place from its root, e.g. {@code $.negotiations[1].missions[0].code}. To put a file into a
     * workspace without holding it, use {@link #stream}.
     */
    public static List<NegotiationData> readDocuments(Path file) throws ImportException {
        NegotiationCollector all = new NegotiationCollector();
        stream(file, all);
        return all.negotiations();
    }

    /**
     * Reads a file (one negotiation document or a whole-workspace export) part by part into
     * {@code sink}, holding no more than one part at a time (decision 0019): three streaming
     * passes, the first for the header and every syntax error, the second for every text, the
     * third binding one mission, proposal or event after the other and handing each over, checked.
     * A part too large for the memory Parley has is refused with the file's size and what to do,
     * never with a stack trace. What the sink throws unchecked goes up as it is.
     *
     * @return how many negotiations the file held
     * @throws ImportException naming the file, the place in it and the rule broken; the sink was
     *                         then perhaps handed the parts before that place
     */
    public static int stream(Path file, NegotiationSink sink) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try {
            return stream(() -> Files.newInputStream(file), name, true, sink);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(name, file);
        }
    }

    private static NegotiationData readOne(Source source, String sourceName) throws ImportException {
        NegotiationCollector one = new NegotiationCollector();
        stream(source, sourceName, false, one);
        return one.negotiations().get(0);
    }

    private static int stream(Source source, String sourceName, boolean workspaceToo, NegotiationSink sink)
            throws ImportException {
        DocumentHeader header = firstPass(source, sourceName);
        boolean workspace = workspaceToo && NegotiationJsonWriter.WORKSPACE_FORMAT.equals(header.format());
        if (workspace) {
            WorkspaceDocument.check(header, sourceName);
        }
        List<DocumentHeader> documents = workspace ? header.negotiations() : List.of(header);
        sink.documents(documents.size());
        try (DocumentCursor cursor = new DocumentCursor(source, MAPPER.getFactory(), workspace)) {
            for (int i = 0; i < documents.size(); i++) {
                new StreamedDocument(cursor, i, documents.get(i), sourceName,
                        workspace ? "$.negotiations[" + i + "]" : "$", sink, READERS).read();
            }
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
        return documents.size();
    }

    /**
     * The refusal for a file with a part that did not fit in memory: its size, the memory Parley
     * may use, and what to do about it. A file is streamed, so only one part must fit at a time.
     */
    public static ImportException outOfMemory(String name, Path file) {
        String size;
        try {
            size = megabytes(Files.size(file));
        } catch (IOException | RuntimeException e) {
            size = "?";
        }
        return new ImportException(name, "$", "the file (" + size + ") holds a part (a mission, a proposal or the "
                + "delegations) too large to import in the memory Parley may use ("
                + megabytes(Runtime.getRuntime().maxMemory()) + "): start Parley with more memory (e.g. "
                + "JDK_JAVA_OPTIONS=-Xmx4g), or split that part in smaller ones");
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

    /**
     * A parser for a pass after the first: the first found every duplicate field already, and
     * looking for them again costs a set of names for every object of the file.
     */
    static JsonParser afterFirstPass(JsonParser p) {
        return p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Streams over the document once more for every text and field name (see {@link DocumentText}). */
    private static void checkTexts(Source source, String sourceName) throws ImportException {
        try (InputStream in = source.open(); JsonParser p = afterFirstPass(MAPPER.createParser(in))) {
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

    /** Format and version first, so a newer file is reported as newer, not as unknown fields. */
    static void checkHeader(DocumentHeader header, String sourceName, String root) throws ImportException {
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

    static String describe(JsonMappingException e) {
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
