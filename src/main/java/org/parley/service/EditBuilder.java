package org.parley.service;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.NegotiationData;

/**
 * Builds one gesture's {@link ChangeSet} against a working copy of the negotiation: each step
 * is applied as it is added, so the next step sees its result; {@link #build} fails when the
 * whole is one the model refuses, before anything is written.
 */
public final class EditBuilder {

    private final Draft draft;
    private final List<Change<?>> changes = new ArrayList<>();

    public EditBuilder(NegotiationData data) {
        this.draft = new Draft(data);
    }

    /** The negotiation the gesture starts from. */
    public NegotiationData base() {
        return draft.base();
    }

    /** The parts of one kind as the steps so far leave them (read only). */
    public <T> List<T> list(Part<T> part) {
        return List.copyOf(draft.list(part));
    }

    /** The negotiation as the steps so far leave it; the model refuses a state that is not whole. */
    public NegotiationData current() {
        return draft.build();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public <T> EditBuilder create(Part<T> part, T value) {
        return add(Change.create(part, draft.list(part), value));
    }

    public <T> EditBuilder createAt(Part<T> part, T value, int index) {
        return add(Change.createAt(part, value, index));
    }

    public <T> EditBuilder update(Part<T> part, T value) {
        return add(Change.update(part, draft.list(part), value));
    }

    public <T> EditBuilder moveTo(Part<T> part, T value, int index) {
        return add(Change.moveTo(part, draft.list(part), value, index));
    }

    public <T> EditBuilder delete(Part<T> part, T value) {
        return add(Change.delete(part, draft.list(part), value));
    }

    private EditBuilder add(Change<?> change) {
        change.applyTo(draft);
        changes.add(change);
        return this;
    }

    /** The gesture; the editor refuses it when the steps leave a negotiation the model refuses. */
    public ChangeSet build(String label, String description) {
        return new ChangeSet(label, description, changes);
    }
}
