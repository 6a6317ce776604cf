package org.parley.ui.missions;

import java.util.Optional;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.Post;

/** One row of the missions tree: a mission, one of its budget lines, or a post row on a line. */
public sealed interface MissionRow {

    Mission mission();

    /** The text of the first column. */
    String label();

    /** The figure for a baseline column, if this row has one. */
    Optional<Figure> figure(Baseline baseline);

    /** Text a filter is matched against. */
    String searchText();

    record OfMission(Mission mission) implements MissionRow {
        @Override
        public String label() {
            return mission.code();
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
            return post.count() + " × " + post.displayTitle();
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
