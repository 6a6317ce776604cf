package org.parley.service;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.parley.model.NegotiationData;
import org.parley.store.Writer;

/**
 * One replacement of one aggregate: {@code before} (absent when it is created) becomes
 * {@code after} (absent when it is deleted), at an index among its siblings. Its inverse swaps
 * the two, so undo is the same code as do.
 *
 * @param part what kind of aggregate
 * @param before the aggregate as it is now, or null when this change creates it
 * @param after the aggregate as it will be, or null when this change deletes it
 * @param beforeIndex where {@code before} sits now (ignored when it is null)
 * @param afterIndex where {@code after} will sit (ignored when it is null)
 * @param <T> the aggregate's type
 */
public record Change<T>(Part<T> part, T before, T after, int beforeIndex, int afterIndex) {

    public Change {
        Objects.requireNonNull(part, "part");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after");
        }
        if (before != null && after != null && !part.key(before).equals(part.key(after))) {
            throw new IllegalArgumentException("a change keeps its " + part + "'s identity");
        }
    }

    static <T> Change<T> create(Part<T> part, List<T> current, T value) {
        return new Change<>(part, null, value, -1, current.size());
    }

    static <T> Change<T> createAt(Part<T> part, T value, int index) {
        return new Change<>(part, null, value, -1, index);
    }

    /** Replaces the aggregate with the same key by {@code value}, in place. */
    static <T> Change<T> update(Part<T> part, List<T> current, T value) {
        int i = indexOfExisting(part, current, value);
        return new Change<>(part, current.get(i), value, i, i);
    }

    /** Moves the aggregate with the same key as {@code value} to {@code index}, as {@code value}. */
    static <T> Change<T> moveTo(Part<T> part, List<T> current, T value, int index) {
        int i = indexOfExisting(part, current, value);
        return new Change<>(part, current.get(i), value, i, index);
    }

    /** Deletes the aggregate with the same key as {@code value}. */
    static <T> Change<T> delete(Part<T> part, List<T> current, T value) {
        int i = indexOfExisting(part, current, value);
        return new Change<>(part, current.get(i), null, i, -1);
    }

    private static <T> int indexOfExisting(Part<T> part, List<T> current, T value) {
        int i = part.indexOf(current, part.key(value));
        if (i < 0) {
            throw new IllegalArgumentException("no " + part + " " + part.key(value) + " to change");
        }
        return i;
    }

    public Change<T> inverted() {
        return new Change<>(part, after, before, afterIndex, beforeIndex);
    }

    /**
     * Applies this change to a draft. Refuses a draft that no longer holds {@code before} as it
     * was (a stale change); the model's rules are checked when the draft is built.
     */
    void applyTo(Draft draft) {
        List<T> values = draft.list(part);
        if (before != null) {
            int i = part.indexOf(values, part.key(before));
            if (i < 0 || !values.get(i).equals(before)) {
                throw new StaleChangeException("the " + part + " changed since this edit was prepared");
            }
            values.remove(i);
        } else if (part.indexOf(values, part.key(after)) >= 0) {
            throw new StaleChangeException("a " + part + " with this identity already exists");
        }
        if (after != null) {
            values.add(Math.max(0, Math.min(afterIndex, values.size())), after);
        }
    }

    /** Writes this change; {@code result} is the negotiation after it, for the new position. */
    void write(Writer w, NegotiationData result) {
        if (after == null) {
            part.remove(w, before);
        } else {
            part.put(w, before, after, part.indexOf(part.list(result), part.key(after)));
        }
        boolean moved = before == null || after == null || beforeIndex != afterIndex;
        if (moved && part.siblings() != null) {
            w.order(part.siblings(), part.list(result).stream().map(v -> (Long) part.key(v)).toList());
        }
    }

    /** The missions whose totals this change may move. */
    Set<Long> missions(NegotiationData before, NegotiationData after) {
        if (part == Part.PROPOSALS) {
            // A revision made, removed or unlinked makes the proposal it revises stop or start counting.
            Set<Long> ids = new HashSet<>(ChangedMissions.ofRevised((org.parley.model.Proposal) this.before, before));
            ids.addAll(ChangedMissions.ofRevised((org.parley.model.Proposal) this.after, after));
            if (this.before != null && this.after != null) {
                if (java.util.Objects.equals(((org.parley.model.Proposal) this.before).revisesId(),
                        ((org.parley.model.Proposal) this.after).revisesId())) {
                    ids.clear();
                }
                ids.addAll(ChangedMissions.of((org.parley.model.Proposal) this.before,
                        (org.parley.model.Proposal) this.after));
                return ids;
            }
            ids.addAll(part.missions(this.before, before));
            ids.addAll(part.missions(this.after, after));
            return ids;
        }
        Set<Long> ids = new HashSet<>(part.missions(this.before, before));
        ids.addAll(part.missions(this.after, after));
        return ids;
    }
}
