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
 */
public record Amendment(long id, Target target, AmendmentKind kind, long value, String rationale,
                        Provenance provenance) {

    public Amendment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
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

    /** The share of a percent cut; only for {@link AmendmentKind#PERCENT_CUT}. */
    public Share share() {
        if (kind != AmendmentKind.PERCENT_CUT) {
            throw new IllegalStateException("not a percent cut: " + kind);
        }
        return Share.ofBasisPoints((int) value);
    }
}
