package org.parley.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A top-line cut spread over the missions by its {@link Allocation} (decision 0025; the rules
 * with a worked example are in {@code docs/scenario-rules.md}). A pure function of the missions'
 * figures, the rule and the dollars to spread; whole dollars, integer arithmetic only.
 *
 * <p><b>Weights.</b> Pro rata to a baseline: each mission's figure on that baseline. Pro rata
 * to the ACABQ's reductions: SG proposed − ACABQ recommended, for the missions that have both
 * (a mission whose ACABQ figure is not below its SG figure has a reduction of 0 and gets
 * nothing). By hand: the parts as given. A mission without the figure a rule needs gets nothing
 * and is named in {@link #leftOut()}.
 *
 * <p><b>Rounding: largest remainder.</b> Each mission first gets the whole part of
 * usd × weight / total weight; the dollars still to place (fewer than the missions weighted) go
 * one each to the missions with the largest remainders, the earlier mission in the negotiation's
 * order first on a tie. So the parts add up to the dollars spread exactly. When no mission has
 * a weight, nothing is allocated: the dollars stay unallocated ({@link #unallocatedUsd()}).
 *
 * <p>By hand, when the dollars to spread equal the parts (the cut adopted in full), each
 * mission gets exactly its part; at a share or at a compromise's value the same rule scales
 * the parts.
 */
public final class TopLineAllocation {

    private final Map<Long, Long> parts;
    private final long unallocatedUsd;
    private final List<String> leftOut;
    private final boolean illustrative;

    private TopLineAllocation(Map<Long, Long> parts, long unallocatedUsd, List<String> leftOut,
                              boolean illustrative) {
        this.parts = Collections.unmodifiableMap(parts);
        this.unallocatedUsd = unallocatedUsd;
        this.leftOut = List.copyOf(leftOut);
        this.illustrative = illustrative;
    }

    /** Spreads {@code usd} (not negative) over the missions of {@code data} by {@code allocation}. */
    public static TopLineAllocation of(NegotiationData data, Allocation allocation, long usd) {
        return of(data.missions(), allocation, usd);
    }

    /** Spreads {@code usd} (not negative) over {@code missions}, in their order, by {@code allocation}. */
    public static TopLineAllocation of(List<Mission> missions, Allocation allocation, long usd) {
        Objects.requireNonNull(allocation, "allocation");
        if (usd < 0) {
            throw new IllegalArgumentException("a top-line cut to allocate must not be negative: " + usd);
        }
        if (!allocation.isAllocated()) {
            return new TopLineAllocation(new LinkedHashMap<>(), usd, List.of(), false);
        }
        List<Long> ids = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        boolean illustrative = false;
        for (Mission m : missions) {
            Long w = weightOf(m, allocation);
            if (w == null) {
                leftOut.add(m.code());
            } else if (w > 0) {
                ids.add(m.id());
                weights.add(w);
                illustrative |= weightIllustrative(m, allocation);
            }
        }
        return spread(ids, weights, usd, leftOut, illustrative);
    }

    /**
     * A mission's weight under an allocated rule: its figure on the baseline (pro rata), SG
     * proposed − ACABQ recommended, never below 0 (the ACABQ's reductions), its amount (by hand,
     * 0 when not named); null when the mission lacks the figure the rule needs (it is left out).
     */
    public static Long weightOf(Mission m, Allocation allocation) {
        switch (allocation.rule()) {
            case PRO_RATA -> {
                return m.baselines().get(allocation.baseline()).map(Figure::usd).orElse(null);
            }
            case ACABQ_REDUCTIONS -> {
                Figure sg = m.baselines().get(Baseline.SG_PROPOSED).orElse(null);
                Figure acabq = m.baselines().get(Baseline.ACABQ_RECOMMENDED).orElse(null);
                return sg == null || acabq == null ? null : Math.max(0, sg.usd() - acabq.usd());
            }
            case BY_HAND -> {
                return allocation.parts().getOrDefault(m.id(), 0L);
            }
            default -> throw new IllegalStateException("unhandled rule " + allocation.rule());
        }
    }

    /** True when the figures a mission's weight is computed from include an illustrative one. */
    public static boolean weightIllustrative(Mission m, Allocation allocation) {
        return switch (allocation.rule()) {
            case PRO_RATA -> m.baselines().get(allocation.baseline()).map(Figure::illustrative).orElse(false);
            case ACABQ_REDUCTIONS -> {
                Figure sg = m.baselines().get(Baseline.SG_PROPOSED).orElse(null);
                Figure acabq = m.baselines().get(Baseline.ACABQ_RECOMMENDED).orElse(null);
                yield sg != null && acabq != null && (sg.illustrative() || acabq.illustrative());
            }
            default -> false;
        };
    }

    /** The part of an allocated top-line amendment, in full, that falls on one mission; 0 for any other amendment. */
    public static long partOf(NegotiationData data, Amendment a, long missionId) {
        if (a.kind() != AmendmentKind.TOPLINE_CUT || !a.allocation().isAllocated()) {
            return 0;
        }
        return of(data, a.allocation(), a.value()).partOf(missionId);
    }

    /** Parts (id to dollars) scaled to add up to {@code usd}, by the same largest remainder; in the parts' order. */
    public static Map<Long, Long> scale(Map<Long, Long> parts, long usd) {
        List<Long> ids = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        parts.forEach((id, w) -> {
            if (w > 0) {
                ids.add(id);
                weights.add(w);
            }
        });
        return spread(ids, weights, usd, List.of(), false).parts();
    }

    private static TopLineAllocation spread(List<Long> ids, List<Long> weights, long usd, List<String> leftOut,
                                            boolean illustrative) {
        BigInteger total = BigInteger.ZERO;
        for (long w : weights) {
            total = total.add(BigInteger.valueOf(w));
        }
        Map<Long, Long> parts = new LinkedHashMap<>();
        if (total.signum() == 0 || usd == 0) {
            return new TopLineAllocation(parts, total.signum() == 0 ? usd : 0, leftOut, illustrative && usd > 0);
        }
        BigInteger amount = BigInteger.valueOf(usd);
        long[] whole = new long[ids.size()];
        BigInteger[] remainder = new BigInteger[ids.size()];
        long placed = 0;
        for (int i = 0; i < ids.size(); i++) {
            BigInteger[] qr = amount.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(total);
            whole[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            placed += whole[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        // largest remainder first; on a tie, the earlier mission (a stable sort keeps the order)
        order.sort(Comparator.comparing((Integer i) -> remainder[i]).reversed());
        long left = usd - placed; // fewer than the missions weighted
        for (int k = 0; k < left; k++) {
            whole[order.get(k)]++;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (whole[i] > 0) {
                parts.put(ids.get(i), whole[i]);
            }
        }
        return new TopLineAllocation(parts, 0, leftOut, illustrative);
    }

    /** The dollars per mission id, in the negotiation's order; only missions that get some. */
    public Map<Long, Long> parts() {
        return parts;
    }

    /** One mission's part; 0 when it gets none. */
    public long partOf(long missionId) {
        return parts.getOrDefault(missionId, 0L);
    }

    /** The dollars no mission could take (every weight was 0 or missing, or the rule is none). */
    public long unallocatedUsd() {
        return unallocatedUsd;
    }

    /** The codes of the missions without the figure the rule needs, in the negotiation's order. */
    public List<String> leftOut() {
        return leftOut;
    }

    /** True when a weight the parts were computed from is an illustrative figure. */
    public boolean illustrative() {
        return illustrative;
    }
}
