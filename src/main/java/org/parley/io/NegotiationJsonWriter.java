package org.parley.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.NegotiationData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes negotiations as Parley documents, version 2 (format "parley-negotiation"; see
 * {@code docs/schema/parley-negotiation-2.schema.json}), or a whole workspace as a
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

    /** One negotiation as a version 2 document, UTF-8. */
    public static byte[] write(NegotiationData data) {
        return bytes(document(data));
    }

    /** Several negotiations (a whole workspace) as one "parley-workspace" document, UTF-8. */
    public static byte[] writeWorkspace(List<NegotiationData> all) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", WORKSPACE_FORMAT);
        root.put("version", WORKSPACE_VERSION);
        ArrayNode list = root.putArray("negotiations");
        all.forEach(data -> list.add(document(data)));
        return bytes(root);
    }

    static ObjectNode document(NegotiationData data) {
        return new DocumentNodes(data).document();
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            String text = MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing a tree to a string cannot fail on I/O
        }
    }
}
