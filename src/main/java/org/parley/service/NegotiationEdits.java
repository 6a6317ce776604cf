package org.parley.service;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Negotiation;
import org.parley.model.NegotiationRules;

/**
 * The gesture on the negotiation's own details: its title, the body it is held in, and the
 * classification marking its briefing sheets print. One {@link ChangeSet} through the
 * {@link Editor}: one transaction, one undo. Dates, zone and currency are not edited here.
 */
public final class NegotiationEdits {

    /** The gesture's label, so undo reads "Undo edit negotiation details". */
    public static final String EDIT_DETAILS = "Edit negotiation details";

    private final Editor editor;

    public NegotiationEdits(Editor editor) {
        this.editor = editor;
    }

    /** Sets title, body and marking (blank marking: {@link Negotiation#DEFAULT_MARKING}); nothing when unchanged. */
    public void updateDetails(String title, String body, String marking) throws EditException {
        EditTexts.refuseIf(NegotiationRules.details(title, marking));
        Negotiation now = editor.data().negotiation();
        Negotiation edited = new Negotiation(now.id(), title, body, now.sessionStart(), now.deadline(), now.zone(),
                now.deskDate(), now.currency(), marking);
        if (edited.equals(now)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "title", now.title(), edited.title());
        EditTexts.field(parts, "body", now.body(), edited.body());
        EditTexts.field(parts, "marking " + now.marking() + " → " + edited.marking(), now.marking(), edited.marking());
        editor.apply(editor.edit().update(Part.NEGOTIATION, edited).build(EDIT_DETAILS,
                EditTexts.joined(EDIT_DETAILS, parts)));
    }
}
