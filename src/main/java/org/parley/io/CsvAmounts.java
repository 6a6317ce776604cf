package org.parley.io;

import org.parley.model.AmendmentText;
import org.parley.model.Amounts;
import org.parley.model.Refused;

/**
 * Amounts and counts as spreadsheets write them: whole dollars with or without thousands
 * separators and a dollar sign ("1,234,567", "1234567", "$1,234,567", "1234567.00"). Refused, with
 * the rule in the message: cents other than .00, negative amounts, text, and amounts beyond any
 * budget (over {@link #MAX_USD}), which would only be a typing slip or an overflow later.
 */
public final class CsvAmounts {

    /** The model's ceiling ({@link Amounts#MAX_USD}): far above any UN budget. */
    public static final long MAX_USD = Amounts.MAX_USD;
    /** The largest number of posts one row may carry ({@link Amounts#MAX_POSTS}). */
    public static final int MAX_COUNT = Amounts.MAX_POSTS;

    private CsvAmounts() {
    }

    /** Whole dollars; throws {@link Refused} with a message for the user. */
    public static long dollars(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty()) {
            throw new Refused("an amount is needed");
        }
        if (t.startsWith("-") || t.startsWith("(") || t.startsWith("$-") || t.startsWith("-$")) {
            throw new Refused("must not be negative: \"" + cell.strip() + "\"");
        }
        String s = t.startsWith("$") ? t.substring(1).strip() : t;
        int dot = s.indexOf('.');
        if (dot >= 0) {
            String cents = s.substring(dot + 1);
            if (!cents.equals("00") && !cents.equals("0")) {
                throw new Refused("must be whole dollars, not \"" + t + "\"");
            }
            s = s.substring(0, dot);
        }
        if (!s.matches("[0-9]{1,3}(,[0-9]{3})*|[0-9]+")) {
            throw new Refused("is not an amount in dollars: \"" + shorten(t) + "\"");
        }
        String digits = s.replace(",", "").replaceFirst("^0+(?=.)", "");
        if (digits.length() > 14 || Long.parseLong(digits) > MAX_USD) {
            throw new Refused("is larger than any budget (at most " + AmendmentText.dollars(MAX_USD)
                    + "): \"" + shorten(t) + "\"");
        }
        return Long.parseLong(digits);
    }

    /** A number of posts, at least 1. */
    public static int count(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (!t.matches("[0-9]{1,9}")) {
            throw new Refused("is not a whole number of posts: \"" + shorten(t) + "\"");
        }
        int n = Integer.parseInt(t);
        if (n < 1) {
            throw new Refused("a post row needs at least 1 post");
        }
        if (n > MAX_COUNT) {
            throw new Refused("is more posts than a row may carry (at most " + MAX_COUNT + ")");
        }
        return n;
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
