package org.parley.model;

/** Where a delegation stands on a contested item, as heard in the room. */
public enum Stance {
    SUPPORTS("supports", "+"),
    FLEXIBLE("flexible", "~"),
    OPPOSES("opposes", "−"),
    RED_LINE("red line", "✕"),
    UNKNOWN("unknown", "?");

    private final String label;
    private final String mark;

    Stance(String label, String mark) {
        this.label = label;
        this.mark = mark;
    }

    public String label() {
        return label;
    }

    /** A one-character mark for dense tables and black-and-white print (never colour alone). */
    public String mark() {
        return mark;
    }
}
