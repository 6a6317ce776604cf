package org.parley.model;

/** What a budget line pays for; the categories the 2018 cuts were aimed at come first. */
public enum LineCategory {
    HUMAN_RIGHTS("Human rights"),
    SEA_PREVENTION("Prevention of sexual exploitation and abuse"),
    CONDUCT_DISCIPLINE("Conduct and discipline"),
    GENDER("Gender"),
    CIVILIAN_STAFF("Civilian staff"),
    OPERATIONAL("Operational"),
    OTHER("Other");

    private final String label;

    LineCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
