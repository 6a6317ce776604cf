package org.parley.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an amendment must keep to be stored, as {@link Problem}s named by the form's fields:
 * a percentage between 0 and 100 with at most two decimals; an amount not negative and, for
 * a cut, not above the target's reference amount ({@link Baselines#reference()}); at least one
 * post and no more than the post row has; a kind that fits the target; a source unless the
 * entry is illustrative. The form checks an entry as it is typed; the service checks the
 * amendment again before it writes, so nothing invalid is stored either way.
 */
public final class AmendmentRules {

    public static final String TARGET = "Target";
    public static final String KIND = "Kind";
    public static final String VALUE = "Value";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private AmendmentRules() {
    }

    /**
     * The kinds that make sense on a target: a post row has posts abolished; a line or a mission
     * is cut by a share or an amount, or has money restored; the whole budget takes a top-line cut.
     */
    public static List<AmendmentKind> kindsFor(Target target) {
        if (target.isWholeBudget()) {
            return List.of(AmendmentKind.TOPLINE_CUT);
        }
        if (target.postId() != null) {
            return List.of(AmendmentKind.ABOLISH_POSTS);
        }
        return List.of(AmendmentKind.PERCENT_CUT, AmendmentKind.AMOUNT_CUT, AmendmentKind.RESTORE);
    }

    /** The kind a new amendment on a target starts with: the first that fits. */
    public static AmendmentKind defaultKind(Target target) {
        return kindsFor(target).get(0);
    }

    /** What the value field takes for a kind, e.g. "percent, e.g. 50 or 12.5". */
    public static String unitHint(AmendmentKind kind) {
        switch (kind) {
            case PERCENT_CUT:
                return "percent, e.g. 50 or 12.5";
            case ABOLISH_POSTS:
                return "posts, e.g. 4";
            default:
                return "US dollars, e.g. 2,000,000 or 2.5M";
        }
    }

    /**
     * Reads a value typed in the kind's unit: a percentage ("50", "12.5", "12.5%") becomes basis
     * points, dollars ("2,000,000", "$2,000,000", "2.5M", "750k", "1.2bn") whole dollars, posts a
     * count. Range rules are left to {@link #check(NegotiationData, Target, AmendmentKind, long)}.
     *
     * @throws IllegalArgumentException with the rule broken, for the "Value" field
     */
    public static long parseValue(AmendmentKind kind, String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("required: " + unitHint(kind));
        }
        switch (kind) {
            case PERCENT_CUT:
                return percent(t.endsWith("%") ? t.substring(0, t.length() - 1) : t, text);
            case ABOLISH_POSTS:
                return posts(t, text);
            default:
                return dollars(t.startsWith("$") ? t.substring(1) : t, text);
        }
    }

    /** The value as a form shows it for editing: "12.5" (percent), "2000000" (dollars), "4" (posts). */
    public static String valueText(AmendmentKind kind, long value) {
        if (kind == AmendmentKind.PERCENT_CUT) {
            return BigDecimal.valueOf(value, 2).stripTrailingZeros().toPlainString();
        }
        return Long.toString(value);
    }

    /** The problems of a value of a kind on a target, in the numbers (the value already parsed). */
    public static List<Problem> check(NegotiationData data, Target target, AmendmentKind kind, long value) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> missing = missingTarget(data, target);
        if (missing.isPresent()) {
            problems.add(new Problem(TARGET, missing.get()));
            return problems;
        }
        if (!kindsFor(target).contains(kind)) {
            problems.add(new Problem(KIND, kind.label() + " does not apply to " + whatIs(target)
                    + "; choose " + kindsFor(target).get(0).label()));
            return problems;
        }
        switch (kind) {
            case PERCENT_CUT:
                if (value < 0 || value > Share.WHOLE_BP) {
                    problems.add(new Problem(VALUE, "a percentage must be between 0 and 100"));
                }
                break;
            case ABOLISH_POSTS:
                checkPosts(data.post(target).orElseThrow(), value, problems);
                break;
            case AMOUNT_CUT:
                checkAmountCut(data, target, value, problems);
                break;
            default:
                if (value < 0) {
                    problems.add(new Problem(VALUE, "an amount must not be negative"));
                }
        }
        return problems;
    }

    /**
     * The problems of a form's entry as typed: the value must read in the kind's unit and keep
     * the rules, and a sourced entry needs its source.
     */
    public static List<Problem> checkEntry(NegotiationData data, Target target, AmendmentKind kind, String valueText,
                                           String source, boolean illustrative) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem(KIND, "required: choose what the amendment does"));
        } else {
            try {
                problems.addAll(check(data, target, kind, parseValue(kind, valueText)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(VALUE, e.getMessage()));
            }
        }
        SourceRule.check(source, illustrative).ifPresent(problems::add);
        return problems;
    }

    /** The problems of an amendment as it would be stored. */
    public static List<Problem> check(NegotiationData data, Amendment a) {
        return check(data, a.target(), a.kind(), a.value());
    }

    private static void checkPosts(Post post, long value, List<Problem> problems) {
        if (value < 1) {
            problems.add(new Problem(VALUE, "at least 1 post"));
        } else if (value > post.count()) {
            problems.add(new Problem(VALUE, "no more than the post row has: " + post.count()
                    + (post.count() == 1 ? " post" : " posts")));
        }
    }

    private static void checkAmountCut(NegotiationData data, Target target, long value, List<Problem> problems) {
        if (value < 0) {
            problems.add(new Problem(VALUE, "an amount must not be negative"));
            return;
        }
        Baselines baselines = target.lineId() == null
                ? data.mission(target.missionId()).orElseThrow().baselines()
                : data.line(target.missionId(), target.lineId()).orElseThrow().baselines();
        // Without a reference figure there is nothing to hold the cut against; the cut is
        // then capped when totals are computed.
        baselines.reference().filter(ref -> value > ref.usd()).ifPresent(ref -> problems.add(new Problem(VALUE,
                "an amount cut cannot exceed the " + (target.lineId() == null ? "mission's" : "line's")
                        + " amount, " + AmendmentText.dollars(ref.usd()))));
    }

    private static Optional<String> missingTarget(NegotiationData data, Target t) {
        if (t.isWholeBudget()) {
            return Optional.empty();
        }
        if (data.mission(t.missionId()).isEmpty()) {
            return Optional.of("the mission is no longer in this negotiation");
        }
        if (t.lineId() != null && data.line(t.missionId(), t.lineId()).isEmpty()) {
            return Optional.of("the budget line is no longer in this negotiation");
        }
        if (t.postId() != null && data.post(t).isEmpty()) {
            return Optional.of("the post row is no longer in this negotiation");
        }
        return Optional.empty();
    }

    private static String whatIs(Target t) {
        if (t.isWholeBudget()) {
            return "the whole budget";
        }
        return t.postId() != null ? "a post row" : t.lineId() != null ? "a budget line" : "a mission";
    }

    private static long percent(String t, String text) {
        BigDecimal p = number(t, text, "a percentage such as 50 or 12.5");
        BigDecimal bp = p.movePointRight(2);
        if (bp.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a percentage has at most two decimals, e.g. 12.25");
        }
        return exact(bp);
    }

    private static long posts(String t, String text) {
        BigDecimal n = number(t, text, "a number of posts such as 4");
        if (n.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a whole number of posts");
        }
        return exact(n);
    }

    private static long dollars(String t, String text) {
        String lower = t.toLowerCase(Locale.ROOT);
        BigDecimal unit = BigDecimal.ONE;
        if (lower.endsWith("bn")) {
            unit = BILLION;
            lower = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("m")) {
            unit = MILLION;
            lower = lower.substring(0, lower.length() - 1);
        } else if (lower.endsWith("k")) {
            unit = THOUSAND;
            lower = lower.substring(0, lower.length() - 1);
        }
        BigDecimal usd = number(lower, text, "an amount in US dollars such as 2,000,000 or 2.5M").multiply(unit);
        if (usd.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("whole US dollars only");
        }
        return exact(usd);
    }

    private static BigDecimal number(String t, String text, String expected) {
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a number; write " + expected);
        }
    }

    private static long exact(BigDecimal n) {
        try {
            return n.setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the number is too large");
        }
    }
}
