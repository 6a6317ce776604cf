package org.parley.print;

/** Which way up the paper is. */
public enum Orientation {
    PORTRAIT("Portrait"),
    LANDSCAPE("Landscape");

    private final String label;

    Orientation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
