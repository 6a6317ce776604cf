package org.parley.io;

import org.parley.model.Provenance;

/**
 * Where a fact comes from: {@code {"source": "S/RES/2416 (2018)"}} or
 * {@code {"illustrative": true, "note": "day chosen for the replay"}}. A sourced fact may add a
 * note (kept after the source); an illustrative one has no source, so that nobody mistakes an
 * invented number for a cited one.
 */
record JsonAdaptedProvenance(String source, Boolean illustrative, String note) {

    Provenance toModel(JsonPath path) throws InvalidJsonException {
        return toProvenance(path, source, illustrative, note);
    }

    /** Shared with {@link JsonAdaptedFigure}, which carries the same three fields inline. */
    static Provenance toProvenance(JsonPath path, String source, Boolean illustrative, String note)
            throws InvalidJsonException {
        String noteText = note == null ? "" : note.strip();
        if (Boolean.TRUE.equals(illustrative)) {
            if (source != null) {
                throw new InvalidJsonException(path.field("source"),
                        "an illustrative figure takes a \"note\", not a \"source\"");
            }
            return Provenance.illustrative(noteText);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidJsonException(path, "needs a \"source\", or \"illustrative\": true");
        }
        String text = noteText.isEmpty() ? source.strip() : source.strip() + " — " + noteText;
        return Fields.build(path, () -> Provenance.sourced(text));
    }
}
