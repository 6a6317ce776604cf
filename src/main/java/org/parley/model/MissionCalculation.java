package org.parley.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.AdoptedAmendments.Adopted;

/**
 * The totals of one mission from the amendments a scenario adopts on it, by the rules of
 * {@link ScenarioCalculator}. One instance per mission and calculation.
 */
final class MissionCalculation {

    private final Mission mission;
    private final Map<Long, LineLoss> lineLosses = new HashMap<>();
    private final List<Adopted> missionLevel = new ArrayList<>();
    private final List<Adopted> allocated = new ArrayList<>();
    private long allocatedUsd;
    // post row id -> proposal id -> posts that proposal abolishes on the row (capped at its count)
    private final Map<Long, Map<Long, Integer>> postsByRow = new HashMap<>();
    private final Map<Long, Post> postById = new HashMap<>();
    private final Map<Long, Long> lineOfPost = new HashMap<>();
    private boolean illustrative;

    private MissionCalculation(Mission mission) {
        this.mission = mission;
        this.illustrative = isIllustrative(mission.baselines());
    }

    static MissionTotals of(Mission mission, List<Adopted> adopted) {
        MissionCalculation c = new MissionCalculation(mission);
        adopted.forEach(c::adopt);
        c.losePosts();
        return c.totals();
    }

    private void adopt(Adopted a) {
        Target t = a.amendment().target();
        AmendmentKind kind = a.amendment().kind();
        if (a.allocated()) {
            allocated.add(a);
            illustrative |= a.illustrative();
            return;
        }
        if (t.lineId() == null) {
            missionLevel.add(a);
            return;
        }
        BudgetLine line = line(t.lineId());
        LineLoss loss = lineLosses.computeIfAbsent(line.id(), id -> new LineLoss(line));
        illustrative |= isIllustrative(line.baselines());
        if (kind == AmendmentKind.ABOLISH_POSTS) {
            Post post = post(line, t.postId());
            int posts = postsAt(a.value(), a.share(), post.count());
            // Within one proposal the posts add up; the row never loses more than it has.
            postsByRow.computeIfAbsent(post.id(), id -> new HashMap<>())
                    .merge(a.proposalId(), posts, (x, y) -> Math.min(post.count(), x + y));
        } else {
            loss.cut(kind, a.value(), a.share());
        }
    }

    /** Across proposals a post is lost once: each row loses the most any one proposal abolishes. */
    private void losePosts() {
        postsByRow.forEach((postId, byProposal) -> {
            Post post = postById.get(postId);
            int lost = byProposal.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (lost > 0) {
                lineLosses.get(lineOfPost.get(postId)).lose(post, lost);
                illustrative |= post.illustrative();
            }
        });
    }

    private MissionTotals totals() {
        Cut total = Cut.NONE;
        PostsAtRisk atRisk = PostsAtRisk.NONE;
        long abolishedUsd = 0;
        Map<Long, Cut> lines = new LinkedHashMap<>();
        Map<Long, PostsAtRisk> linesAtRisk = new LinkedHashMap<>();
        CategoryLoss humanRights = new CategoryLoss();
        CategoryLoss seaPrevention = new CategoryLoss();
        for (BudgetLine line : mission.lines()) {
            LineLoss loss = lineLosses.get(line.id());
            Cut lineCut = Cut.NONE;
            if (loss != null) {
                LineLoss.Result r = loss.result();
                lineCut = r.cut();
                lines.put(line.id(), lineCut);
                if (!r.atRisk().isNone()) {
                    linesAtRisk.put(line.id(), r.atRisk());
                    atRisk = atRisk.plus(r.atRisk());
                }
                abolishedUsd = Amounts.plus(abolishedUsd, loss.abolishedUsd());
            }
            total = total.plus(lineCut);
            if (line.category() == LineCategory.HUMAN_RIGHTS) {
                humanRights.add(line, lineCut);
            } else if (line.category() == LineCategory.SEA_PREVENTION) {
                seaPrevention.add(line, lineCut);
            }
        }
        total = total.plus(Cut.dollars(missionLevelUsd(abolishedUsd)))
                .cappedAt(ProposedCuts.capUsd(mission.baselines()));
        Optional<Share> hr = humanRights.share();
        Optional<Share> sea = seaPrevention.share();
        boolean measuredFromIllustrative = illustrative || hr.isPresent() && humanRights.illustrative
                || sea.isPresent() && seaPrevention.illustrative;
        return new MissionTotals(mission.id(), total, lines, hr, sea, measuredFromIllustrative, atRisk, linesAtRisk,
                allocatedUsd);
    }

    /**
     * Cuts aimed at the mission as a whole, each measured against the mission's reference figure
     * less the cost of the posts abolished in its lines (a post is not paid for twice).
     */
    private long missionLevelUsd(long abolishedUsd) {
        long base = Math.max(0, ProposedCuts.referenceUsd(mission.baselines()) - abolishedUsd);
        long usd = 0;
        for (Adopted a : missionLevel) {
            long full = ProposedCuts.dollarsOf(a.amendment().kind(), a.value(), base);
            usd = Amounts.plus(usd, a.share().of(full));
        }
        // A mission's part of an allocated top-line cut counts like an amount cut aimed at the
        // mission: at most what is left of it, beside its other cuts (decision 0025).
        for (Adopted a : allocated) {
            long part = ProposedCuts.dollarsOf(AmendmentKind.AMOUNT_CUT, a.value(), base);
            allocatedUsd = Amounts.plus(allocatedUsd, part);
        }
        return Amounts.plus(usd, allocatedUsd);
    }

    /** Posts abolished at a share: rounded half up, never more than the row has. */
    static int postsAt(long posts, Share share, int rowCount) {
        long scaled = Amounts.plus(Amounts.times(posts, (long) share.basisPoints()), Share.WHOLE_BP / 2)
                / Share.WHOLE_BP;
        return (int) Math.min(scaled, rowCount);
    }

    private BudgetLine line(long lineId) {
        for (BudgetLine l : mission.lines()) {
            if (l.id() == lineId) {
                return l;
            }
        }
        throw new IllegalArgumentException(mission.code() + " has no line id " + lineId);
    }

    private Post post(BudgetLine line, long postId) {
        Post known = postById.get(postId);
        if (known != null) {
            return known;
        }
        for (Post p : line.posts()) {
            if (p.id() == postId) {
                postById.put(postId, p);
                lineOfPost.put(postId, line.id());
                return p;
            }
        }
        throw new IllegalArgumentException("line \"" + line.name() + "\" has no post id " + postId);
    }

    private static boolean isIllustrative(Baselines baselines) {
        return baselines.reference().map(Figure::illustrative).orElse(false);
    }

    /** The dollars a category's lines lose against their reference total. */
    private static final class CategoryLoss {
        private long lostUsd;
        private long referenceUsd;
        private boolean illustrative;

        // Lines without a reference figure are left out: they have no budget to lose a share of.
        void add(BudgetLine line, Cut cut) {
            line.baselines().reference().ifPresent(ref -> {
                lostUsd = Amounts.plus(lostUsd, cut.usd());
                referenceUsd = Amounts.plus(referenceUsd, ref.usd());
                illustrative |= ref.illustrative();
            });
        }

        /** Lost over reference in basis points, rounded half up; a net restoration counts as 0%. */
        Optional<Share> share() {
            if (referenceUsd == 0) {
                return Optional.empty();
            }
            long lost = Math.max(0, Math.min(lostUsd, referenceUsd));
            // lost x 10,000 may pass the end of a long for large budgets: exact decimals instead
            int bp = BigDecimal.valueOf(lost).multiply(BigDecimal.valueOf(Share.WHOLE_BP))
                    .divide(BigDecimal.valueOf(referenceUsd), 0, RoundingMode.HALF_UP).intValueExact();
            return Optional.of(Share.ofBasisPoints(bp));
        }
    }
}
