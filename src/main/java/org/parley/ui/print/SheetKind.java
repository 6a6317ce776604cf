package org.parley.ui.print;

/** The briefing sheets the preview can show, in the order its chooser lists them. */
public enum SheetKind {
    MISSION("Mission brief"),
    DELEGATION("Delegation brief"),
    DAILY("Daily brief"),
    SCENARIO("Scenario sheet");

    private final String label;

    SheetKind(String label) {
        this.label = label;
    }

    /** True for the sheets about one thing (a mission, a delegation, a scenario), chosen beside the kind. */
    public boolean hasSubject() {
        return this != DAILY;
    }

    @Override
    public String toString() {
        return label;
    }
}
