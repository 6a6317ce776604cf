package org.parley.service;

/** A change prepared against a state of the negotiation that no longer holds; nothing was written. */
public final class StaleChangeException extends IllegalStateException {

    public StaleChangeException(String message) {
        super(message);
    }
}
