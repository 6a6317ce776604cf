package org.parley.model;

import java.util.Objects;

/**
 * One change a proposal asks for. A value of 0 is allowed (it is how a compromise keeps a
 * post or drops a cut: {@link Compromise#applyTo}); the entry forms ask for at least one post.
 *
 * @param id store id (or a document-local id before import)
 * @param target what it aims at
 * @param kind what it does
 * @param value its size, in the unit of {@code kind} (basis points, dollars or posts)
 * @param rationale the reason given (may be blank)
 * @param provenance where we know it from
 * @param allocation how a top-line cut is spread over the missions ({@link Allocation#NONE}
 *                   for every other kind, and for a top-line cut left unallocated)
 */
public record Amendment(long id, Target target, AmendmentKind kind, long value, String rationale,
                        Provenance provenance, Allocation allocation) {

    public Amendment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(allocation, "allocation");
        if (allocation.isAllocated() && kind != AmendmentKind.TOPLINE_CUT) {
            throw new Refused(kind.label() + ": only a top-line cut is allocated to missions");
        }
        if (allocation.rule() == AllocationRule.BY_HAND && allocation.partsUsd() != value) {
            throw new Refused("top-line cut: the amounts allocated by hand add up to $"
                    + String.format("%,d", allocation.partsUsd()) + ", not the cut's $" + String.format("%,d", value));
        }
        rationale = Text.optional(rationale);
        if (value < 0) {
            throw new Refused(kind.label() + ": the value must not be negative");
        }
        switch (kind) {
            case PERCENT_CUT -> {
                if (value > Share.WHOLE_BP) {
                    throw new Refused("percent cut: must be between 0% and 100%");
                }
                if (target.isWholeBudget()) {
                    throw new Refused("percent cut: needs a mission or a line as target");
                }
            }
            case ABOLISH_POSTS -> {
                if (target.postId() == null) {
                    throw new Refused("abolish posts: needs a post row as target");
                }
            }
            case AMOUNT_CUT, RESTORE -> {
                if (target.isWholeBudget()) {
                    throw new Refused(kind.label() + ": needs a mission or a line as target");
                }
            }
            case TOPLINE_CUT -> {
                if (!target.isWholeBudget()) {
                    throw new Refused("top-line cut: aims at the whole budget, not a mission");
                }
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    /** An amendment that allocates nothing (every kind but an allocated top-line cut). */
    public Amendment(long id, Target target, AmendmentKind kind, long value, String rationale,
                     Provenance provenance) {
        this(id, target, kind, value, rationale, provenance, Allocation.NONE);
    }

    /** The same amendment with another allocation. */
    public Amendment withAllocation(Allocation other) {
        return new Amendment(id, target, kind, value, rationale, provenance, other);
    }

    /** The share of a percent cut; only for {@link AmendmentKind#PERCENT_CUT}. */
    public Share share() {
        if (kind != AmendmentKind.PERCENT_CUT) {
            throw new IllegalStateException("not a percent cut: " + kind);
        }
        return Share.ofBasisPoints((int) value);
    }
}
