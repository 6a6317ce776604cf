package org.parley.service;

import org.parley.model.Negotiation;

/**
 * What opening a desk says as it goes, called on the thread that opens it: first the
 * negotiation's own row (so the window's header can show its title and countdown at once), then
 * each part as it is read. {@link #reading} may stop the open by returning {@code false} from
 * {@link #goOn()}; the open then ends with {@link DeskException#cancelled()} and the file is left
 * as it was.
 */
public interface OpenProgress {

    /** Says nothing and never stops. */
    OpenProgress NONE = new OpenProgress() {
    };

    /** The negotiation about to be read: its title, body and deadline are known. */
    default void header(Negotiation negotiation) {
    }

    /** The part about to be read or computed ("Reading 37,201 amendments in 3 proposals…"). */
    default void reading(String what) {
    }

    /** False once the user asked to stop; asked between parts. */
    default boolean goOn() {
        return true;
    }
}
