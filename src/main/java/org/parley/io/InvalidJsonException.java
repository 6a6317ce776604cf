package org.parley.io;

/**
 * A rule the document breaks, at a path. Raised while adapting the DTOs to the model; the entry
 * point turns it into an {@link ImportException} that also names the source.
 */
final class InvalidJsonException extends Exception {

    private final transient JsonPath path;
    private final String rule;

    InvalidJsonException(JsonPath path, String rule) {
        super(path + ": " + rule);
        this.path = path;
        this.rule = rule;
    }

    JsonPath path() {
        return path;
    }

    String rule() {
        return rule;
    }
}
