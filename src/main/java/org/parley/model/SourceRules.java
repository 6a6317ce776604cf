package org.parley.model;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules every typed-in figure or fact shares: an amount is never negative, and what is not
 * marked illustrative names its source. Pure functions returning {@link Problem}s; the forms
 * call them on every keystroke and the service again before it stores anything.
 */
public final class SourceRules {

    private SourceRules() {
    }

    /** "SG proposed (USD)": the field an amount is typed into. */
    public static String amountField(String label) {
        return label + " (USD)";
    }

    /** "SG proposed source": the field its source (or how it was made up) is typed into. */
    public static String sourceField(String label) {
        return label + " source";
    }

    /** "SG proposed is": the field saying whether it is sourced or illustrative. */
    public static String kindField(String label) {
        return label + " is";
    }

    /**
     * A figure as typed: {@code usd} null when it is unknown (left empty), which is allowed unless
     * {@code required}.
     */
    public static List<Problem> figure(String label, Long usd, boolean required, String source,
                                       boolean illustrative) {
        List<Problem> problems = new ArrayList<>(amount(label, usd, required));
        if (usd != null) {
            problems.addAll(provenance(sourceField(label), source, illustrative));
        }
        return problems;
    }

    /** An amount as typed: null when left empty. */
    public static List<Problem> amount(String label, Long usd, boolean required) {
        if (usd == null) {
            return required ? List.of(new Problem(amountField(label), "an amount is required")) : List.of();
        }
        return Amounts.usdProblem(usd).map(m -> List.of(new Problem(amountField(label), m))).orElse(List.of());
    }

    /** A fact that is not illustrative needs its source, on one line. */
    public static List<Problem> provenance(String sourceField, String source, boolean illustrative) {
        if (!illustrative && (source == null || source.isBlank())) {
            return List.of(new Problem(sourceField,
                    "a sourced figure or fact needs its source (a document symbol or page), or mark it illustrative"));
        }
        return TextRules.oneLine(sourceField, source);
    }

    /** A required text field of one line (a title, name or code). */
    public static List<Problem> required(String field, String value, String what) {
        return value == null || value.isBlank() ? List.of(new Problem(field, what + " is required"))
                : TextRules.oneLine(field, value);
    }

    /** "$55,152,000", for messages. */
    static String dollars(long usd) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(usd);
    }
}
