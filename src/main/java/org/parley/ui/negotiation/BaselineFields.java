package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.Problem;
import org.parley.ui.forms.FigureFields;
import org.parley.ui.forms.Form;

/** A budget's five baseline figures on a form (prior approved … final), each may be left unknown. */
final class BaselineFields {

    private final Map<Baseline, FigureFields> figures = new EnumMap<>(Baseline.class);
    private final Baselines initial;

    BaselineFields(Form form, Baselines initial) {
        this.initial = initial;
        for (Baseline b : Baseline.values()) {
            figures.put(b, new FigureFields(form, b.label(), initial.get(b), false));
        }
    }

    /** The amounts as typed, unreadable or empty ones as null, for the budget rules. */
    Map<Baseline, Long> amounts() {
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        figures.forEach((b, f) -> amounts.put(b, f.amount(new ArrayList<>())));
        return amounts;
    }

    /** Each figure's own problems: reading, negative, source. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        figures.values().forEach(f -> problems.addAll(f.problems()));
        return problems;
    }

    /**
     * The figures as typed; only when there are no problems. When a figure was known only from
     * a later date (decision 0024), it stays so: the form does not edit that date.
     */
    Baselines baselines() {
        Baselines result = Baselines.none();
        for (Map.Entry<Baseline, FigureFields> e : figures.entrySet()) {
            java.time.Instant knownFrom = initial.get(e.getKey()).map(f -> f.knownFrom()).orElse(null);
            result = result.with(e.getKey(), e.getValue().figure().map(f -> f.withKnownFrom(knownFrom)).orElse(null));
        }
        return result;
    }
}
