package org.parley.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A workspace file could not be opened, read or written. The message is meant for the user: it
 * names the file and says what is wrong with it; {@link #reason()} lets the caller choose what
 * to offer (another file, a backup, an upgrade).
 */
public final class StoreException extends Exception {

    /** Why the store gave up. */
    public enum Reason {
        /** The file is not an SQLite database at all. */
        NOT_SQLITE,
        /** The file is an SQLite database of another application. */
        NOT_PARLEY,
        /** The file was written by a newer Parley with a schema this one does not know. */
        NEWER_VERSION,
        /** The file is damaged, or holds values this Parley cannot read. */
        CORRUPT,
        /** Parley cannot write at this location: the file, its folder or the path is not writable. */
        READ_ONLY,
        /** A change was refused because it breaks a rule of the data (e.g. a code used twice). */
        CONSTRAINT,
        /** Reading or writing failed for another reason (disk full, I/O error, locked file). */
        IO,
        /** Another Parley has the workspace open for writing; it may be opened read-only. */
        LOCKED
    }

    private final Reason reason;
    private final transient Path file;

    StoreException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** A message that starts with the file, e.g. {@code "/x/y.db is not a Parley workspace: …"}. */
    static StoreException of(Reason reason, Path file, String whatIsWrong) {
        return new StoreException(reason, file, file + " " + whatIsWrong, null);
    }

    static StoreException of(Reason reason, Path file, String whatIsWrong, Throwable cause) {
        return new StoreException(reason, file, file + " " + whatIsWrong, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The workspace file concerned. */
    public Path file() {
        return file;
    }
}
