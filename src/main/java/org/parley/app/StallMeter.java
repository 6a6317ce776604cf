package org.parley.app;

import java.util.Locale;

/**
 * Gaps between JavaFX pulses, from the times they were seen: a gap much longer than a frame
 * (about 17 ms at 60 Hz) is a stall, a time in which the JavaFX thread was busy and the window
 * could neither paint nor answer. Keeps the longest gap and a histogram of all gaps; knows no
 * clock of its own, so it is tested with given timestamps.
 */
final class StallMeter {

    /** Upper bounds of the histogram's buckets, in milliseconds; the last bucket is everything longer. */
    static final long[] BOUNDS_MS = {17, 33, 50, 100, 250, 500, 1_000};

    private final long thresholdNanos;
    private final long[] counts = new long[BOUNDS_MS.length + 1];
    private long last = Long.MIN_VALUE;
    private long longestNanos;

    /** @param thresholdMs a gap this long or longer is a stall */
    StallMeter(long thresholdMs) {
        if (thresholdMs < 1) {
            throw new IllegalArgumentException("a stall threshold is at least 1 ms, not " + thresholdMs);
        }
        this.thresholdNanos = thresholdMs * 1_000_000L;
    }

    /**
     * A pulse seen at {@code nanos} (any monotonic clock in nanoseconds).
     *
     * @return the gap since the pulse before, in nanoseconds, when it is a stall; otherwise -1
     *         (also for the first pulse, and for a time earlier than the last one)
     */
    long pulse(long nanos) {
        long before = last;
        if (before != Long.MIN_VALUE && nanos < before) {
            return -1; // not monotonic: ignore rather than count a negative gap
        }
        last = nanos;
        if (before == Long.MIN_VALUE) {
            return -1;
        }
        long gap = nanos - before;
        counts[bucket(gap / 1_000_000L)]++;
        longestNanos = Math.max(longestNanos, gap);
        return gap >= thresholdNanos ? gap : -1;
    }

    /** Forgets the pulse before, so that a pause on purpose (a stopped watch) is not taken for a stall. */
    void pause() {
        last = Long.MIN_VALUE;
    }

    /** The longest gap seen since the start or the last {@link #resetLongest()}, in milliseconds. */
    long longestMs() {
        return longestNanos / 1_000_000L;
    }

    void resetLongest() {
        longestNanos = 0;
    }

    /** How many gaps fell into each bucket of {@link #BOUNDS_MS} (one more for everything longer). */
    long[] histogram() {
        return counts.clone();
    }

    /** The histogram in one line: {@code <=17ms:120 <=33ms:4 ... >1000ms:0}. */
    String histogramText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String label = i < BOUNDS_MS.length ? "<=" + BOUNDS_MS[i] : ">" + BOUNDS_MS[BOUNDS_MS.length - 1];
            b.append(String.format(Locale.ROOT, "%sms:%d", label, counts[i]));
        }
        return b.toString();
    }

    private static int bucket(long ms) {
        for (int i = 0; i < BOUNDS_MS.length; i++) {
            if (ms <= BOUNDS_MS[i]) {
                return i;
            }
        }
        return BOUNDS_MS.length;
    }
}
