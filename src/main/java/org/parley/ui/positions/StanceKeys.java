package org.parley.ui.positions;

import java.util.Locale;
import java.util.Optional;

import org.parley.model.Stance;

/** The keys that set a stance, the same in the matrix and in the stance forms. */
final class StanceKeys {

    private StanceKeys() {
    }

    /** The stance a typed key sets: S, F, O, R, U (or the marks +, ~, -, ?); empty for other keys. */
    static Optional<Stance> of(String typed) {
        if (typed == null || typed.length() != 1) {
            return Optional.empty();
        }
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "s", "+" -> Optional.of(Stance.SUPPORTS);
            case "f", "~" -> Optional.of(Stance.FLEXIBLE);
            case "o", "-", "−" -> Optional.of(Stance.OPPOSES);
            case "r", "x" -> Optional.of(Stance.RED_LINE);
            case "u", "?" -> Optional.of(Stance.UNKNOWN);
            default -> Optional.empty();
        };
    }
}
