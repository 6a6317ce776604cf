package org.parley.ui.common;

import java.util.Locale;

import javafx.scene.input.TransferMode;

/**
 * Whether a drag moves or copies, from the keys the user holds: a plain drag MOVES, Ctrl+drag
 * COPIES (Option/Alt+drag on macOS). Decided from the keys, never from the transfer mode the
 * platform reports: GTK reports COPY for a COPY_OR_MOVE drag with no key held.
 */
public final class DragMode {

    /** The platforms whose copy key differs. */
    public enum Os {
        MAC, OTHER;

        /** The platform this JVM runs on. */
        public static Os current() {
            return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac") ? MAC : OTHER;
        }
    }

    /** The modifier keys held. */
    public record Keys(boolean shift, boolean ctrl, boolean alt, boolean meta) {
        public static final Keys NONE = new Keys(false, false, false, false);
    }

    private DragMode() {
    }

    /** MOVE or COPY: the copy key (Ctrl; Option/Alt on macOS) copies, anything else moves. */
    public static TransferMode of(Os os, Keys keys) {
        boolean copy = os == Os.MAC ? keys.alt() : keys.ctrl();
        return copy ? TransferMode.COPY : TransferMode.MOVE;
    }
}
