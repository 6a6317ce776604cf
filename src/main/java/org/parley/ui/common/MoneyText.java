package org.parley.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How money reads on screen. Compact ("$55.2M", "$1.09bn") in tables, where the exact figure
 * goes into the tooltip; exact ("$55,152,000") in details. Never through floating point.
 */
public final class MoneyText {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private MoneyText() {
    }

    /** "$55,152,000"; negative amounts read "−$100,000". */
    public static String exact(long usd) {
        String digits = NumberFormat.getIntegerInstance(Locale.US).format(Math.abs(usd));
        return (usd < 0 ? "−$" : "$") + digits;
    }

    /**
     * "$55.2M", "$1.09bn", "$728k", "$5.3k", "$950": thousands from ten thousand on in whole
     * thousands. The unit is chosen by the amount as rounded, so $999,600 reads "$1.0M", not "$1000k".
     */
    public static String compact(long usd) {
        BigDecimal v = BigDecimal.valueOf(Math.abs(usd));
        String sign = usd < 0 ? "−$" : "$";
        if (v.compareTo(BILLION) >= 0 || reaches(v, MILLION, 1, THOUSAND_UNITS)) {
            return sign + scaled(v, BILLION, 2) + "bn";
        }
        if (v.compareTo(MILLION) >= 0 || reaches(v, THOUSAND, 0, THOUSAND_UNITS)) {
            return sign + scaled(v, MILLION, 1) + "M";
        }
        if (v.compareTo(TEN_THOUSAND) >= 0 || reaches(v, THOUSAND, 1, BigDecimal.TEN)) {
            return sign + scaled(v, THOUSAND, 0) + "k";
        }
        if (v.compareTo(THOUSAND) >= 0) {
            return sign + scaled(v, THOUSAND, 1) + "k";
        }
        return sign + v.toPlainString();
    }

    /** Whether {@code v} in {@code unit}, rounded to {@code decimals}, comes to {@code limit} or more. */
    private static boolean reaches(BigDecimal v, BigDecimal unit, int decimals, BigDecimal limit) {
        return v.divide(unit, decimals, RoundingMode.HALF_UP).compareTo(limit) >= 0;
    }

    /** A cut as the screen shows it: "−$2.0M" (or "+$0.1M" for money restored). */
    public static String cut(long usd) {
        if (usd < 0) {
            return "+" + compact(-usd);
        }
        return "−" + compact(usd);
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND_UNITS = BigDecimal.valueOf(1_000);

    private static String scaled(BigDecimal v, BigDecimal unit, int decimals) {
        return v.divide(unit, decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
