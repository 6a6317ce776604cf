package org.parley.model;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The bounds of money and posts, in one place. No budget Parley tracks comes near
 * {@link #MAX_USD} (ten trillion dollars; the whole UN peacekeeping budget is under ten billion),
 * so a larger amount is a typing slip or a damaged file, and refusing it keeps every sum of a
 * negotiation far from the end of a {@code long}. Sums that still run past it (thousands of
 * post rows each at the bounds) stop with {@link TooLarge}, in words, never with a wrong total.
 */
public final class Amounts {

    /** The largest amount Parley accepts anywhere: $10,000,000,000,000. */
    public static final long MAX_USD = 10_000_000_000_000L;
    /** The most posts one post row (or one abolition) may carry. */
    public static final int MAX_POSTS = 100_000;

    private Amounts() {
    }

    /** Why {@code usd} is not an amount Parley accepts; empty when it is one. */
    public static Optional<String> usdProblem(long usd) {
        if (usd < 0) {
            return Optional.of("an amount must not be negative");
        }
        if (usd > MAX_USD) {
            return Optional.of("an amount must be at most " + AmendmentText.dollars(MAX_USD) + ", more than any budget");
        }
        return Optional.empty();
    }

    /** Why {@code posts} is not a number of posts Parley accepts (at least 1, at most {@link #MAX_POSTS}). */
    public static Optional<String> postsProblem(long posts) {
        if (posts < 1) {
            return Optional.of("a post row needs at least 1 post");
        }
        if (posts > MAX_POSTS) {
            return Optional.of("a post row may carry at most " + MAX_POSTS + " posts");
        }
        return Optional.empty();
    }

    /** Refuses an amount above {@link #MAX_USD}, naming it and what it is (for constructors). */
    static void requireAtMost(long usd, String what) {
        if (usd > MAX_USD) {
            throw new Refused(what + ": " + sign(usd) + " is more than any budget (Parley accepts at most "
                    + AmendmentText.dollars(MAX_USD) + ")");
        }
    }

    static long plus(long a, long b) {
        return exact(() -> Math.addExact(a, b));
    }

    /** Posts add up as {@code int}s; a sum past its end is {@link TooLarge}, never a negative count. */
    static int plus(int a, int b) {
        return (int) exact(() -> Math.addExact(a, b));
    }

    static long minus(long a, long b) {
        return exact(() -> Math.subtractExact(a, b));
    }

    static long times(long a, long b) {
        return exact(() -> Math.multiplyExact(a, b));
    }

    private static long exact(LongSupplier sum) {
        try {
            return sum.getAsLong();
        } catch (ArithmeticException e) {
            throw new TooLarge();
        }
    }

    /** "$1,000" or "−$1": NumberFormat writes Long.MIN_VALUE too, unlike a negation. */
    private static String sign(long usd) {
        String digits = NumberFormat.getIntegerInstance(Locale.US).format(usd);
        return usd < 0 ? "−$" + digits.substring(1) : "$" + digits;
    }

    /** A total beyond what whole dollars in a {@code long} can hold: the figures it adds are far too large. */
    public static final class TooLarge extends Refused {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("a total is too large to add up: the negotiation holds amounts or post counts far beyond any "
                    + "budget (Parley accepts amounts up to " + AmendmentText.dollars(MAX_USD) + " and "
                    + MAX_POSTS + " posts a row)");
        }
    }
}
