package org.parley.model;

import java.text.NumberFormat;
import java.util.Locale;

/** Plain-text forms of an amendment's value, for descriptions and change history. */
public final class AmendmentText {

    private AmendmentText() {
    }

    /** "−50%", "−3 posts", "−$1,234,567", "+$2,000,000" (a restoration). */
    public static String value(Amendment a) {
        return value(a.kind(), a.value());
    }

    /** The same for a value of a kind, e.g. a compromise's value. */
    public static String value(AmendmentKind kind, long value) {
        return switch (kind) {
            case PERCENT_CUT -> "−" + Share.ofBasisPoints((int) value).toPercentText();
            case ABOLISH_POSTS -> "−" + value + (value == 1 ? " post" : " posts");
            case RESTORE -> "+" + dollars(value);
            default -> "−" + dollars(value);
        };
    }

    /** "$1,234,567". */
    public static String dollars(long usd) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(usd);
    }
}
