package org.parley.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parley.model.NegotiationData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes negotiations as Parley documents, version 3 (format "parley-negotiation"; see
 * {@code docs/schema/parley-negotiation-3.schema.json}), or a whole workspace as a
 * "parley-workspace" document holding one negotiation document per negotiation. The output is
 * stable: keys in a fixed order, lists in the model's order (positions sorted), two-space
 * indentation, "\n" line ends and a final newline, so equal data always gives equal bytes.
 */
public final class NegotiationJsonWriter {

    public static final String WORKSPACE_FORMAT = "parley-workspace";
    public static final int WORKSPACE_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private NegotiationJsonWriter() {
    }

    /** One negotiation as a version 3 document, UTF-8, in memory: for small ones (tests, the sample). */
    public static byte[] write(NegotiationData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory cannot fail on I/O
        }
        return out.toByteArray();
    }

    /**
     * One negotiation as a version 3 document, UTF-8, streamed to {@code out} part by part
     * (decision 0019): no tree of the document, no string of the file. The stream is flushed, not closed.
     */
    public static void write(NegotiationData data, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            new DocumentNodes(data).write(g);
            g.writeRaw('\n');
        }
    }

    /** Several negotiations (a whole workspace) as one "parley-workspace" document, UTF-8, in memory. */
    public static byte[] writeWorkspace(List<NegotiationData> all) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeWorkspace(all, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Several negotiations as one "parley-workspace" document, streamed to {@code out}; they are
     * taken from {@code all} one at a time, so a lazy iterable holds one negotiation at a time.
     */
    public static void writeWorkspace(Iterable<NegotiationData> all, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", WORKSPACE_FORMAT);
            g.writeNumberField("version", WORKSPACE_VERSION);
            g.writeArrayFieldStart("negotiations");
            for (NegotiationData data : all) {
                new DocumentNodes(data).write(g);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A generator with the fixed layout; closing it flushes {@code out} but leaves it open. */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.writer(PRINTER).createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
