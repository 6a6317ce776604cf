package org.parley.ui.compromises;

import java.util.Arrays;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

import org.parley.model.Amendment;
import org.parley.model.AmendmentValueInput;
import org.parley.model.Compromise;
import org.parley.model.CompromiseRules;
import org.parley.model.CompromiseStatus;
import org.parley.ui.forms.Form;

/** The form for a new or an edited compromise, checked by the view model's rules as the user types. */
final class CompromiseForm {

    private final CompromisesViewModel vm;

    CompromiseForm(CompromisesViewModel vm) {
        this.vm = vm;
    }

    /** Asks for a new compromise on the followed amendment (or any other). */
    Optional<CompromisesViewModel.Draft> add(Window owner) {
        Amendment a = vm.defaultAmendment().orElse(null);
        long half = a == null ? 0 : a.value() / 2;
        return show(owner, "New compromise", "Add", a, "", a == null ? "" : AmendmentValueInput.format(a.kind(), half),
                "", vm.defaultWhen(), CompromiseStatus.FLOATED);
    }

    Optional<CompromisesViewModel.Draft> edit(Window owner, Compromise c) {
        Amendment a = vm.amendment(c.amendmentId()).orElseThrow();
        return show(owner, "Edit compromise", "Save", a, c.description(), AmendmentValueInput.format(a.kind(), c.value()),
                c.floatedBy(), vm.inputWhen(c.floatedAt()), c.status());
    }

    private Optional<CompromisesViewModel.Draft> show(Window owner, String title, String ok, Amendment initial,
                                                      String description, String value, String floatedBy,
                                                      String when, CompromiseStatus status) {
        Form form = new Form(title).intro("A candidate outcome of one amendment, e.g. −25% instead of −50%. "
                + "Marking it agreed ad ref moves its mission's current figure and status.");
        ComboBox<Amendment> amendment = form.choice("Amendment", vm.amendmentChoices(), initial, vm::amendmentName,
                "The amendment the compromise would replace");
        TextField descriptionField = form.text(CompromiseRules.DESCRIPTION, description,
                "How it was put in the room, e.g. \"−25% instead of −50%\" or \"the victims' rights advocate kept\"");
        TextField valueField = form.text(CompromiseRules.VALUE, value, "");
        TextField by = form.text("Floated by", floatedBy, "Who floated it, e.g. the coordinator or a delegation");
        TextField whenField = form.text(CompromiseRules.FLOATED_ON, when,
                "Date and time in the negotiation's zone, e.g. 26 Jun 2018 14:00");
        ComboBox<CompromiseStatus> statusField = form.choice("Status", Arrays.asList(CompromiseStatus.values()), status,
                CompromiseStatus::label, "How far it has got");
        Runnable unit = () -> valueField.setTooltip(amendment.getValue() == null ? null
                : new Tooltip(CompromisesViewModel.unitHint(amendment.getValue())));
        amendment.valueProperty().addListener(o -> unit.run());
        unit.run();
        form.rules(() -> vm.problems(amendment.getValue(), descriptionField.getText(), valueField.getText(),
                whenField.getText()));
        return form.show(owner, ok, () -> vm.draft(amendment.getValue(), descriptionField.getText(),
                valueField.getText(), by.getText(), whenField.getText(), statusField.getValue()));
    }
}
