package org.parley.model;

/** Small checks on text fields shared by the domain's constructors. */
final class Text {

    private Text() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Refused(field + " must not be blank");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }
}
