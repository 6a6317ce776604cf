package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A budget under negotiation: a peacekeeping mission, or an account such as UNLB, RSCE or the
 * support account.
 *
 * @param id store id (or a document-local id before import)
 * @param code short code, e.g. "MONUSCO"; unique in a negotiation
 * @param name full name
 * @param location where it operates (may be blank)
 * @param coordinator the facilitator of its informal consultations (may be blank)
 * @param status where the talks on it stand
 * @param baselines the mission's totals per baseline
 * @param lines the budget lines Parley tracks, in display order
 * @param notes sources and remarks on the mission as a whole (may be blank)
 */
public record Mission(long id, String code, String name, String location, String coordinator,
                      MissionStatus status, Baselines baselines, List<BudgetLine> lines, String notes) {

    public Mission {
        code = Text.required(code, "mission code");
        name = Text.required(name, "mission name");
        location = Text.optional(location);
        coordinator = Text.optional(coordinator);
        notes = Text.optional(notes);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(baselines, "baselines");
        lines = List.copyOf(lines);
    }

    /**
     * Whether anything cuts are measured from here is illustrative: the mission's reference
     * figure (or its absence) or any figure of its lines and posts.
     */
    public boolean hasIllustrativeFigures() {
        return baselines.reference().map(Figure::illustrative).orElse(true)
                || lines.stream().anyMatch(BudgetLine::hasIllustrativeFigures);
    }

    public int postCount() {
        return lines.stream().mapToInt(BudgetLine::postCount).reduce(0, Amounts::plus);
    }
}
