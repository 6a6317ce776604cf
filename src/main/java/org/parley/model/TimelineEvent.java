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
 */
public record TimelineEvent(long id, Instant at, String title, EventKind kind, String description,
                            Provenance provenance, Set<Long> missionIds, Set<Long> proposalIds) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        title = Text.required(title, "event title");
        Objects.requireNonNull(kind, "kind");
        description = Text.optional(description);
        Objects.requireNonNull(provenance, "provenance");
        missionIds = Set.copyOf(missionIds);
        proposalIds = Set.copyOf(proposalIds);
    }
}
