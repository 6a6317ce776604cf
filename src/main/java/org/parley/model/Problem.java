package org.parley.model;

/**
 * What is wrong with one field of something being entered, in words for the user.
 *
 * @param field the field's name as the form labels it, e.g. "Value"
 * @param message the rule it breaks, e.g. "a percentage must be between 0 and 100"
 */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
