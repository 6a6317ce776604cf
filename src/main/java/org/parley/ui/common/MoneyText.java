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

    /** "$55.2M", "$1.09bn", "$728k", "$5.3k", "$950": thousands above ten thousand in whole thousands. */
    public static String compact(long usd) {
        BigDecimal v = BigDecimal.valueOf(Math.abs(usd));
        String sign = usd < 0 ? "−$" : "$";
        if (v.compareTo(BILLION) >= 0) {
            return sign + scaled(v, BILLION, 2) + "bn";
        }
        if (v.compareTo(MILLION) >= 0) {
            return sign + scaled(v, MILLION, 1) + "M";
        }
        if (v.compareTo(THOUSAND) >= 0) {
            return sign + scaled(v, THOUSAND, v.compareTo(TEN_THOUSAND) >= 0 ? 0 : 1) + "k";
        }
        return sign + v.toPlainString();
    }

    /** A cut as the screen shows it: "−$2.0M" (or "+$0.1M" for money restored). */
    public static String cut(long usd) {
        if (usd < 0) {
            return "+" + compact(-usd);
        }
        return "−" + compact(usd);
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private static String scaled(BigDecimal v, BigDecimal unit, int decimals) {
        return v.divide(unit, decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
