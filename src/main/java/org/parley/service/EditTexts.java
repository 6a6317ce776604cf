package org.parley.service;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.Figure;
import org.parley.model.Problem;
import org.parley.model.Refused;

/**
 * The words of the change history for edits of figures and fields: what changed, so the morning
 * triage reads "ACABQ recommended $1,114,619,500 → $1,100,000,000", not just "Edit mission".
 */
final class EditTexts {

    private EditTexts() {
    }

    /** Adds {@code name} to {@code parts} when the value changed. */
    static void field(List<String> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name);
        }
    }

    /** One entry per baseline whose amount changed, appeared or went; a changed source alone reads "source". */
    static void baselines(List<String> parts, Baselines before, Baselines after) {
        for (Baseline b : Baseline.values()) {
            figure(parts, b.label(), before.get(b), after.get(b));
        }
    }

    static void figure(List<String> parts, String label, Optional<Figure> before, Optional<Figure> after) {
        if (before.equals(after)) {
            return;
        }
        if (before.isEmpty()) {
            parts.add(label + " " + dollars(after.get().usd()));
        } else if (after.isEmpty()) {
            parts.add(label + " removed (was " + dollars(before.get().usd()) + ")");
        } else if (before.get().usd() != after.get().usd()) {
            parts.add(label + " " + dollars(before.get().usd()) + " → " + dollars(after.get().usd()));
        } else {
            parts.add(label + " source");
        }
    }

    /** "Edit mission MONUSCO: coordinator, SG proposed $1 → $2", or the head alone when nothing changed. */
    static String joined(String head, List<String> parts) {
        return parts.isEmpty() ? head : head + ": " + String.join(", ", parts);
    }

    static String dollars(long usd) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(usd);
    }

    /** Refuses a gesture whose values break a rule, before anything is written. */
    static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
    }
}
