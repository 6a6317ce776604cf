package org.parley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a top-line cut is allocated to missions (decision 0025): its rule, the baseline of a
 * {@link AllocationRule#PRO_RATA} rule, and the parts of a {@link AllocationRule#BY_HAND} rule
 * (mission id to whole dollars, in the order given). Immutable.
 *
 * @param rule how the cut is spread
 * @param baseline the baseline a pro-rata rule is proportional to; null for the other rules
 * @param parts the dollars per mission of a by-hand rule; empty for the other rules
 */
public record Allocation(AllocationRule rule, Baseline baseline, Map<Long, Long> parts) {

    /** A top-line cut as before issue 13: unallocated. */
    public static final Allocation NONE = new Allocation(AllocationRule.NONE, null, Map.of());

    public Allocation {
        Objects.requireNonNull(rule, "allocation rule");
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts == null ? Map.of() : parts));
        if ((rule == AllocationRule.PRO_RATA) != (baseline != null)) {
            throw new Refused(rule == AllocationRule.PRO_RATA
                    ? "allocation pro rata: needs the baseline it is proportional to"
                    : "allocation " + rule.label() + ": takes no baseline");
        }
        if (rule == AllocationRule.BY_HAND) {
            if (parts.isEmpty()) {
                throw new Refused("allocation by hand: needs at least one mission and its amount");
            }
            parts.forEach((mission, usd) -> {
                if (usd == null || usd < 0) {
                    throw new Refused("allocation by hand: the amount for mission " + mission
                            + " must not be negative");
                }
            });
        } else if (!parts.isEmpty()) {
            throw new Refused("allocation " + rule.label() + ": takes no amounts by hand");
        }
    }

    public static Allocation proRata(Baseline baseline) {
        return new Allocation(AllocationRule.PRO_RATA, Objects.requireNonNull(baseline, "baseline"), Map.of());
    }

    public static Allocation acabqReductions() {
        return new Allocation(AllocationRule.ACABQ_REDUCTIONS, null, Map.of());
    }

    public static Allocation byHand(Map<Long, Long> parts) {
        return new Allocation(AllocationRule.BY_HAND, null, parts);
    }

    public boolean isAllocated() {
        return rule != AllocationRule.NONE;
    }

    /** The parts by hand added up (0 for the other rules); overflow checked. */
    public long partsUsd() {
        return parts.values().stream().mapToLong(Long::longValue).reduce(0L, Amounts::plus);
    }

    /** "pro rata to the ACABQ recommended figure", "by hand", "unallocated". */
    public String describe() {
        return rule == AllocationRule.PRO_RATA
                ? "pro rata to the " + baseline.label() + " figure"
                : rule.label();
    }
}
