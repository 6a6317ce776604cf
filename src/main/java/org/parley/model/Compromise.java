package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate outcome for one amendment: the same amendment with another value, e.g. −25%
 * instead of −50%, or 0 posts abolished on the victims' rights advocate row ("post kept").
 *
 * @param id store id
 * @param amendmentId the amendment it would replace
 * @param description how it was put in the room (required)
 * @param value the amendment's value under the compromise, in the amendment kind's unit
 *              (basis points, dollars or posts); checked against the amendment by
 *              {@link NegotiationData}
 * @param floatedBy who floated it, e.g. "the coordinator" or a delegation (may be blank)
 * @param floatedAt when
 * @param status how far it has got
 */
public record Compromise(long id, long amendmentId, String description, long value, String floatedBy,
                         Instant floatedAt, CompromiseStatus status) {

    public Compromise {
        description = Text.required(description, "compromise description");
        floatedBy = Text.optional(floatedBy);
        Objects.requireNonNull(floatedAt, "floated at");
        Objects.requireNonNull(status, "status");
        if (value < 0) {
            throw new Refused("compromise value: must not be negative");
        }
    }

    /** The amendment as it would read under this compromise. */
    public Amendment applyTo(Amendment amendment) {
        if (amendment.id() != amendmentId) {
            throw new Refused("compromise " + id + " is not about amendment " + amendment.id());
        }
        return new Amendment(amendment.id(), amendment.target(), amendment.kind(), value, amendment.rationale(),
                amendment.provenance(), allocationAt(amendment.allocation(), value));
    }

    /** A by-hand allocation scaled to the compromise's value (largest remainder); the other rules as they are. */
    private static Allocation allocationAt(Allocation allocation, long value) {
        if (allocation.rule() != AllocationRule.BY_HAND || allocation.partsUsd() == value) {
            return allocation;
        }
        java.util.Map<Long, Long> scaled = TopLineAllocation.scale(allocation.parts(), value);
        return scaled.isEmpty() ? Allocation.NONE : Allocation.byHand(scaled);
    }
}
