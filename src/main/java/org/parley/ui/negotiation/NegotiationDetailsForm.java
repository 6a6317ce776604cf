package org.parley.ui.negotiation;

import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.parley.model.Negotiation;
import org.parley.model.NegotiationRules;
import org.parley.ui.forms.Form;

/** The form for the negotiation's own details, checked live against {@link NegotiationRules}. */
final class NegotiationDetailsForm {

    /** What the form gives: the details as typed (the service trims them and defaults the marking). */
    record Details(String title, String body, String marking) {
    }

    private NegotiationDetailsForm() {
    }

    static Dialog<Details> dialog(Window owner, Negotiation n) {
        Form form = new Form("Negotiation details")
                .intro("The classification marking is printed in every briefing-sheet page's header and footer.");
        TextField title = form.text(NegotiationRules.TITLE, n.title(), "E.g. Peacekeeping budgets 2018/19");
        TextField body = form.text(NegotiationRules.BODY, n.body(),
                "The body the talks are held in, e.g. Fifth Committee, 72nd session (may be empty)");
        TextField marking = form.text(NegotiationRules.MARKING, n.marking(),
                "One line, at most " + NegotiationRules.MARKING_MAX + " characters; empty means "
                        + Negotiation.DEFAULT_MARKING);
        form.rules(() -> NegotiationRules.details(title.getText(), marking.getText()));
        return form.dialog(owner, "Save", () -> new Details(title.getText(), body.getText(), marking.getText()));
    }
}
