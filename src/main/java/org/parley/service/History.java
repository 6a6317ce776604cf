package org.parley.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of one session. Only {@link Editor} pushes, in the same call that
 * applies a gesture, so no caller can forget to record one.
 */
final class History {

    private static final int LIMIT = 500;

    private final Deque<ChangeSet> undo = new ArrayDeque<>();
    private final Deque<ChangeSet> redo = new ArrayDeque<>();

    void done(ChangeSet set) {
        undo.push(set);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<ChangeSet> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<ChangeSet> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void undone() {
        redo.push(undo.pop());
    }

    void redone() {
        undo.push(redo.pop());
    }
}
