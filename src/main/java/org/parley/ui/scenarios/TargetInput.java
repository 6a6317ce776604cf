package org.parley.ui.scenarios;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.model.Refused;

/**
 * Reads a scenario's target as the user types it: "129000000", "$129,000,000", "129M",
 * "1.2bn" or "129 million"; empty for no target. Exact: "1.2345678M" is refused rather than
 * rounded, since a target is whole dollars.
 */
public final class TargetInput {

    private static final Pattern AMOUNT = Pattern.compile(
            "\\$?\\s*([0-9][0-9, ]*(?:\\.[0-9]+)?)\\s*(k|m|bn|b|thousand|million|billion)?", Pattern.CASE_INSENSITIVE);

    private TargetInput() {
    }

    /**
     * The target in whole dollars, 0 when the text is empty.
     *
     * @throws Refused with a message naming the rule
     */
    public static long parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            throw new Refused("\"" + t + "\" is not an amount; write e.g. 129000000, $129,000,000 "
                    + "or 129M (or leave it empty for no target)");
        }
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", "").replace(" ", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit) {
            case "k", "thousand" -> 3;
            case "m", "million" -> 6;
            case "b", "bn", "billion" -> 9;
            default -> 0;
        };
        BigDecimal usd = amount.movePointRight(shift);
        if (usd.stripTrailingZeros().scale() > 0) {
            throw new Refused("\"" + t + "\" is not a whole number of dollars");
        }
        try {
            return usd.longValueExact();
        } catch (ArithmeticException e) {
            throw new Refused("\"" + t + "\" is too large", e);
        }
    }

    /** How a stored target reads back in the form: "129000000", or empty for none. */
    public static String format(long targetUsd) {
        return targetUsd == 0 ? "" : Long.toString(targetUsd);
    }
}
