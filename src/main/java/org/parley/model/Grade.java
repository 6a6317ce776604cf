package org.parley.model;

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

    /** Reads a grade written as a label ("P-3") or as a constant name ("P3"). */
    public static Grade parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Grade g : values()) {
            if (g.label.equalsIgnoreCase(t) || g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grade \"" + text + "\" (expected one of USG, ASG, D-2, D-1, "
                + "P-5, P-4, P-3, P-2, P-1, FS, NPO, NGS, UNV)");
    }
}
