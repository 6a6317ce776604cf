package org.parley.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * What each delegation's proposals on the table would cut, per mission and per line, if they
 * went through in full. Withdrawn proposals do not count, nor do superseded ones (a proposal
 * its delegation has revised: its revision counts instead; decision 0023).
 *
 * <p>Rules, so that one delegation's overlapping amendments never count twice:
 * <ul>
 *   <li>a percent or amount cut on a line is measured against the line's reference figure
 *       (current, else ACABQ, else SG) and a line never loses more than that figure;</li>
 *   <li>abolishing posts costs their annual cost; a post row never loses more posts than it has,
 *       however many amendments name it;</li>
 *   <li>a cut aimed at a mission as a whole counts at mission level, capped at the mission's
 *       reference figure together with its lines' cuts;</li>
 *   <li>a restoration counts as a negative cut; a top-line cut is unallocated and belongs to no
 *       mission.</li>
 * </ul>
 * The scenario rules across delegations come with scenarios; this is the per-delegation view.
 */
public final class ProposedCuts {

    private record Key(long delegationId, long id) {
    }

    private final Map<Key, Cut> byMission = new HashMap<>();
    private final Map<Key, Cut> byLine = new HashMap<>();
    private final Map<Long, Long> unallocated = new LinkedHashMap<>();
    private final Map<Key, Integer> postsAbolished = new HashMap<>(); // (delegation, post id) -> posts
    // Which mission each line and post row with a cut belongs to, so an update can drop them.
    private final Map<Long, Long> missionOfLine = new HashMap<>();
    private final Map<Long, Long> missionOfPost = new HashMap<>();

    private ProposedCuts() {
    }

    public static ProposedCuts of(NegotiationData data) {
        ProposedCuts cuts = new ProposedCuts();
        cuts.compute(data, missionId -> true);
        return cuts;
    }

    /**
     * The cuts after an edit that touched only {@code missionIds} (before or after it): those
     * missions are computed again, the others are taken from {@code previous}. Gives the same
     * as {@link #of} when every touched mission is named.
     */
    public static ProposedCuts update(ProposedCuts previous, NegotiationData data, Set<Long> missionIds) {
        ProposedCuts cuts = new ProposedCuts();
        previous.byMission.forEach((k, v) -> {
            if (!missionIds.contains(k.id)) {
                cuts.byMission.put(k, v);
            }
        });
        previous.missionOfLine.forEach((line, mission) -> {
            if (!missionIds.contains(mission)) {
                cuts.missionOfLine.put(line, mission);
            }
        });
        previous.byLine.forEach((k, v) -> {
            if (cuts.missionOfLine.containsKey(k.id)) {
                cuts.byLine.put(k, v);
            }
        });
        previous.postsAbolished.forEach((k, v) -> {
            Long mission = previous.missionOfPost.get(k.id);
            if (mission != null && !missionIds.contains(mission)) {
                cuts.postsAbolished.put(k, v);
                cuts.missionOfPost.put(k.id, mission);
            }
        });
        cuts.compute(data, missionIds::contains);
        return cuts;
    }

    /** The cut a delegation proposes to one mission (its lines and the mission as a whole). */
    public Cut forMission(long delegationId, long missionId) {
        return byMission.getOrDefault(new Key(delegationId, missionId), Cut.NONE);
    }

    /** The cut a delegation proposes to one budget line. */
    public Cut forLine(long delegationId, long lineId) {
        return byLine.getOrDefault(new Key(delegationId, lineId), Cut.NONE);
    }

    /** How many posts of one post row a delegation proposes to abolish, at most the row's count. */
    public int postsAbolished(long delegationId, long postId) {
        return postsAbolished.getOrDefault(new Key(delegationId, postId), 0);
    }

    /** A delegation's top-line demand that names no mission, in dollars. */
    public long unallocated(long delegationId) {
        return unallocated.getOrDefault(delegationId, 0L);
    }

    /**
     * What one amendment alone would cut, measured like the totals: a percent of the target's
     * reference figure, an amount capped at it, posts at their annual cost. A top-line cut
     * counts its full amount.
     */
    public static Cut impactOf(NegotiationData data, Amendment a) {
        Target t = a.target();
        switch (a.kind()) {
            case TOPLINE_CUT:
                return Cut.dollars(a.value());
            case ABOLISH_POSTS: {
                Post post = data.post(t).orElseThrow();
                int posts = (int) Math.min(a.value(), post.count());
                return Cut.posts(post.grade(), posts, Amounts.times(post.annualCost().usd(), (long) posts));
            }
            default: {
                Baselines baselines = t.lineId() == null
                        ? data.mission(t.missionId()).orElseThrow().baselines()
                        : data.line(t.missionId(), t.lineId()).orElseThrow().baselines();
                return Cut.dollars(dollarsOf(a, referenceUsd(baselines)));
            }
        }
    }

    private void compute(NegotiationData data, LongPredicate computeMission) {
        Map<Key, Long> lineUsd = new HashMap<>();
        Map<Key, Long> missionLevelUsd = new HashMap<>();
        for (Proposal p : data.proposals()) {
            if (!data.counts(p)) {
                continue; // withdrawn, or superseded by its revision
            }
            long d = p.delegationId();
            for (Amendment a : p.amendments()) {
                Target t = a.target();
                if (a.kind() == AmendmentKind.TOPLINE_CUT) {
                    unallocated.merge(d, a.value(), Amounts::plus);
                    continue;
                }
                if (!computeMission.test(t.missionId())) {
                    continue;
                }
                Mission mission = data.mission(t.missionId()).orElseThrow();
                if (t.lineId() == null) {
                    missionLevelUsd.merge(new Key(d, mission.id()), dollarsOf(a, referenceUsd(mission.baselines())),
                            Amounts::plus);
                    continue;
                }
                BudgetLine line = data.line(t.missionId(), t.lineId()).orElseThrow();
                Key lineKey = new Key(d, line.id());
                if (a.kind() == AmendmentKind.ABOLISH_POSTS) {
                    Post post = data.post(t).orElseThrow();
                    Key postKey = new Key(d, post.id());
                    int already = postsAbolished.getOrDefault(postKey, 0);
                    int more = (int) Math.min(a.value(), post.count() - already);
                    if (more > 0) {
                        postsAbolished.put(postKey, already + more);
                        missionOfPost.put(post.id(), mission.id());
                        byLine.merge(lineKey, Cut.posts(post.grade(), more, 0), Cut::plus);
                        lineUsd.merge(lineKey, Amounts.times(post.annualCost().usd(), (long) more),
                                Amounts::plus);
                    }
                } else {
                    lineUsd.merge(lineKey, dollarsOf(a, referenceUsd(line.baselines())), Amounts::plus);
                }
            }
        }
        for (Mission m : data.missions()) {
            if (!computeMission.test(m.id())) {
                continue;
            }
            for (BudgetLine line : m.lines()) {
                missionOfLine.put(line.id(), m.id());
                long ref = capUsd(line.baselines());
                for (Delegation del : data.delegations()) {
                    Key lk = new Key(del.id(), line.id());
                    Long usd = lineUsd.get(lk);
                    if (usd == null) {
                        continue;
                    }
                    // byLine holds only the posts so far (at no cost); the dollars are capped here.
                    Cut lineCut = Cut.dollars(Math.min(usd, ref)).plus(byLine.getOrDefault(lk, Cut.NONE));
                    byLine.put(lk, lineCut);
                    byMission.merge(new Key(del.id(), m.id()), lineCut, Cut::plus);
                }
            }
            long missionRef = capUsd(m.baselines());
            for (Delegation del : data.delegations()) {
                Key mk = new Key(del.id(), m.id());
                Long extra = missionLevelUsd.get(mk);
                Cut sum = byMission.getOrDefault(mk, Cut.NONE);
                if (extra != null) {
                    sum = sum.plus(Cut.dollars(extra));
                }
                if (!sum.isNone()) {
                    byMission.put(mk, sum.cappedAt(missionRef));
                }
            }
        }
    }

    /** The amount cuts are measured against; a budget with no figure cannot lose dollars. */
    static long referenceUsd(Baselines baselines) {
        return baselines.reference().map(Figure::usd).orElse(0L);
    }

    /** The most a budget can lose: its reference figure; nothing caps a budget that has none. */
    static long capUsd(Baselines baselines) {
        return baselines.reference().map(Figure::usd).orElse(Long.MAX_VALUE);
    }

    private static long dollarsOf(Amendment a, long reference) {
        return dollarsOf(a.kind(), a.value(), reference);
    }

    /**
     * The dollars a percent, amount or restore amendment of {@code value} takes from a budget of
     * {@code reference}, in full. Scenarios pass a compromise's value here, which may be one an
     * {@link Amendment} itself would refuse (0 posts), hence kind and value rather than an amendment.
     */
    static long dollarsOf(AmendmentKind kind, long value, long reference) {
        return switch (kind) {
            case PERCENT_CUT -> Share.ofBasisPoints((int) value).of(reference);
            case AMOUNT_CUT -> Math.min(value, reference);
            case RESTORE -> -value;
            default -> 0L;
        };
    }
}
