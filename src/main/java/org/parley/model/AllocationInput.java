package org.parley.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The amounts of a by-hand allocation as a form holds them: a table of rows, each a mission
 * (chosen by its code) and an amount as typed (decision 0025). Amounts read as an amount cut's
 * value does ({@link AmendmentValueInput}: "50M", "2,500,000", "2.5M"), so the table reads money
 * as every other form does.
 */
public final class AllocationInput {

    /** The field a form shows the amounts in, and names in its problems. */
    public static final String PARTS = "Amounts by hand";
    public static final String RULE = "Allocation";

    /**
     * One row of the by-hand table.
     *
     * @param missionCode the mission's code, or null (or blank) while none is chosen
     * @param amount the amount as typed
     */
    public record Row(String missionCode, String amount) {
    }

    private AllocationInput() {
    }

    /**
     * Reads the rows, in their order.
     *
     * @throws Refused saying which row is wrong and how to fill it
     */
    public static Map<Long, Long> parse(NegotiationData data, List<Row> rows) {
        Map<Long, Long> parts = new LinkedHashMap<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        int n = 0;
        for (Row r : rows) {
            n++;
            String code = r.missionCode() == null ? "" : r.missionCode().strip();
            String amount = r.amount() == null ? "" : r.amount().strip();
            if (code.isEmpty()) {
                throw new Refused("row " + n + ": choose a mission" + (amount.isEmpty() ? ", or remove the row" : ""));
            }
            int at = n;
            Mission m = data.missionByCode(code).orElseThrow(() -> new Refused("row " + at
                    + ": \"" + code + "\" is not the code of a mission of this negotiation"));
            if (amount.isEmpty()) {
                throw new Refused("row " + n + " (" + code + "): type its amount in US dollars, e.g. 50M or 2,500,000");
            }
            long usd;
            try {
                usd = AmendmentValueInput.parse(AmendmentKind.AMOUNT_CUT, amount);
            } catch (Refused e) {
                throw new Refused("row " + n + " (" + code + "): " + e.getMessage());
            }
            if (usd <= 0) {
                throw new Refused("row " + n + " (" + code + "): the amount must be more than $0");
            }
            Integer first = rowOf.putIfAbsent(m.id(), n);
            if (first != null) {
                throw new Refused("row " + n + ": " + code + " is already in row " + first
                        + "; give each mission one row");
            }
            parts.put(m.id(), usd);
        }
        if (parts.isEmpty()) {
            throw new Refused("required: add the missions and their amounts (Add mission)");
        }
        return parts;
    }

    /** The rows a form starts with for the parts of an allocation, in their order. */
    public static List<Row> rows(NegotiationData data, Map<Long, Long> parts) {
        List<Row> out = new ArrayList<>();
        parts.forEach((id, usd) -> out.add(new Row(data.mission(id).map(Mission::code).orElse("#" + id),
                AmendmentValueInput.format(AmendmentKind.AMOUNT_CUT, usd))));
        return out;
    }

    /**
     * The problems of a by-hand table for a top-line cut of {@code value} (null while the cut's
     * value does not read): a row that does not read, or amounts that do not add up to the cut.
     */
    public static List<Problem> check(NegotiationData data, AllocationRule rule, List<Row> rows, Long value) {
        List<Problem> problems = new ArrayList<>();
        if (rule != AllocationRule.BY_HAND) {
            return problems;
        }
        try {
            Map<Long, Long> parts = parse(data, rows);
            long sum = parts.values().stream().mapToLong(Long::longValue).reduce(0L, Amounts::plus);
            if (value != null && sum != value) {
                problems.add(new Problem(PARTS, "the amounts add up to " + usd(sum) + ", not the cut's " + usd(value)
                        + " (" + difference(sum, value) + ")"));
            }
        } catch (Refused e) {
            problems.add(new Problem(PARTS, e.getMessage()));
        }
        return problems;
    }

    /**
     * The running sum shown under the table: "Allocated $128,000,000 of the cut's $129,000,000:
     * $1,000,000 still to place". Rows whose amount does not read yet are left out of the sum, and
     * it says so.
     */
    public static String runningSum(List<Row> rows, Long value) {
        long sum = 0;
        int unread = 0;
        for (Row r : rows) {
            String amount = r.amount() == null ? "" : r.amount().strip();
            if (amount.isEmpty()) {
                continue;
            }
            try {
                sum = Amounts.plus(sum, AmendmentValueInput.parse(AmendmentKind.AMOUNT_CUT, amount));
            } catch (Refused e) {
                unread++;
            }
        }
        String text = "Allocated " + usd(sum) + (value == null ? " (the cut's value does not read yet)"
                : " of the cut's " + usd(value) + ": " + (sum == value ? "they add up" : difference(sum, value)));
        if (unread > 0) {
            text += "; not counting " + unread + (unread == 1 ? " amount that does" : " amounts that do") + " not read";
        }
        return text;
    }

    private static String difference(long sum, long value) {
        return sum < value ? usd(value - sum) + " still to place" : usd(sum - value) + " more than the cut";
    }

    private static String usd(long usd) {
        return "$" + String.format("%,d", usd);
    }
}
