package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a negotiation's change history: what was changed, when.
 *
 * @param id store id, increasing with time
 * @param at when it was committed (wall-clock time of the machine)
 * @param description readable, e.g. "Move amendment MONUSCO / Human rights −50% to China's proposal"
 */
public record ChangeRecord(long id, Instant at, String description) {

    public ChangeRecord {
        Objects.requireNonNull(at, "at");
        description = Text.required(description, "change description");
    }
}
