package org.parley.model;

import java.util.Optional;

/**
 * What kind of thing happens on the timeline: the meetings of the Fifth Committee's working
 * method, the documents it produces, the deadline, and what happens outside the talks.
 */
public enum EventKind {
    /** A formal meeting of the committee: introduction of a report, statements, approval of drafts. */
    FORMAL_MEETING("formal meeting"),
    /** Informal consultations on a budget under its coordinator (facilitator). */
    INFORMAL_CONSULTATIONS("informal consultations"),
    /** "Informal informals": the small, unrecorded rooms where the text is actually negotiated. */
    INFORMAL_INFORMALS("informal informals"),
    BILATERAL("bilateral"),
    /** A negotiating group's own meeting (G77 and China, EU, CANZ...). */
    GROUP_COORDINATION("group coordination"),
    /** A plenary meeting of the General Assembly, e.g. the adoption of the budgets. */
    PLENARY("plenary"),
    DOCUMENT_ISSUED("document issued"),
    DEADLINE("deadline"),
    /** Outside the talks but bearing on them, e.g. a press story or a withdrawal from a council. */
    EXTERNAL_EVENT("external event");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind a name written by an earlier Parley means (workspace schema before 6, JSON
     * before version 3): {@code INFORMAL_CONSULTATION} became {@link #INFORMAL_CONSULTATIONS};
     * every other old name is still a kind of its own. Empty for a name that never was a kind.
     */
    public static Optional<EventKind> formerName(String name) {
        if ("INFORMAL_CONSULTATION".equals(name)) {
            return Optional.of(INFORMAL_CONSULTATIONS);
        }
        for (EventKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
