package org.parley.model;

import java.util.Objects;

/**
 * A contested item that delegations take positions on: one amendment, or a mission as a whole.
 *
 * @param kind what the id names
 * @param id the amendment's or the mission's id
 */
public record Item(Kind kind, long id) {

    /** What an item id names. */
    public enum Kind {
        AMENDMENT, MISSION
    }

    public Item {
        Objects.requireNonNull(kind, "kind");
    }

    public static Item amendment(long amendmentId) {
        return new Item(Kind.AMENDMENT, amendmentId);
    }

    public static Item mission(long missionId) {
        return new Item(Kind.MISSION, missionId);
    }
}
