package org.parley.service;

/**
 * An export or import that could not be done for a reason other than the file's contents (those
 * are {@link org.parley.io.ImportException}s). The message is for the user; nothing was written.
 */
public final class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
