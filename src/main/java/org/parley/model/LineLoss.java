package org.parley.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one budget line loses, by the overlap rule: the posts abolished outright go first, and
 * every percent or amount cut is measured against what is left of the line's reference figure
 * once those posts' cost is gone, so no post is paid for twice. Then the sum is capped at the
 * reference figure. The dollars cut beyond the abolished posts put an estimated number of the
 * remaining posts at risk ({@link PostsAtRisk}).
 *
 * <p>Used by both {@link ScenarioCalculator} (through {@link MissionCalculation}) and
 * {@link ProposedCuts}, so that a proposal alone gives the same line figures in both.
 */
final class LineLoss {

    /** A line's cut and the posts it puts at risk. */
    record Result(Cut cut, PostsAtRisk atRisk) {
    }

    private record DollarCut(AmendmentKind kind, long value, Share share) {
    }

    private final BudgetLine line;
    private final Map<Post, Integer> lost = new LinkedHashMap<>();
    private final List<DollarCut> dollarCuts = new ArrayList<>();

    LineLoss(BudgetLine line) {
        this.line = line;
    }

    /** Sets how many posts of a row of this line are abolished (the caller has applied the posts rules). */
    void lose(Post post, int posts) {
        lost.put(post, Math.min(posts, post.count()));
    }

    /** Adds a percent, amount or restore amendment on this line, of {@code value}, adopted at {@code share}. */
    void cut(AmendmentKind kind, long value, Share share) {
        dollarCuts.add(new DollarCut(kind, value, share));
    }

    /** The annual cost of the posts abolished outright on this line. */
    long abolishedUsd() {
        long usd = 0;
        for (Map.Entry<Post, Integer> e : lost.entrySet()) {
            usd = Amounts.plus(usd, Amounts.times(e.getKey().annualCost().usd(), (long) e.getValue()));
        }
        return usd;
    }

    Result result() {
        long abolished = abolishedUsd();
        long remainder = Math.max(0, ProposedCuts.referenceUsd(line.baselines()) - abolished);
        long dollars = 0;
        for (DollarCut c : dollarCuts) {
            dollars = Amounts.plus(dollars, c.share().of(ProposedCuts.dollarsOf(c.kind(), c.value(), remainder)));
        }
        long usd = Math.min(Amounts.plus(abolished, dollars), ProposedCuts.capUsd(line.baselines()));
        Cut cut = Cut.dollars(usd);
        Map<Grade, Integer> left = new EnumMap<>(Grade.class);
        for (Post p : line.posts()) {
            int gone = lost.getOrDefault(p, 0);
            if (gone > 0) {
                cut = cut.plus(Cut.posts(p.grade(), gone, 0));
            }
            if (p.count() > gone) {
                left.merge(p.grade(), p.count() - gone, Amounts::plus);
            }
        }
        long beyondPosts = Math.min(usd - abolished, remainder);
        return new Result(cut, PostsAtRisk.estimate(beyondPosts, remainder, left));
    }
}
