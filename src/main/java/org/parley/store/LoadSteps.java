package org.parley.store;

import org.parley.model.Negotiation;

/**
 * What a long read says as it goes, and where it may stop: {@link #reading} is called before each
 * part of a negotiation is read, on the thread that reads it. An implementation may throw
 * {@link Cancelled} there to stop the read; nothing has been written, so nothing is undone.
 */
@FunctionalInterface
public interface LoadSteps {

    /** Says nothing and never stops. */
    LoadSteps NONE = what -> {
    };

    /**
     * @param what the part about to be read, as the user reads it ("Reading 37,201 amendments in 3 proposals…")
     * @throws Cancelled when the user asked to stop
     */
    void reading(String what);

    /**
     * Called first, before anything large is read: the negotiation's own row (its title and
     * deadline, for the window's header) and how much it holds. May throw to stop the read, e.g.
     * when the negotiation would not fit in memory.
     *
     * @param postRows post rows (not posts: {@code counts.posts()} is the sum of their counts)
     */
    default void found(Negotiation negotiation, WorkspaceCounts counts, int postRows) {
    }

    /** The user stopped a read before it ended. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
