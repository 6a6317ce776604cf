package org.parley.service;

import java.nio.file.Path;

/**
 * Opening a desk failed. The message is for the user: it says what is wrong and where, and
 * the file named in it was not modified.
 */
public final class DeskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DeskException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The workspace file that could not be opened. */
    public Path file() {
        return file;
    }
}
