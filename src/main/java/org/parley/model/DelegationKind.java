package org.parley.model;

/** A single member state, or a negotiating group speaking for several. */
public enum DelegationKind {
    STATE("state"),
    GROUP("group");

    private final String label;

    DelegationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
