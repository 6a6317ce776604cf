package org.parley.model;

/** How far a candidate compromise has got. */
public enum CompromiseStatus {
    FLOATED("floated"),
    UNDER_CONSIDERATION("under consideration"),
    AGREED_AD_REF("agreed ad ref"),
    REJECTED("rejected");

    private final String label;

    CompromiseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
