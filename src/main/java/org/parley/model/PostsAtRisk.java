package org.parley.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An <b>estimate</b> of the posts a dollar cut puts at risk, by grade: not posts anybody
 * proposes to abolish, but the posts the dollars would pay for if the cut fell evenly on
 * everything the line pays for. Immutable; combine with {@link #plus(PostsAtRisk)}.
 *
 * <p>The rule (also in {@code docs/scenario-rules.md} and decision 0022): on one line, the
 * dollars cut beyond the cost of the posts abolished outright, over what is left of the line's
 * reference figure once those posts are gone, is the fraction of the line that goes; that
 * fraction of the line's remaining posts is at risk. The line's total is rounded half up,
 * then shared among grades by their exact shares, largest remainder first (the senior grade
 * on a tie), so the grades always add up to the total. Mission-level and top-line cuts put no
 * post at risk: nobody said which lines they fall on.
 */
public final class PostsAtRisk {

    public static final PostsAtRisk NONE = new PostsAtRisk(new EnumMap<>(Grade.class));

    /** The rule in one sentence, for tooltips and legends: the window and the sheets say the same. */
    public static final String RULE = "Estimate, not a proposal: a line's dollar cut beyond the posts abolished outright "
            + "is shared evenly over what is left of the line, so that fraction of its remaining posts is at risk "
            + "(rounded half up per line, shared among grades by largest remainder). Cuts to a mission as a whole "
            + "or to the top line put no post at risk.";

    /**
     * Why the estimate is not the press's figure, for the legend beside it. Checked against the
     * sample by {@code ScenarioSampleTest.ru_jobsAtRisk_workedOutByHand}.
     */
    public static final String PRESS_FIGURES = "Press figures count jobs differently: for Russia's 2018 cuts the "
            + "press said \"about 170\"; on the sample Parley estimates 99 at risk plus 1 abolished, since halving a "
            + "line puts half of its posts at risk (99 of the 196 posts on the lines Russia halves), and the "
            + "sample's staffing counts are illustrative.";

    private final Map<Grade, Integer> byGrade;

    private PostsAtRisk(EnumMap<Grade, Integer> byGrade) {
        this.byGrade = Collections.unmodifiableMap(byGrade);
    }

    /** Posts by grade; zeros are left out. */
    public static PostsAtRisk of(Map<Grade, Integer> byGrade) {
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        byGrade.forEach((g, n) -> {
            if (n != 0) {
                m.put(g, n);
            }
        });
        return new PostsAtRisk(m);
    }

    /**
     * The posts at risk when {@code cutUsd} of a budget of {@code baseUsd} goes and the budget
     * pays for {@code remaining} posts by grade. Exact integer arithmetic: the line's total is
     * round-half-up(cut × posts / base), at most the posts there are; each grade gets the floor
     * of its exact share, and the posts still to place go to the largest remainders, the senior
     * grade first on a tie. Nothing is at risk when nothing is cut, there is no base or no post.
     */
    static PostsAtRisk estimate(long cutUsd, long baseUsd, Map<Grade, Integer> remaining) {
        int all = remaining.values().stream().mapToInt(Integer::intValue).reduce(0, Amounts::plus);
        if (cutUsd <= 0 || baseUsd <= 0 || all <= 0) {
            return NONE;
        }
        BigInteger cut = BigInteger.valueOf(Math.min(cutUsd, baseUsd));
        BigInteger base = BigInteger.valueOf(baseUsd);
        BigInteger two = BigInteger.TWO;
        // round half up of cut × all / base, as (2 × cut × all + base) / (2 × base)
        int total = cut.multiply(BigInteger.valueOf(all)).multiply(two).add(base).divide(base.multiply(two))
                .intValueExact();
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        List<Grade> byRemainder = new ArrayList<>();
        Map<Grade, BigInteger> remainders = new EnumMap<>(Grade.class);
        int placed = 0;
        for (Grade g : Grade.values()) {
            int n = remaining.getOrDefault(g, 0);
            if (n <= 0) {
                continue;
            }
            BigInteger[] qr = cut.multiply(BigInteger.valueOf(n)).divideAndRemainder(base);
            int whole = qr[0].intValueExact();
            placed += whole;
            m.put(g, whole);
            if (qr[1].signum() > 0) {
                remainders.put(g, qr[1]);
                byRemainder.add(g);
            }
        }
        // Grades come senior first; a stable sort keeps that order on ties.
        byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
        for (int i = 0; i < total - placed && i < byRemainder.size(); i++) {
            m.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return of(m);
    }

    public PostsAtRisk plus(PostsAtRisk other) {
        if (other.byGrade.isEmpty()) {
            return this;
        }
        EnumMap<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.putAll(byGrade);
        other.byGrade.forEach((g, n) -> m.merge(g, n, Amounts::plus));
        return new PostsAtRisk(m);
    }

    /** Posts at risk by grade, senior first; grades with none are left out. */
    public Map<Grade, Integer> byGrade() {
        return byGrade;
    }

    public int total() {
        return byGrade.values().stream().mapToInt(Integer::intValue).reduce(0, Amounts::plus);
    }

    public boolean isNone() {
        return byGrade.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostsAtRisk p && p.byGrade.equals(byGrade);
    }

    @Override
    public int hashCode() {
        return byGrade.hashCode();
    }

    @Override
    public String toString() {
        return "PostsAtRisk" + byGrade;
    }
}
