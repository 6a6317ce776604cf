package org.parley.io;


import java.util.Set;

/**
 * A whole-workspace export: {@code {"format": "parley-workspace", "version": 1, "negotiations":
 * [ ...negotiation documents... ]}}. Each negotiation is checked as a document of its own
 * ({@link StreamedDocument}); its errors are reported from the file's root.
 */
final class WorkspaceDocument {

    private static final Set<String> FIELDS = Set.of("format", "version", "negotiations");

    private WorkspaceDocument() {
    }

    /** The workspace's own header: its version, its fields and a list of negotiations. */
    static void check(DocumentHeader header, String sourceName) throws ImportException {
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
