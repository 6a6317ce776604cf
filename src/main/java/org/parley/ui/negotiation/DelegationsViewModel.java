package org.parley.ui.negotiation;

import java.util.List;
import java.util.OptionalLong;

import javafx.stage.Window;

import org.parley.model.Delegation;

/**
 * What the delegations dialog shows and does: a row of texts per delegation or group, and the
 * add, edit and delete gestures by id (each one undo, through {@link NegotiationEditing}).
 */
final class DelegationsViewModel {

    /** One delegation or group as the table shows it. */
    record DelegationRow(long id, String code, String name, String kind, String members) {
    }

    private final NegotiationEditing editing;

    DelegationsViewModel(NegotiationEditing editing) {
        this.editing = editing;
    }

    /** The delegations and groups as they stand, in their order. */
    List<DelegationRow> rows() {
        return editing.data().delegations().stream().map(d -> new DelegationRow(d.id(), d.code(), d.name(),
                d.kind().label(), CodeLists.delegationCodes(d.memberIds(), editing.data()))).toList();
    }

    /** Asks for a new delegation and adds it; its id, or empty when cancelled or refused. */
    OptionalLong add(Window owner) {
        return DelegationForm.dialog(owner, null, editing.data()).showAndWait()
                .map(editing::addDelegation).orElse(OptionalLong.empty());
    }

    /** Asks for the delegation's new fields and applies them; true when it changed. */
    boolean edit(Window owner, long id) {
        Delegation d = editing.data().delegation(id).orElse(null);
        if (d == null) {
            return false;
        }
        return DelegationForm.dialog(owner, d, editing.data()).showAndWait()
                .map(editing::updateDelegation).orElse(false);
    }

    /** Deletes the delegation (asks first, or says why not); true when it went. */
    boolean delete(long id) {
        return editing.data().delegation(id).map(editing::deleteDelegation).orElse(false);
    }
}
