package org.parley.model;

import java.util.Optional;

/** The rule {@link Provenance} keeps, said to a form: a sourced entry names its source. */
final class SourceRule {

    static final String SOURCE = "Source";

    private SourceRule() {
    }

    static Optional<Problem> check(String source, boolean illustrative) {
        if (!illustrative && (source == null || source.isBlank())) {
            return Optional.of(new Problem(SOURCE,
                    "required: a document symbol or a page, or mark the entry illustrative"));
        }
        return Optional.empty();
    }
}
