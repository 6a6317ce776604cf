package org.parley.service;

import java.util.Objects;
import org.parley.print.Sheet;

/**
 * A sheet with the file name it is saved under when many are written at once. The sheet may be
 * made only when it is written ({@link Maker}), so that a brief per mission of a large negotiation
 * does not hold every sheet in memory at once, and several can be made side by side.
 *
 * @param fileStem e.g. "mission-MONUSCO" (no extension; safe on every file system)
 * @param maker makes the sheet; called from any thread, once per {@link #sheet()}
 */
public record NamedSheet(String fileStem, Maker maker) {

    /** Makes a sheet from what it was given; must not touch the workspace (it may run on another thread). */
    @FunctionalInterface
    public interface Maker {
        Sheet make();
    }

    public NamedSheet {
        Objects.requireNonNull(fileStem, "fileStem");
        Objects.requireNonNull(maker, "maker");
    }

    /** A sheet already made. */
    public NamedSheet(String fileStem, Sheet sheet) {
        this(fileStem, () -> sheet);
    }

    /** The sheet, made now if it was not made yet. */
    public Sheet sheet() {
        return maker.make();
    }
}
