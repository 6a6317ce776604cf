package org.parley.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share in basis points (1/100 of a percent), exact: 5000 = 50%. Applying a share to money
 * rounds half up to the whole dollar.
 *
 * @param basisPoints 0 to 10000
 */
public record Share(int basisPoints) {

    public static final int WHOLE_BP = 10_000;
    public static final Share NONE = new Share(0);
    public static final Share WHOLE = new Share(WHOLE_BP);

    public Share {
        if (basisPoints < 0 || basisPoints > WHOLE_BP) {
            throw new Refused("a share must be between 0% and 100%, not " + basisPoints + " bp");
        }
    }

    public static Share ofBasisPoints(int bp) {
        return new Share(bp);
    }

    /** Parses "50", "12.5" or "12.5%" as a percentage, exactly. */
    public static Share parsePercent(String text) {
        String t = text == null ? "" : text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Refused("\"" + text + "\" is not a percentage");
        }
        BigDecimal bp = percent.movePointRight(2);
        if (bp.stripTrailingZeros().scale() > 0) {
            throw new Refused("\"" + text + "\": at most two decimals");
        }
        if (bp.signum() < 0 || bp.compareTo(BigDecimal.valueOf(WHOLE_BP)) > 0) {
            throw new Refused("\"" + text + "\": a percentage must be between 0 and 100");
        }
        return new Share(bp.intValueExact());
    }

    /** This share of an amount, rounded half up to the whole dollar. */
    public long of(long usd) {
        return BigDecimal.valueOf(usd).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(WHOLE_BP), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "50%", "12.5%". */
    public String toPercentText() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A share Parley measured (not one typed in), always to one decimal so that a column of them
     * reads evenly: "64.1%", "55.0%"; "<0.1%" and ">99.9%" where rounding would say none or all.
     */
    public String toMeasuredText() {
        if (basisPoints > 0 && basisPoints < 5) {
            return "<0.1%";
        }
        if (basisPoints < WHOLE_BP && basisPoints >= WHOLE_BP - 5) {
            return ">99.9%";
        }
        return BigDecimal.valueOf(basisPoints, 2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    @Override
    public String toString() {
        return toPercentText();
    }
}
