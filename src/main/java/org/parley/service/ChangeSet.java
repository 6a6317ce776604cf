package org.parley.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One gesture: the changes of a drop, an edit or a delete with its dependants, applied in one
 * transaction and undone as one.
 *
 * @param label what the gesture is, for menus: "Move amendment" ("Undo move amendment")
 * @param description what it did, for the change history:
 *                    "Move amendment MONUSCO / Human rights −50% from RU to CN"
 * @param changes the changes in the order they apply
 */
public record ChangeSet(String label, String description, List<Change<?>> changes) {

    public ChangeSet {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a change set needs at least one change");
        }
    }

    public static ChangeSet of(String label, String description, Change<?>... changes) {
        return new ChangeSet(label, description, List.of(changes));
    }

    /** Undoes this set: the inverse of every change, last first. */
    public ChangeSet inverted() {
        List<Change<?>> inverse = new ArrayList<>();
        for (Change<?> c : changes) {
            inverse.add(c.inverted());
        }
        Collections.reverse(inverse);
        return new ChangeSet(label, description, inverse);
    }
}
