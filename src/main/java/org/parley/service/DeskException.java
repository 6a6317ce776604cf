package org.parley.service;

import java.nio.file.Path;
import org.parley.store.StoreException;

/**
 * Opening a desk failed. The message is for the user: it says what is wrong and where, and
 * the file named in it was not modified.
 */
public final class DeskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final boolean cancelled;

    public DeskException(Path file, String message, Throwable cause) {
        this(file, message, cause, false);
    }

    private DeskException(Path file, String message, Throwable cause, boolean cancelled) {
        super(message, cause);
        this.file = file;
        this.cancelled = cancelled;
    }

    /** The user stopped opening {@code file}; nothing was changed. */
    public static DeskException cancelled(Path file) {
        return new DeskException(file, "Opening " + file + " was cancelled; nothing was changed.", null, true);
    }

    /** True when the user stopped the open: not a fault of the file. */
    public boolean cancelled() {
        return cancelled;
    }

    /** True when another Parley has the workspace open for writing; it can then be opened read-only. */
    public boolean openElsewhere() {
        return getCause() instanceof StoreException e && e.reason() == StoreException.Reason.LOCKED;
    }

    /** True when the workspace file is damaged or not a workspace, so restoring a backup may help. */
    public boolean damaged() {
        return getCause() instanceof StoreException e && (e.reason() == StoreException.Reason.CORRUPT
                || e.reason() == StoreException.Reason.NOT_SQLITE || e.reason() == StoreException.Reason.NOT_PARLEY);
    }

    /** The workspace file that could not be opened. */
    public Path file() {
        return file;
    }
}
