package org.parley.ui.print;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.parley.model.Mission;
import org.parley.model.Proposal;
import org.parley.model.Scenario;

/**
 * Which sheet to show: its kind, and the mission, delegation or scenario it is about (for the
 * daily brief: how far back "what changed" looks).
 *
 * @param subjectId the mission, delegation or scenario id; null for the daily brief
 * @param lookback the daily brief's window, ending now; ignored by the other sheets
 * @param since a time typed for the daily brief's "what changed since", in place of the
 *              lookback; null when a lookback is chosen
 */
public record SheetChoice(SheetKind kind, Long subjectId, Duration lookback, Instant since) {

    /** The daily brief's window when nothing else is chosen (the service's own default). */
    public static final Duration DAY = Duration.ofHours(24);

    public SheetChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lookback, "lookback");
        if (kind.hasSubject() != (subjectId != null)) {
            throw new IllegalArgumentException(kind + (kind.hasSubject() ? " needs" : " takes no") + " subject");
        }
        if (since != null && kind.hasSubject()) {
            throw new IllegalArgumentException(kind + " takes no time to look back to");
        }
    }

    public SheetChoice(SheetKind kind, Long subjectId, Duration lookback) {
        this(kind, subjectId, lookback, null);
    }

    /** The daily brief of what changed since {@code since}. */
    public static SheetChoice dailySince(Instant since, Duration lookback) {
        return new SheetChoice(SheetKind.DAILY, null, lookback, Objects.requireNonNull(since, "since"));
    }

    public static SheetChoice mission(long id) {
        return new SheetChoice(SheetKind.MISSION, id, DAY);
    }

    public static SheetChoice delegation(long id) {
        return new SheetChoice(SheetKind.DELEGATION, id, DAY);
    }

    public static SheetChoice scenario(long id) {
        return new SheetChoice(SheetKind.SCENARIO, id, DAY);
    }

    public static SheetChoice daily(Duration lookback) {
        return new SheetChoice(SheetKind.DAILY, null, lookback);
    }

    /**
     * The sheet for what is selected on the desk, as File > Print… picks it: the scenario when
     * the Scenarios tab is in front with one selected; the proposal's delegation when the
     * proposals pane has the focus; else the selected mission, else the selected proposal's
     * delegation; else the daily brief. Any argument may be null (nothing selected).
     */
    public static SheetChoice forSelection(Mission mission, Proposal proposal, boolean proposalsFocused,
                                           Scenario scenarioInFront) {
        if (scenarioInFront != null) {
            return scenario(scenarioInFront.id());
        }
        if (proposal != null && (proposalsFocused || mission == null)) {
            return delegation(proposal.delegationId());
        }
        if (mission != null) {
            return mission(mission.id());
        }
        return daily(DAY);
    }
}
