package org.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The amounts of a by-hand allocation as typed in a form: mission codes with amounts, separated
 * by semicolons or line breaks, e.g. {@code "UNIFIL 50M; UNSOS 50M; SUPPORT 29,000,000"}
 * (decision 0025). Amounts read as an amount cut's value does ({@link AmendmentValueInput}).
 */
public final class AllocationInput {

    /** The field a form shows the amounts in, and names in its problems. */
    public static final String PARTS = "Amounts by hand";
    public static final String RULE = "Allocation";

    private AllocationInput() {
    }

    /**
     * Reads the typed amounts.
     *
     * @throws Refused saying which part is wrong and how to write it
     */
    public static Map<Long, Long> parse(NegotiationData data, String text) {
        Map<Long, Long> parts = new LinkedHashMap<>();
        String[] entries = text == null ? new String[0] : text.split("[;\\n]");
        int n = 0;
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            n++;
            int space = entry.indexOf(' ');
            if (space < 0) {
                throw new Refused("part " + n + " (\"" + entry + "\"): write a mission code and an amount,"
                        + " e.g. MONUSCO 100M");
            }
            String code = entry.substring(0, space).strip();
            int at = n;
            Mission m = data.missionByCode(code).orElseThrow(() -> new Refused("part " + at
                    + ": \"" + code + "\" is not the code of a mission of this negotiation"));
            long usd;
            try {
                usd = AmendmentValueInput.parse(AmendmentKind.AMOUNT_CUT, entry.substring(space + 1).strip());
            } catch (Refused e) {
                throw new Refused("part " + n + " (" + code + "): " + e.getMessage());
            }
            if (parts.put(m.id(), usd) != null) {
                throw new Refused("part " + n + ": " + code + " is given twice");
            }
        }
        if (parts.isEmpty()) {
            throw new Refused("required: the missions and their amounts, e.g. UNIFIL 50M; UNSOS 79M");
        }
        return parts;
    }

    /** The amounts as a form shows them: "UNIFIL 50,000,000; UNSOS 79,000,000". */
    public static String format(NegotiationData data, Map<Long, Long> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach((id, usd) -> out.add(data.mission(id).map(Mission::code).orElse("#" + id) + " "
                + AmendmentValueInput.format(AmendmentKind.AMOUNT_CUT, usd)));
        return String.join("; ", out);
    }

    /**
     * The problems of an allocation typed for a top-line cut of {@code valueText}: amounts that do
     * not read, or that do not add up to the cut.
     */
    public static List<Problem> check(NegotiationData data, AllocationRule rule, String partsText, Long value) {
        List<Problem> problems = new ArrayList<>();
        if (rule != AllocationRule.BY_HAND) {
            return problems;
        }
        try {
            Map<Long, Long> parts = parse(data, partsText);
            long sum = parts.values().stream().mapToLong(Long::longValue).reduce(0L, Amounts::plus);
            if (value != null && sum != value) {
                problems.add(new Problem(PARTS, "the amounts add up to $" + String.format("%,d", sum)
                        + ", not the cut's $" + String.format("%,d", value)));
            }
        } catch (Refused e) {
            problems.add(new Problem(PARTS, e.getMessage()));
        }
        return problems;
    }
}
