package org.parley.io;

/**
 * A negotiation document that cannot be imported. The message says where and why in one line,
 * ready to show to a user: {@code negotiation-2018.json: $.missions[3].code: duplicate mission
 * code "MONUSCO" (first at $.missions[0])}, or for a syntax error
 * {@code negotiation-2018.json: line 4, column 9: syntax error: ...}.
 */
public final class ImportException extends Exception {

    private final String source;
    private final String location;
    private final String problem;

    ImportException(String source, String location, String problem) {
        super(source + ": " + location + ": " + problem);
        this.source = source;
        this.location = location;
        this.problem = problem;
    }

    ImportException(String source, String location, String problem, Throwable cause) {
        this(source, location, problem);
        initCause(cause);
    }

    /** The name of what was read, e.g. a file name. */
    public String source() {
        return source;
    }

    /** A JSON path such as {@code $.missions[3].code}, or "line L, column C" for syntax errors. */
    public String location() {
        return location;
    }

    /** The rule that was broken. */
    public String problem() {
        return problem;
    }
}
