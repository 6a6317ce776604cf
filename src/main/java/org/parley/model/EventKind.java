package org.parley.model;

/** What kind of thing happens on the timeline. */
public enum EventKind {
    INFORMAL_CONSULTATION("informal consultation"),
    BILATERAL("bilateral"),
    DOCUMENT_ISSUED("document issued"),
    DEADLINE("deadline"),
    EXTERNAL_EVENT("external event");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
