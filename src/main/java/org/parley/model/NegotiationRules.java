package org.parley.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a negotiation's own details must be: a title, and a classification marking that fits a
 * printed page's header and footer. Pure functions; each {@link Problem} names the form field and
 * the rule. {@link Negotiation}'s constructor enforces the same marking rule.
 */
public final class NegotiationRules {

    public static final String TITLE = "Title";
    public static final String BODY = "Body";
    public static final String MARKING = "Classification marking";
    /** The longest marking: it is printed on one line of every page's header and footer. */
    public static final int MARKING_MAX = 40;

    private NegotiationRules() {
    }

    /** The details as typed in the negotiation form. */
    public static List<Problem> details(String title, String marking) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(TITLE, title, "a negotiation title"));
        problems.addAll(marking(marking));
        return problems;
    }

    /**
     * A marking as typed or imported: blank is allowed (it means {@link Negotiation#DEFAULT_MARKING});
     * it fits one printed line and holds only characters that show as text ({@link TextRules}).
     */
    public static List<Problem> marking(String marking) {
        List<Problem> problems = fits(marking);
        if (problems.isEmpty()) {
            problems.addAll(TextRules.oneLine(MARKING, normalMarking(marking)));
        }
        return problems;
    }

    /**
     * What {@link Negotiation} itself holds a marking to: one line that fits the page. It does not
     * judge characters, so that a workspace written by another tool still opens.
     */
    static List<Problem> fits(String marking) {
        String m = normalMarking(marking);
        List<Problem> problems = new ArrayList<>();
        if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
            problems.add(new Problem(MARKING, "a classification marking must be a single line"));
        }
        int length = m.codePointCount(0, m.length());
        if (length > MARKING_MAX) {
            problems.add(new Problem(MARKING, "a classification marking must be at most " + MARKING_MAX
                    + " characters (this one has " + length + ")"));
        }
        return problems;
    }

    /** The marking as stored: stripped, and {@link Negotiation#DEFAULT_MARKING} when blank. */
    public static String normalMarking(String marking) {
        return marking == null || marking.isBlank() ? Negotiation.DEFAULT_MARKING : marking.strip();
    }
}
