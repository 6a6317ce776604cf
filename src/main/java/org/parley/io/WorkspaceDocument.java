package org.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.parley.model.NegotiationData;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A whole-workspace export: {@code {"format": "parley-workspace", "version": 1, "negotiations":
 * [ ...negotiation documents... ]}}. Each negotiation is checked as a document of its own; its
 * errors are reported from the file's root.
 */
final class WorkspaceDocument {

    private static final Set<String> FIELDS = Set.of("format", "version", "negotiations");

    private WorkspaceDocument() {
    }

    /** Binds every negotiation of a file whose first pass gave {@code header}. */
    static List<NegotiationData> read(NegotiationJson.Source source, DocumentHeader header, String sourceName,
                                      JsonFactory json) throws ImportException {
        check(header, sourceName);
        List<NegotiationData> all = new ArrayList<>(header.negotiations().size());
        try (InputStream in = source.open(); JsonParser p = json.createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean list = p.currentName().equals("negotiations");
                p.nextToken();
                if (!list) {
                    p.skipChildren();
                    continue;
                }
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    all.add(NegotiationJson.bind(p, header.negotiations().get(i), sourceName,
                            "$.negotiations[" + i + "]"));
                }
            }
        } catch (IOException e) {
            throw new ImportException(sourceName, "$", "cannot be read: " + JsonProblems.describe(e), e);
        }
        return all;
    }

    private static void check(DocumentHeader header, String sourceName) throws ImportException {
        Integer version = header.version();
        if (version == null || version < 1) {
            throw new ImportException(sourceName, "$.version", "must be a whole number (this Parley reads 1 to "
                    + NegotiationJsonWriter.WORKSPACE_VERSION + ")");
        }
        if (version > NegotiationJsonWriter.WORKSPACE_VERSION) {
            throw new ImportException(sourceName, "$.version", "version " + version
                    + " is newer than this Parley supports (" + NegotiationJsonWriter.WORKSPACE_VERSION
                    + "); update Parley to read it");
        }
        for (String name : header.fields()) {
            if (!FIELDS.contains(name)) {
                throw new ImportException(sourceName, "$." + name,
                        "unknown field \"" + name + "\" (expected one of: format, negotiations, version)");
            }
        }
        if (header.negotiations() == null) {
            throw new ImportException(sourceName, "$.negotiations", "is required and must be a list");
        }
    }
}
