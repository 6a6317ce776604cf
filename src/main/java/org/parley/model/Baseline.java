package org.parley.model;

/** The reference figures a budget is negotiated against, in the order the talks produce them. */
public enum Baseline {
    PRIOR_APPROVED("Prior approved"),
    SG_PROPOSED("SG proposed"),
    ACABQ_RECOMMENDED("ACABQ recommended"),
    CURRENT("Current"),
    FINAL("Final approved");

    private final String label;

    Baseline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
