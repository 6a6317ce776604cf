package org.parley.model;

import java.util.Objects;

/**
 * One delegation's (or group's) stance on one item; at most one per delegation and item.
 *
 * @param delegationId who
 * @param item on what
 * @param stance where they stand
 * @param note what was said, by whom, when (may be blank)
 */
public record Position(long delegationId, Item item, Stance stance, String note) {

    public Position {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(stance, "stance");
        note = Text.optional(note);
    }

    /** The identity of a position in the matrix: its row and column. */
    public record Key(long delegationId, Item item) {
    }

    public Key key() {
        return new Key(delegationId, item);
    }
}
