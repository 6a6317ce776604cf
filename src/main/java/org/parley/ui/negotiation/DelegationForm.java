package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.DelegationRules;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.ui.forms.Form;
import org.parley.ui.forms.Inputs;

/** The form for a delegation or group, checked live against {@link DelegationRules}. */
final class DelegationForm {

    private DelegationForm() {
    }

    /** {@code d} null for a new one (result id 0). */
    static Dialog<Delegation> dialog(Window owner, Delegation d, NegotiationData data) {
        boolean adding = d == null;
        long id = adding ? 0 : d.id();
        Form form = new Form(adding ? "Add delegation or group" : "Edit " + d.code());
        TextField code = form.text(DelegationRules.CODE, adding ? "" : d.code(),
                "Short code, unique in the negotiation, e.g. RU, G77, EU");
        TextField name = form.text(DelegationRules.NAME, adding ? "" : d.name(), "E.g. Russian Federation, G77 and China");
        ComboBox<DelegationKind> kind = form.choice(DelegationRules.KIND, List.of(DelegationKind.values()),
                adding ? DelegationKind.STATE : d.kind(), DelegationKind::label,
                "A single member state, or a group speaking for several");
        TextField members = form.text(DelegationRules.MEMBERS, adding ? "" : CodeLists.delegationCodes(d.memberIds(), data),
                "A group's members at this table, by code: e.g. CN, EG. Empty for a state");
        TextArea notes = form.area("Notes", adding ? "" : d.notes(), "E.g. who chairs a group this year");
        form.rules(() -> {
            List<Problem> reading = new ArrayList<>();
            List<Long> ids = CodeLists.delegations(DelegationRules.MEMBERS, members.getText(), data, reading);
            return Inputs.merge(reading, DelegationRules.delegation(id, code.getText(), name.getText(), kind.getValue(),
                    ids, data));
        });
        return form.dialog(owner, adding ? "Add" : "Save", () -> new Delegation(id, code.getText(), name.getText(),
                kind.getValue(), CodeLists.delegations(DelegationRules.MEMBERS, members.getText(), data,
                new ArrayList<>()), notes.getText()));
    }
}
