package org.parley.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 *   <li>abolishing posts costs their annual cost; a post row never loses more posts than it has,
 *       however many amendments name it;</li>
 *   <li>a percent or amount cut on a line is measured against the line's reference figure
 *       (current, else ACABQ, else SG) less the cost of the posts abolished on that line, so a
 *       post abolished inside a line that is also cut counts once; a line never loses more than
 *       its reference figure;</li>
 *   <li>a cut aimed at a mission as a whole counts at mission level, measured against the
 *       mission's reference figure less the posts abolished in it, and capped at that figure
 *       together with its lines' cuts;</li>
 *   <li>the dollars a line loses beyond its abolished posts put an estimated number of its other
 *       posts at risk ({@link PostsAtRisk}), kept apart from the posts abolished;</li>
 *   <li>a restoration counts as a negative cut; a top-line cut left unallocated belongs to no
 *       mission;</li>
 *   <li>an allocated top-line cut (decision 0025) is spread over the missions by its rule
 *       ({@link TopLineAllocation}) and each part counts in its mission like an amount cut aimed
 *       at the mission; only what no mission can take is unallocated.</li>
 * </ul>
 * The scenario rules across delegations come with scenarios; this is the per-delegation view.
 */
public final class ProposedCuts {

    private record Key(long delegationId, long id) {
    }

    /** One allocated top-line cut's part in a mission. */
    private record Part(long amendmentId, long usd) {
    }

    private final Map<Key, Cut> byMission = new HashMap<>();
    private final Map<Key, Cut> byLine = new HashMap<>();
    private final Map<Long, Long> unallocated = new LinkedHashMap<>();
    private final Map<Key, Long> allocated = new HashMap<>(); // (delegation, mission) -> allocated part
    // (delegation, mission) -> each allocated cut's part there, in the proposals' order (decision 0025)
    private Map<Key, List<Part>> parts = Map.of();
    private boolean anyAllocated;
    private final Map<Key, PostsAtRisk> missionAtRisk = new HashMap<>();
    private final Map<Key, PostsAtRisk> lineAtRisk = new HashMap<>();
    private final Map<Key, Integer> postsAbolished = new HashMap<>(); // (delegation, post id) -> posts
    // Which mission each line and post row with a cut belongs to, so an update can drop them.
    private final Map<Long, Long> missionOfLine = new HashMap<>();
    private final Map<Long, Long> missionOfPost = new HashMap<>();

    private ProposedCuts() {
    }

    public static ProposedCuts of(NegotiationData data) {
        ProposedCuts cuts = new ProposedCuts();
        cuts.parts = partsOf(data);
        cuts.compute(data, missionId -> true);
        return cuts;
    }

    /** Every delegation's parts of its allocated top-line cuts on the table, per mission. */
    private static Map<Key, List<Part>> partsOf(NegotiationData data) {
        Map<Key, List<Part>> parts = new HashMap<>();
        for (Proposal p : data.proposals()) {
            if (!data.counts(p)) {
                continue;
            }
            for (Amendment a : p.amendments()) {
                if (a.kind() == AmendmentKind.TOPLINE_CUT && a.allocation().isAllocated()) {
                    TopLineAllocation.of(data, a.allocation(), a.value()).parts().forEach((missionId, usd) ->
                            parts.computeIfAbsent(new Key(p.delegationId(), missionId), k -> new ArrayList<>())
                                    .add(new Part(a.id(), usd)));
                }
            }
        }
        return parts;
    }

    /**
     * The cuts after an edit that touched only {@code missionIds} (before or after it): those
     * missions are computed again, the others are taken from {@code previous}. Gives the same
     * as {@link #of} when every touched mission is named.
     */
    public static ProposedCuts update(ProposedCuts previous, NegotiationData data, Set<Long> changedMissionIds) {
        // An allocated top-line cut's parts depend on every mission's figures and on the cut, so
        // the caller cannot name the missions whose parts move: they are those whose parts differ
        // from the ones counted before (none after an edit to a line cut elsewhere; all of them
        // when a weight or the cut changed). Decision 0025.
        Map<Key, List<Part>> parts = previous.anyAllocated || data.proposals().stream().anyMatch(p -> data.counts(p)
                && p.amendments().stream().anyMatch(a -> a.allocation().isAllocated())) ? partsOf(data) : Map.of();
        Set<Long> missionIds = new HashSet<>(changedMissionIds);
        previous.parts.forEach((k, v) -> {
            if (!v.equals(parts.get(k))) {
                missionIds.add(k.id);
            }
        });
        parts.keySet().forEach(k -> {
            if (!previous.parts.containsKey(k)) {
                missionIds.add(k.id);
            }
        });
        ProposedCuts cuts = new ProposedCuts();
        cuts.parts = parts;
        previous.allocated.forEach((k, v) -> {
            if (!missionIds.contains(k.id)) {
                cuts.allocated.put(k, v);
            }
        });
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
        previous.missionAtRisk.forEach((k, v) -> {
            if (!missionIds.contains(k.id)) {
                cuts.missionAtRisk.put(k, v);
            }
        });
        previous.lineAtRisk.forEach((k, v) -> {
            if (cuts.missionOfLine.containsKey(k.id)) {
                cuts.lineAtRisk.put(k, v);
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

    /**
     * An <b>estimate</b> of the posts a delegation's dollar cuts put at risk in one mission,
     * beside the posts it abolishes outright (see {@link PostsAtRisk} for the rule).
     */
    public PostsAtRisk atRiskForMission(long delegationId, long missionId) {
        return missionAtRisk.getOrDefault(new Key(delegationId, missionId), PostsAtRisk.NONE);
    }

    /** The estimate of {@link #atRiskForMission} on one budget line. */
    public PostsAtRisk atRiskForLine(long delegationId, long lineId) {
        return lineAtRisk.getOrDefault(new Key(delegationId, lineId), PostsAtRisk.NONE);
    }

    /**
     * A delegation's "jobs at risk" over the whole negotiation: the posts its proposals abolish
     * outright plus the posts their dollar cuts put at risk (an estimate), by grade.
     */
    public Map<Grade, Integer> jobsAtRiskOfDelegation(long delegationId) {
        PostsAtRisk all = PostsAtRisk.NONE;
        for (Map.Entry<Key, Cut> e : byMission.entrySet()) {
            if (e.getKey().delegationId == delegationId) {
                all = all.plus(PostsAtRisk.of(e.getValue().postsByGrade()));
            }
        }
        for (Map.Entry<Key, PostsAtRisk> e : missionAtRisk.entrySet()) {
            if (e.getKey().delegationId == delegationId) {
                all = all.plus(e.getValue());
            }
        }
        return all.byGrade();
    }

    /** How many posts of one post row a delegation proposes to abolish, at most the row's count. */
    public int postsAbolished(long delegationId, long postId) {
        return postsAbolished.getOrDefault(new Key(delegationId, postId), 0);
    }

    /**
     * The part of a delegation's allocated top-line cuts that falls on one mission, in dollars,
     * as its rule spreads it (included in {@link #forMission}, before the mission's cap).
     */
    public long allocatedTo(long delegationId, long missionId) {
        return allocated.getOrDefault(new Key(delegationId, missionId), 0L);
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
        Map<Key, LineLoss> lineLosses = new HashMap<>();
        Map<Key, List<Amendment>> missionLevel = new HashMap<>();
        for (Proposal p : data.proposals()) {
            if (!data.counts(p)) {
                continue; // withdrawn, or superseded by its revision
            }
            long d = p.delegationId();
            for (Amendment a : p.amendments()) {
                Target t = a.target();
                if (a.kind() == AmendmentKind.TOPLINE_CUT) {
                    if (!a.allocation().isAllocated()) {
                        unallocated.merge(d, a.value(), Amounts::plus);
                        continue;
                    }
                    anyAllocated = true;
                    TopLineAllocation spread = TopLineAllocation.of(data, a.allocation(), a.value());
                    if (spread.unallocatedUsd() > 0) {
                        unallocated.merge(d, spread.unallocatedUsd(), Amounts::plus);
                    }
                    spread.parts().forEach((missionId, part) -> {
                        if (computeMission.test(missionId)) {
                            allocated.merge(new Key(d, missionId), part, Amounts::plus);
                            missionLevel.computeIfAbsent(new Key(d, missionId), k -> new ArrayList<>())
                                    .add(new Amendment(a.id(), Target.mission(missionId), AmendmentKind.AMOUNT_CUT,
                                            part, a.rationale(), a.provenance()));
                        }
                    });
                    continue;
                }
                if (!computeMission.test(t.missionId())) {
                    continue;
                }
                Mission mission = data.mission(t.missionId()).orElseThrow();
                if (t.lineId() == null) {
                    missionLevel.computeIfAbsent(new Key(d, mission.id()), k -> new ArrayList<>()).add(a);
                    continue;
                }
                BudgetLine line = data.line(t.missionId(), t.lineId()).orElseThrow();
                LineLoss loss = lineLosses.computeIfAbsent(new Key(d, line.id()), k -> new LineLoss(line));
                if (a.kind() == AmendmentKind.ABOLISH_POSTS) {
                    Post post = data.post(t).orElseThrow();
                    Key postKey = new Key(d, post.id());
                    int already = postsAbolished.getOrDefault(postKey, 0);
                    int more = (int) Math.min(a.value(), post.count() - already);
                    if (more > 0) {
                        postsAbolished.put(postKey, already + more);
                        missionOfPost.put(post.id(), mission.id());
                        loss.lose(post, already + more);
                    }
                } else {
                    loss.cut(a.kind(), a.value(), Share.WHOLE);
                }
            }
        }
        for (Mission m : data.missions()) {
            if (!computeMission.test(m.id())) {
                continue;
            }
            Map<Long, Long> abolishedUsd = new HashMap<>(); // delegation -> posts' cost in the mission
            for (BudgetLine line : m.lines()) {
                missionOfLine.put(line.id(), m.id());
                for (Delegation del : data.delegations()) {
                    Key lk = new Key(del.id(), line.id());
                    LineLoss loss = lineLosses.get(lk);
                    if (loss == null) {
                        continue;
                    }
                    LineLoss.Result r = loss.result();
                    abolishedUsd.merge(del.id(), loss.abolishedUsd(), Amounts::plus);
                    if (!r.cut().isNone()) {
                        byLine.put(lk, r.cut());
                        byMission.merge(new Key(del.id(), m.id()), r.cut(), Cut::plus);
                    }
                    if (!r.atRisk().isNone()) {
                        lineAtRisk.put(lk, r.atRisk());
                        missionAtRisk.merge(new Key(del.id(), m.id()), r.atRisk(), PostsAtRisk::plus);
                    }
                }
            }
            long missionRef = capUsd(m.baselines());
            for (Delegation del : data.delegations()) {
                Key mk = new Key(del.id(), m.id());
                List<Amendment> extra = missionLevel.get(mk);
                Cut sum = byMission.getOrDefault(mk, Cut.NONE);
                if (extra != null) {
                    // measured against the mission less the posts this delegation abolishes in it
                    long base = Math.max(0, referenceUsd(m.baselines()) - abolishedUsd.getOrDefault(del.id(), 0L));
                    for (Amendment a : extra) {
                        sum = sum.plus(Cut.dollars(dollarsOf(a, base)));
                    }
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
