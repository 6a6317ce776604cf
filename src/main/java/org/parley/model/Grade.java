package org.parley.model;

import java.util.Map;

/** UN civilian grades, from the top. */
public enum Grade {
    USG("USG"), ASG("ASG"), D2("D-2"), D1("D-1"), P5("P-5"), P4("P-4"), P3("P-3"), P2("P-2"), P1("P-1"),
    FS("FS"), NPO("NPO"), NGS("NGS"), UNV("UNV");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The label used in post titles, e.g. "P-3". */
    public String label() {
        return label;
    }

    /** "1 P-4, 3 P-3": counts by grade, senior grades first, zeros left out; "" when there are none. */
    public static String counts(Map<Grade, Integer> byGrade) {
        StringBuilder sb = new StringBuilder();
        for (Grade g : values()) {
            Integer n = byGrade.get(g);
            if (n != null && n != 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(g.label);
            }
        }
        return sb.toString();
    }

    /** Reads a grade written as a label ("P-3") or as a constant name ("P3"). */
    public static Grade parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Grade g : values()) {
            if (g.label.equalsIgnoreCase(t) || g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        throw new Refused("unknown grade \"" + text + "\" (expected one of USG, ASG, D-2, D-1, "
                + "P-5, P-4, P-3, P-2, P-1, FS, NPO, NGS, UNV)");
    }
}
