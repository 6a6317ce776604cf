package org.parley.service;

/**
 * A briefing sheet that could not be built or written. The message is for the user: it says
 * what is wrong and where, and nothing was written.
 */
public final class BriefException extends Exception {

    private static final long serialVersionUID = 1L;

    public BriefException(String message) {
        super(message);
    }

    public BriefException(String message, Throwable cause) {
        super(message, cause);
    }
}
