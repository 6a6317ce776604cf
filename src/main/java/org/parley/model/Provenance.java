package org.parley.model;

import java.util.Objects;

/**
 * Where a figure or a fact comes from. A figure is either sourced (a document symbol or a
 * public page) or illustrative: invented to make the sample complete, and shown as such.
 * An illustrative figure may still carry a note on how it was made up ("standard cost P-3").
 *
 * @param source the document symbol or page; may be blank only when illustrative
 * @param illustrative true when the figure is not a sourced fact
 */
public record Provenance(String source, boolean illustrative) {

    /** A provenance for figures nobody has sourced yet, e.g. typed in by hand. */
    public static final Provenance UNSOURCED = new Provenance("", true);

    public Provenance {
        source = source == null ? "" : source.strip();
        if (!illustrative && source.isEmpty()) {
            throw new Refused("a figure needs a source or must be marked illustrative");
        }
    }

    public static Provenance sourced(String source) {
        return new Provenance(Objects.requireNonNull(source, "source"), false);
    }

    public static Provenance illustrative(String note) {
        return new Provenance(note, true);
    }

    /** One line for a tooltip: the source, or why the figure is illustrative. */
    public String describe() {
        if (illustrative) {
            return source.isEmpty() ? "Illustrative figure (no public source)"
                    : "Illustrative figure (no public source): " + source;
        }
        return "Source: " + source;
    }
}
