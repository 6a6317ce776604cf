package org.parley.model;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amendment's (or a compromise's) value as a delegate types it in a form, in the unit of the
 * amendment's kind: a percentage ("25", "12.5%"), a number of posts ("3") or dollars
 * ("1,250,000", "$2.5M", "750k"). A leading sign is allowed, so that "−25%" copied from a
 * table reads as 25%: the kind says whether it cuts or restores.
 */
public final class AmendmentValueInput {

    private AmendmentValueInput() {
    }

    /**
     * The value in the kind's unit (basis points, posts or dollars).
     *
     * @throws Refused with a message naming the expected form
     */
    public static long parse(AmendmentKind kind, String text) {
        String t = unsigned(text);
        switch (kind) {
            case PERCENT_CUT:
                return Share.parsePercent(t).basisPoints();
            case ABOLISH_POSTS:
                return posts(t, text);
            default:
                return dollars(t, text);
        }
    }

    /** The value as the form shows it to be edited: "25%", "3", "1,250,000". */
    public static String format(AmendmentKind kind, long value) {
        switch (kind) {
            case PERCENT_CUT:
                return Share.ofBasisPoints((int) value).toPercentText();
            case ABOLISH_POSTS:
                return String.valueOf(value);
            default:
                return NumberFormat.getIntegerInstance(Locale.US).format(value);
        }
    }

    private static String unsigned(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty() && "−-+".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static long posts(String t, String original) {
        String digits = t.replaceFirst("(?i)\\s*posts?$", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new Refused("\"" + original + "\" is not a number of posts like 3");
        }
    }

    private static long dollars(String t, String original) {
        String s = t.replace("$", "").replace(",", "").replace(" ", "").toLowerCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("bn")) {
            unit = 1_000_000_000L;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("m")) {
            unit = 1_000_000L;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("k")) {
            unit = 1_000L;
            s = s.substring(0, s.length() - 1);
        }
        try {
            return new BigDecimal(s).multiply(BigDecimal.valueOf(unit)).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Refused("\"" + original + "\" is not an amount in whole dollars like "
                    + "1,250,000 or $2.5M");
        }
    }
}
