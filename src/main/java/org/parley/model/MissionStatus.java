package org.parley.model;

/** Where the talks on one budget stand. */
public enum MissionStatus {
    OPEN("open"),
    AD_REF("ad ref"),
    AGREED("agreed");

    private final String label;

    MissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
