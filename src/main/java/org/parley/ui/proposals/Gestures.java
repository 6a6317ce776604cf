package org.parley.ui.proposals;

import java.util.Optional;

import org.parley.service.EditException;
import org.parley.ui.common.DeskEditing;

/** Running a gesture that makes something, for the editing view models of this pane. */
final class Gestures {

    /** A gesture that makes something and answers with its id. */
    @FunctionalInterface
    interface Making {
        long run() throws EditException;
    }

    private Gestures() {
    }

    /** Runs a making gesture through {@link DeskEditing#run}; the new id, or empty when it was refused. */
    static Optional<Long> make(DeskEditing editing, String what, Making gesture) {
        long[] id = new long[1];
        return editing.run(what, () -> id[0] = gesture.run()) ? Optional.of(id[0]) : Optional.empty();
    }
}
