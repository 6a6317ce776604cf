package org.parley.service;

/** A gesture the workspace could not save; nothing of it was written, and the screen keeps the state before it. */
public final class EditException extends Exception {

    public EditException(String message, Throwable cause) {
        super(message, cause);
    }
}
