package org.parley.model;

import java.util.Objects;

/**
 * Our own delegation's line on an item and the fallback we may go to; at most one per item.
 *
 * @param item the contested item
 * @param line what we say in the room (may be blank)
 * @param fallback how far we may move (may be blank)
 */
public record OurLine(Item item, String line, String fallback) {

    public OurLine {
        Objects.requireNonNull(item, "item");
        line = Text.optional(line);
        fallback = Text.optional(fallback);
    }
}
