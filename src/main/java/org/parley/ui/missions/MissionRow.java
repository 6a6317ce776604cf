package org.parley.ui.missions;

import java.util.Optional;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.Post;
import org.parley.ui.common.FigureText;

/** One row of the missions tree: a mission, one of its budget lines, or a post row on a line. */
public sealed interface MissionRow {

    Mission mission();

    /** The text of the first column. */
    String label();

    /** The figure for a baseline column, if this row has one. */
    Optional<Figure> figure(Baseline baseline);

    /** What a money column shows on this row, formatted; null when the row has no such figure. */
    default FigureText figureText(FigureColumn column) {
        return figure(column.baseline()).map(FigureText::of).orElse(null);
    }

    /** As {@link #figureText(FigureColumn)}, for a desk whose "now" is {@code now} (null: all is known). */
    default FigureText figureText(FigureColumn column, java.time.Instant now, java.time.ZoneId zone) {
        return figure(column.baseline()).map(f -> FigureText.of(f, now, zone)).orElse(null);
    }

    /** The id of the mission the row belongs to. */
    default long missionId() {
        return mission().id();
    }

    /** The code of the mission the row belongs to. */
    default String missionCode() {
        return mission().code();
    }

    /** The full name of the mission the row belongs to. */
    default String missionName() {
        return mission().name();
    }

    /** The text of the status column: a mission's status; empty on lines and posts. */
    default String statusText() {
        return "";
    }

    /** The text of the coordinator column: a mission's coordinator; empty on lines and posts. */
    default String coordinatorText() {
        return "";
    }

    /** The text of the name column: a mission's name and place, a line's category, a post row's status. */
    String nameText();

    /** Text a filter is matched against. */
    String searchText();

    record OfMission(Mission mission) implements MissionRow {
        @Override
        public String label() {
            return mission.code();
        }

        @Override
        public String statusText() {
            return mission.status().label();
        }

        @Override
        public String coordinatorText() {
            return mission.coordinator();
        }

        @Override
        public String nameText() {
            return mission.name() + (mission.location().isEmpty() ? "" : " — " + mission.location());
        }

        @Override
        public Optional<Figure> figure(Baseline baseline) {
            return mission.baselines().get(baseline);
        }

        @Override
        public String searchText() {
            return String.join(" ", mission.code(), mission.name(), mission.location(), mission.coordinator());
        }
    }

    record OfLine(Mission mission, BudgetLine line) implements MissionRow {
        @Override
        public String label() {
            return line.name();
        }

        @Override
        public String nameText() {
            return line.category().label();
        }

        @Override
        public Optional<Figure> figure(Baseline baseline) {
            return line.baselines().get(baseline);
        }

        @Override
        public String searchText() {
            return line.name() + " " + line.category().label();
        }
    }

    record OfPost(Mission mission, BudgetLine line, Post post) implements MissionRow {
        @Override
        public String label() {
            // grade first and the status said, so rows of one title but another grade or status differ
            return post.count() + " × " + post.grade().label() + " " + post.title() + " (" + post.status().label() + ")";
        }

        @Override
        public String nameText() {
            return post.status().label();
        }

        /** A post row shows the yearly cost of its posts in the "current" column only. */
        @Override
        public Optional<Figure> figure(Baseline baseline) {
            if (baseline != Baseline.CURRENT) {
                return Optional.empty();
            }
            return Optional.of(new Figure(post.totalAnnualUsd(), post.annualCost().provenance()));
        }

        @Override
        public String searchText() {
            return post.displayTitle() + " " + post.status().label();
        }
    }
}
