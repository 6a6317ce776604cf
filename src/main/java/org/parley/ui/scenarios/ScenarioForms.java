package org.parley.ui.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.Problem;
import org.parley.model.Scenario;
import org.parley.model.Share;
import org.parley.ui.forms.Form;

/**
 * The scenario view's dialogs, all on the one {@link Form}: a scenario's name and target, and
 * the keyboard way to add a proposal or a compromise (the same as dropping one).
 */
final class ScenarioForms {

    /** A name and a target as typed. */
    record NameAndTarget(String name, String target) {
    }

    /** What to add, and at which share. */
    record Choice<T>(T value, Share share) {
    }

    private static final String TARGET_HELP = "The total cut someone asks for, e.g. 129M for the US $129 million; "
            + "leave it empty for none";

    private ScenarioForms() {
    }

    /** Asks for a name and a target; {@code editing} is null for a new scenario. */
    /** Asks a new name and target for the scenario {@code viewModel} shows; empty when none is shown. */
    static Optional<NameAndTarget> selected(Window owner, ScenariosViewModel viewModel) {
        Scenario s = viewModel.selectedProperty().get();
        return s == null ? Optional.empty() : scenario(owner, s, viewModel.actions());
    }

    static Optional<NameAndTarget> scenario(Window owner, Scenario editing, ScenarioActions actions) {
        Form form = new Form(editing == null ? "New scenario" : "Edit scenario \"" + editing.name() + "\"");
        TextField name = form.text("Name", editing == null ? "" : editing.name(),
                "A short name for the list, e.g. \"Compromise B\"");
        TextField target = form.text("Target", editing == null ? "" : TargetInput.format(editing.targetUsd()),
                TARGET_HELP);
        long id = editing == null ? 0 : editing.id();
        form.rules(() -> actions.check(id, name.getText(), target.getText()));
        return form.show(owner, editing == null ? "Add" : "Save",
                () -> new NameAndTarget(name.getText(), target.getText()));
    }

    /** Asks which of {@code options} to add and at which share (100% unless changed). */
    static <T> Optional<Choice<T>> add(Window owner, String what, List<T> options, Function<T, String> show) {
        Form form = new Form("Add a " + what.toLowerCase() + " to the scenario");
        String field = what;
        ComboBox<T> choice = form.choice(field, options, options.isEmpty() ? null : options.get(0), show,
                "What the scenario adopts");
        TextField share = form.text("Share", "100%", "How much of it goes through: 100%, 50%, 25% or any "
                + "percentage from 0 to 100");
        form.rules(() -> {
            List<Problem> problems = new ArrayList<>();
            if (choice.getValue() == null) {
                problems.add(new Problem(field, "choose one"));
            }
            ScenarioActions.shareProblem(share.getText()).ifPresent(p -> problems.add(
                    new Problem("Share", p.substring("Share: ".length()))));
            return problems;
        });
        return form.show(owner, "Add", () -> new Choice<>(choice.getValue(), Share.parsePercent(share.getText())));
    }
}
