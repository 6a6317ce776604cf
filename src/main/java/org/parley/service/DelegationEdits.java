package org.parley.service;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Delegation;
import org.parley.model.DelegationRules;
import org.parley.store.NewIds;

/**
 * The gestures on the delegations and groups at the table: add, edit, delete. Each is one
 * {@link ChangeSet} through the {@link Editor}: one transaction, one undo.
 *
 * <p>Deleting a delegation that tabled proposals is <em>refused</em> ({@link DelegationRules#deletion}):
 * proposals are the desk's main work and silently taking them with a mistyped delegation would
 * be the worst surprise; the user deletes (or reassigns) them first, knowingly. What does go
 * with a delegation is small and named before it goes ({@link #whatGoesWith}): its positions
 * and its places in groups.
 */
public final class DelegationEdits {

    private final Editor editor;

    public DelegationEdits(Editor editor) {
        this.editor = editor;
    }

    /** Adds a delegation or group at the end of the list; {@code draft}'s id is replaced. Returns the new id. */
    public long addDelegation(Delegation draft) throws EditException {
        EditTexts.refuseIf(DelegationRules.delegation(0, draft.code(), draft.name(), draft.kind(), draft.memberIds(),
                editor.data()));
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.DELEGATION);
        Delegation d = new Delegation(id, draft.code(), draft.name(), draft.kind(), draft.memberIds(), draft.notes());
        editor.apply(editor.edit().create(Part.DELEGATIONS, d)
                .build("Add delegation", "Add " + d.kind().label() + " " + d.code() + " (" + d.name() + ")"));
        return id;
    }

    public void updateDelegation(Delegation edited) throws EditException {
        Delegation now = delegation(edited.id());
        EditTexts.refuseIf(DelegationRules.delegation(edited.id(), edited.code(), edited.name(), edited.kind(),
                edited.memberIds(), editor.data()));
        if (now.equals(edited)) {
            return;
        }
        List<String> parts = new ArrayList<>();
        EditTexts.field(parts, "code " + edited.code(), now.code(), edited.code());
        EditTexts.field(parts, "name", now.name(), edited.name());
        EditTexts.field(parts, "kind " + edited.kind().label(), now.kind(), edited.kind());
        EditTexts.field(parts, "members " + codes(edited.memberIds()), now.memberIds(), edited.memberIds());
        EditTexts.field(parts, "notes", now.notes(), edited.notes());
        editor.apply(editor.edit().update(Part.DELEGATIONS, edited)
                .build("Edit delegation", EditTexts.joined("Edit delegation " + now.code(), parts)));
    }

    /** Deletes a delegation with its positions, out of every group; refused when it tabled proposals. */
    public void deleteDelegation(long id) throws EditException {
        Delegation d = delegation(id);
        EditTexts.refuseIf(DelegationRules.deletion(id, editor.data()));
        String with = Dependants.describeForDelegation(editor.data(), id);
        EditBuilder b = editor.edit();
        Dependants.ofDelegation(b, id);
        b.delete(Part.DELEGATIONS, d);
        String head = "Delete " + d.kind().label() + " " + d.code() + " (" + d.name() + ")";
        editor.apply(b.build("Delete delegation", with.isEmpty() ? head : head + " with " + with));
    }

    /** "2 positions; leaves G77": what deleting takes with it; empty when nothing. */
    public String whatGoesWith(long id) {
        return Dependants.describeForDelegation(editor.data(), id);
    }

    private Delegation delegation(long id) {
        return editor.data().delegation(id).orElseThrow(() -> ProposalEdits.unknown("delegation", id));
    }

    private String codes(List<Long> ids) {
        List<String> codes = ids.stream()
                .map(i -> editor.data().delegation(i).map(Delegation::code).orElse("?")).toList();
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }
}
