package org.parley.model;

/**
 * How much of an event's date and time its source states. The sources often give the day only
 * ("the source gives the day"), or less ("early May"); the replay still needs an instant, so
 * the rest is chosen, and the choice must never read as a fact.
 */
public enum EventTiming {
    /** Date and time as recorded (a sourced time, or one the user typed for a meeting). */
    STATED("date and time as recorded"),
    /** The source gives the day; the hour is illustrative. */
    HOUR_ILLUSTRATIVE("the source gives the day; the hour is illustrative"),
    /** The source gives less than the day (or nothing): date and hour are illustrative. */
    DATE_ILLUSTRATIVE("the date and the hour are illustrative");

    private final String label;

    EventTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
