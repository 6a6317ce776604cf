package org.parley.model;

import java.util.function.Supplier;

/** The model's one way to refuse: the message is built only on failure (checks run over every post). */
final class Checks {

    private Checks() {
    }

    static void require(boolean ok, Supplier<String> message) {
        if (!ok) {
            throw new Refused(message.get());
        }
    }
}
