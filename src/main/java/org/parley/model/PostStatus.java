package org.parley.model;

/** Whether a post has someone in it. */
public enum PostStatus {
    ENCUMBERED("encumbered"),
    VACANT("vacant");

    private final String label;

    PostStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
