package org.parley.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.TextField;

import org.parley.model.Figure;
import org.parley.model.Problem;
import org.parley.model.SourceRules;

/**
 * One money figure as three fields of a {@link Form}: the amount in whole dollars ("SG proposed
 * (USD)"), its source and whether it is sourced or illustrative. An empty amount means unknown,
 * unless the figure is required.
 */
public final class FigureFields {

    private final String label;
    private final boolean required;
    private final TextField amount;
    private final ProvenanceFields provenance;

    public FigureFields(Form form, String label, Optional<Figure> initial, boolean required) {
        this.label = label;
        this.required = required;
        amount = form.text(SourceRules.amountField(label), initial.map(f -> Inputs.dollarsText(f.usd())).orElse(""),
                "Whole US dollars, e.g. 55,152,000" + (required ? "" : "; leave empty when unknown"));
        provenance = new ProvenanceFields(form, SourceRules.sourceField(label), SourceRules.kindField(label),
                initial.map(Figure::provenance).orElse(null));
    }

    /** The amount as typed (null when empty or unreadable; reading problems go to {@code reading}). */
    public Long amount(List<Problem> reading) {
        return Inputs.dollars(SourceRules.amountField(label), amount.getText(), reading);
    }

    /** Reading problems and the figure rules: not negative, sourced or illustrative. */
    public List<Problem> problems() {
        List<Problem> reading = new ArrayList<>();
        Long usd = amount(reading);
        return Inputs.merge(reading, SourceRules.figure(label, usd, required, provenance.source(),
                provenance.illustrative()));
    }

    /** The figure as typed, empty when no amount was given; only when {@link #problems()} is empty. */
    public Optional<Figure> figure() {
        Long usd = amount(new ArrayList<>());
        return usd == null ? Optional.empty() : Optional.of(new Figure(usd, provenance.provenance()));
    }
}
