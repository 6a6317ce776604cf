package org.parley.model;

/** The life of a proposal on the table. */
public enum ProposalStatus {
    OPENING_BID("opening bid"),
    REVISED("revised"),
    WITHDRAWN("withdrawn"),
    AGREED("agreed");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
