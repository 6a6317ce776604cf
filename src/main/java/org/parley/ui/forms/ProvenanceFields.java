package org.parley.ui.forms;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

import org.parley.model.Problem;
import org.parley.model.Provenance;
import org.parley.model.SourceRules;

/**
 * Where a figure or fact comes from, as two fields of a {@link Form}: the source (a document
 * symbol or page; for an illustrative figure, how it was made up) and whether it is sourced or
 * illustrative. New ones start as sourced: Parley would rather be told the source.
 */
public final class ProvenanceFields {

    /** The two answers of the "... is" field. */
    public enum Kind {
        SOURCED("a sourced fact"), ILLUSTRATIVE("illustrative (no public source)");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final String sourceLabel;
    private final TextField source;
    private final ComboBox<Kind> kind;

    /** Adds the two fields to {@code form}; {@code initial} null for a new fact. */
    public ProvenanceFields(Form form, String sourceLabel, String kindLabel, Provenance initial) {
        this.sourceLabel = sourceLabel;
        source = form.text(sourceLabel, initial == null ? "" : initial.source(),
                "Document symbol or page, e.g. A/72/789/Add.9; for an illustrative figure, how it was made up");
        kind = form.choice(kindLabel, List.of(Kind.values()),
                initial != null && initial.illustrative() ? Kind.ILLUSTRATIVE : Kind.SOURCED, Kind::text,
                "Illustrative figures have no public source: Parley shows them in italics with an asterisk");
    }

    public boolean illustrative() {
        return kind.getValue() == Kind.ILLUSTRATIVE;
    }

    public String source() {
        return source.getText();
    }

    /** A sourced fact needs its source. */
    public List<Problem> problems() {
        return SourceRules.provenance(sourceLabel, source(), illustrative());
    }

    /** The provenance as typed; only when {@link #problems()} is empty. */
    public Provenance provenance() {
        return new Provenance(source(), illustrative());
    }
}
