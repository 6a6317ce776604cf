package org.parley.service;

import java.nio.file.Path;
import java.util.Locale;
import org.parley.store.WorkspaceCounts;

/**
 * Whether a negotiation fits in the memory Parley may use, weighed from its row counts before it
 * is read: a negotiation too large says so, with its size and what to do, instead of swelling
 * until the window freezes. The weights are what the desk holds per row once it is open (the
 * model, its indexes, the proposed cuts and the panes' models), measured by
 * {@code bench/OpenMemoryProbe} on generated negotiations of four shapes (34 to 140 MB; about
 * 225 to 350 bytes per post row, 1 kB per amendment) and taken about 1.6 times larger, for
 * the panes and the garbage collector's room (docs/BENCHMARKS.md).
 */
final class OpenMemory {

    /** Bytes the open desk holds per row of each kind, and for itself. */
    static final long PER_POST_ROW = 450;
    static final long PER_LINE = 1_200;
    static final long PER_MISSION = 3_000;
    static final long PER_AMENDMENT = 1_000;
    static final long PER_EVENT = 1_000;
    static final long PER_DELEGATION = 2_000;
    static final long DESK = 32L << 20;
    /** Of the heap's limit, what the open desk may take; the rest is for gestures, sheets and the garbage collector. */
    static final double SHARE = 0.7;

    /** Refused before reading: too large for this heap. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private OpenMemory() {
    }

    /** About how many bytes the open desk holds for a negotiation of this size. */
    static long needed(WorkspaceCounts counts, int postRows) {
        return DESK + postRows * PER_POST_ROW + counts.lines() * PER_LINE + counts.missions() * PER_MISSION
                + counts.amendments() * PER_AMENDMENT + counts.events() * PER_EVENT
                + counts.delegations() * PER_DELEGATION;
    }

    /** @throws TooLarge with the figures when the negotiation does not fit in this JVM's heap */
    static void require(Path file, WorkspaceCounts counts, int postRows) {
        require(file, counts, postRows, Runtime.getRuntime().maxMemory());
    }

    static void require(Path file, WorkspaceCounts counts, int postRows, long maxHeap) {
        long needed = needed(counts, postRows);
        if (maxHeap != Long.MAX_VALUE && needed > maxHeap * SHARE) {
            throw new TooLarge(String.format(Locale.ROOT, "%s holds %,d missions, %,d budget lines, %,d post rows and "
                            + "%,d amendments: opening it needs about %,d MB, and Parley may use %,d MB. Nothing was "
                            + "changed. Start Parley with more memory, e.g. JDK_JAVA_OPTIONS=-Xmx%dg bin/parley "
                            + "--workspace %s", file, counts.missions(), counts.lines(), postRows, counts.amendments(),
                    mb(needed), mb(maxHeap), suggestedGigabytes(needed), file));
        }
    }

    /** What to say when the heap ran out while reading anyway. */
    static String ranOut(Path file) {
        return file + " is too large to open in the memory Parley may use (" + mb(Runtime.getRuntime().maxMemory())
                + " MB). Nothing was changed. Start Parley with more memory, e.g. JDK_JAVA_OPTIONS=-Xmx4g bin/parley "
                + "--workspace " + file;
    }

    private static long suggestedGigabytes(long needed) {
        return Math.max(2, (long) Math.ceil(needed / SHARE / (1L << 30)) + 1);
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
