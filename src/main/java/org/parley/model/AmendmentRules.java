package org.parley.model;

import java.util.ArrayList;
import java.util.List;
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
    public static final String SOURCE = "Source";

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
     * Reads a value typed in the kind's unit ({@link AmendmentValueInput}); an empty field says
     * what it wants. A percentage above 100 does not read; other ranges are
     * {@link #check(NegotiationData, Target, AmendmentKind, long)}'s.
     *
     * @throws Refused with the rule broken, for the "Value" field
     */
    public static long parseValue(AmendmentKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("required: " + unitHint(kind));
        }
        return AmendmentValueInput.parse(kind, text);
    }

    /** The value as a form shows it for editing: "12.5%", "2,000,000", "4". */
    public static String valueText(AmendmentKind kind, long value) {
        return AmendmentValueInput.format(kind, value);
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
                Amounts.usdProblem(value).ifPresent(m -> problems.add(new Problem(VALUE, m)));
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
            } catch (Refused e) {
                problems.add(new Problem(VALUE, e.getMessage()));
            }
        }
        problems.addAll(SourceRules.provenance(SOURCE, source, illustrative));
        return problems;
    }

    /** The problems of an amendment as it would be stored. */
    public static List<Problem> check(NegotiationData data, Amendment a) {
        List<Problem> problems = new ArrayList<>(check(data, a.target(), a.kind(), a.value()));
        for (long missionId : a.allocation().parts().keySet()) {
            if (data.mission(missionId).isEmpty()) {
                problems.add(new Problem(AllocationInput.PARTS, "no mission with id " + missionId
                        + " in this negotiation"));
            }
        }
        return problems;
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
        if (baselines.reference().isEmpty()) {
            Amounts.usdProblem(value).ifPresent(m -> problems.add(new Problem(VALUE, m)));
        }
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
}
