package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a mission, a budget line and a post row must be before they are stored: codes and names
 * present and unique, amounts not negative, a line never above its mission, at least one post in
 * a post row. Pure functions over the values as typed; each {@link Problem} names the form field
 * ({@link #CODE}, {@link SourceRules#amountField}, ...) and the rule.
 */
public final class BudgetRules {

    public static final String CODE = "Code";
    public static final String NAME = "Name";
    public static final String TITLE = "Title";
    public static final String COUNT = "Count";
    /** The label of a post's annual cost figure (see {@link SourceRules#amountField}). */
    public static final String ANNUAL_COST = "Annual cost per post";
    /** The label of the field saying where a post count comes from. */
    public static final String COUNT_SOURCE = "Count source";

    private BudgetRules() {
    }

    /**
     * A mission's own fields and baseline amounts ({@code amounts}: null or absent when unknown).
     * A mission's figure is at least that of any of its lines: lines are parts of it.
     */
    public static List<Problem> mission(long missionId, String code, String name, Map<Baseline, Long> amounts,
                                        NegotiationData data) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(CODE, code, "a mission code"));
        if (code != null && !code.isBlank()) {
            String wanted = key(code);
            for (Mission m : data.missions()) {
                if (m.id() != missionId && key(m.code()).equals(wanted)) {
                    problems.add(new Problem(CODE, "another mission already has the code " + m.code()));
                }
            }
        }
        problems.addAll(SourceRules.required(NAME, name, "a mission name"));
        Optional<Mission> mission = data.mission(missionId);
        for (Map.Entry<Baseline, Long> e : amounts.entrySet()) {
            Long usd = e.getValue();
            if (usd == null || usd < 0 || mission.isEmpty()) {
                continue;
            }
            for (BudgetLine l : mission.get().lines()) {
                Optional<Figure> f = l.baselines().get(e.getKey());
                if (f.isPresent() && f.get().usd() > usd) {
                    problems.add(new Problem(SourceRules.amountField(e.getKey().label()), "must be at least its line \""
                            + l.name() + "\" (" + SourceRules.dollars(f.get().usd()) + ")"));
                    break;
                }
            }
        }
        return problems;
    }

    /**
     * A budget line's name (unique in its mission) and amounts; {@code lineId} 0 for a new line.
     * A line's figure is never above its mission's for the same baseline.
     */
    public static List<Problem> line(long missionId, long lineId, String name, Map<Baseline, Long> amounts,
                                     NegotiationData data) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(NAME, name, "a line name"));
        Optional<Mission> mission = data.mission(missionId);
        if (mission.isEmpty()) {
            return problems;
        }
        Mission m = mission.get();
        if (name != null && !name.isBlank()) {
            for (BudgetLine l : m.lines()) {
                if (l.id() != lineId && key(l.name()).equals(key(name))) {
                    problems.add(new Problem(NAME, m.code() + " already has a line named \"" + l.name() + "\""));
                }
            }
        }
        problems.addAll(lineAmounts(m, amounts));
        return problems;
    }

    /**
     * The part of {@link #line} that looks at one line only: its amounts never above its
     * mission's. For checking many lines at once, where the name scan of {@link #line} would be
     * quadratic and names are kept unique some other way (a CSV import indexes them by name).
     */
    public static List<Problem> lineAmounts(Mission m, Map<Baseline, Long> amounts) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Baseline, Long> e : amounts.entrySet()) {
            Optional<Figure> whole = m.baselines().get(e.getKey());
            Long usd = e.getValue();
            if (usd != null && whole.isPresent() && usd > whole.get().usd()) {
                problems.add(new Problem(SourceRules.amountField(e.getKey().label()), "must not exceed the mission's "
                        + e.getKey().label() + " (" + SourceRules.dollars(whole.get().usd()) + ")"));
            }
        }
        return problems;
    }

    /** A post row: a title, at least one post, a known annual cost that is not negative. */
    public static List<Problem> post(String title, long count, Long annualCostUsd) {
        List<Problem> problems = new ArrayList<>(SourceRules.required(TITLE, title, "a post title"));
        Amounts.postsProblem(count).ifPresent(m -> problems.add(new Problem(COUNT, m)));
        problems.addAll(SourceRules.amount(ANNUAL_COST, annualCostUsd, true));
        return problems;
    }

    /** How codes and names are compared for uniqueness: case and surrounding blanks aside. */
    public static String key(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }
}
