package org.parley.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Something that happens (or happened) in the negotiation.
 *
 * @param id store id (or a document-local id before import)
 * @param at when it starts
 * @param title what, in a few words
 * @param kind what kind of event
 * @param description more detail (may be blank)
 * @param provenance where we know it from
 * @param missionIds the missions it concerns
 * @param proposalIds the proposals it concerns
 * @param timing how much of {@code at} the source states (the rest is illustrative)
 * @param knownFrom for an outcome (an adoption, an agreement, a press report): the instant from
 *                  which it is known, never before {@code at}; null for an event known in
 *                  advance (a scheduled meeting, the deadline). A desk whose "now" is before it
 *                  does not know the event yet (decision 0024).
 */
public record TimelineEvent(long id, Instant at, String title, EventKind kind, String description,
                            Provenance provenance, Set<Long> missionIds, Set<Long> proposalIds,
                            EventTiming timing, Instant knownFrom) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        title = Text.required(title, "event title");
        Objects.requireNonNull(kind, "kind");
        description = Text.optional(description);
        Objects.requireNonNull(provenance, "provenance");
        missionIds = Set.copyOf(missionIds);
        proposalIds = Set.copyOf(proposalIds);
        Objects.requireNonNull(timing, "timing");
        if (knownFrom != null && knownFrom.isBefore(at)) {
            throw new Refused("an outcome is known when it happens or later, not before: known from "
                    + knownFrom + ", happens " + at);
        }
    }

    /** An event known in advance whose time is as recorded. */
    public TimelineEvent(long id, Instant at, String title, EventKind kind, String description,
                         Provenance provenance, Set<Long> missionIds, Set<Long> proposalIds) {
        this(id, at, title, kind, description, provenance, missionIds, proposalIds, EventTiming.STATED, null);
    }

    /** Whether a desk whose "now" is {@code now} knows of this event. */
    public boolean knownAt(Instant now) {
        return knownFrom == null || !now.isBefore(knownFrom);
    }

    /** Whether the date or hour shown is not a sourced fact: an illustrative event, or a chosen time. */
    public boolean timeIllustrative() {
        return provenance.illustrative() || timing != EventTiming.STATED;
    }

    /**
     * The same event at another time. An outcome known from the moment it happens stays so;
     * one known later (a report) is known no earlier than its new time.
     */
    public TimelineEvent movedTo(Instant to) {
        Instant known = knownFrom == null ? null
                : knownFrom.equals(at) || knownFrom.isBefore(to) ? to : knownFrom;
        return new TimelineEvent(id, to, title, kind, description, provenance, missionIds, proposalIds, timing, known);
    }

    public TimelineEvent withMissionIds(Set<Long> ids) {
        return new TimelineEvent(id, at, title, kind, description, provenance, ids, proposalIds, timing, knownFrom);
    }

    public TimelineEvent withProposalIds(Set<Long> ids) {
        return new TimelineEvent(id, at, title, kind, description, provenance, missionIds, ids, timing, knownFrom);
    }
}
