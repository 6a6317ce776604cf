package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.parley.model.NegotiationData;

import java.util.ArrayList;
import java.util.Iterator;
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

    static List<NegotiationData> read(JsonNode tree, String sourceName) throws ImportException {
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new ImportException(sourceName, "$.version", "must be a whole number (this Parley reads 1 to "
                    + NegotiationJsonWriter.WORKSPACE_VERSION + ")");
        }
        if (version.intValue() > NegotiationJsonWriter.WORKSPACE_VERSION) {
            throw new ImportException(sourceName, "$.version", "version " + version.intValue()
                    + " is newer than this Parley supports (" + NegotiationJsonWriter.WORKSPACE_VERSION
                    + "); update Parley to read it");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ImportException(sourceName, "$." + name,
                        "unknown field \"" + name + "\" (expected one of: format, negotiations, version)");
            }
        }
        JsonNode list = tree.get("negotiations");
        if (list == null || !list.isArray()) {
            throw new ImportException(sourceName, "$.negotiations", "is required and must be a list");
        }
        List<NegotiationData> all = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String prefix = "$.negotiations[" + i + "]";
            try {
                all.add(NegotiationJson.fromTree(list.get(i), sourceName));
            } catch (ImportException e) {
                String at = e.location().startsWith("$") ? prefix + e.location().substring(1) : e.location();
                throw new ImportException(sourceName, at, e.problem(), e);
            }
        }
        return all;
    }
}
