package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Delegation;
import org.parley.model.Proposal;
import org.parley.service.Part;
import org.parley.service.ProposalEdits;

class DeskEditingTest {

    @TempDir
    Path dir;
    private SampleEditing desk;
    private DeskEditing editing;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        editing = desk.editing;
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void menuTexts_nameWhatWillBeUndoneAndRedone() {
        Proposal ru = desk.editor.data().proposals().get(0);
        assertThat(editing.canUndoProperty().get()).isFalse();
        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo");

        editing.run("Move amendment", () -> new ProposalEdits(desk.editor).moveAmendment(ru.amendments().get(0).id(),
                desk.editor.data().proposals().get(1).id(), 0));

        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo move amendment");
        assertThat(editing.canUndoProperty().get()).isTrue();
        editing.undo();
        assertThat(editing.redoTextProperty().get()).isEqualTo("Redo move amendment");
        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(desk.editor.data().proposals().get(0)).isEqualTo(ru);
    }

    @Test
    void aGestureTheModelRefuses_isReportedAndChangesNothing() {
        var before = desk.editor.data();

        boolean done = editing.run("Move amendment", () -> new ProposalEdits(desk.editor).moveAmendment(424242, 1, 0));

        assertThat(done).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString().startsWith("Move amendment: not possible")
                .contains("no amendment with id 424242");
        assertThat(desk.editor.data()).isSameAs(before);
        assertThat(editing.canUndoProperty().get()).isFalse();
    }

    @Test
    void aGestureARuleRefuses_saysTheRulesSentence() throws Exception {
        Proposal ru = desk.editor.data().proposals().get(0);
        var before = desk.dump();

        boolean done = editing.run("Rename proposal", () -> new ProposalEdits(desk.editor).updateProposal(
                new Proposal(ru.id(), ru.delegationId(), "  ", ru.tabledAt(), ru.status(), ru.provenance(),
                        ru.amendments())));

        assertThat(done).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString()
                .isEqualTo("Rename proposal: not possible: proposal title must not be blank");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void aGestureWhoseOwnCodeThrowsAnIllegalArgument_isReportedAsAFault_notAsNotPossible() throws Exception {
        var before = desk.dump();
        Delegation ru = desk.editor.data().delegations().get(0);
        // a bug in a gesture's code: it asks to update a delegation that is not in the negotiation
        Delegation ghost = new Delegation(987_654, ru.code(), ru.name(), ru.kind(), ru.memberIds(), ru.notes());

        boolean done = editing.run("Edit delegation", () -> desk.editor.apply(
                desk.editor.edit().update(Part.DELEGATIONS, ghost).build("Edit delegation", "Edit RU")));

        assertThat(done).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString()
                .startsWith("Edit delegation failed: ")
                .contains("an unexpected problem inside Parley").contains("Nothing was changed")
                .doesNotContain("not possible").doesNotContain("987654");
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editing.canUndoProperty().get()).isFalse();
    }

    @Test
    void aGestureThatHitsANull_isReportedAsAFault() throws Exception {
        var before = desk.dump();
        Proposal ru = desk.editor.data().proposals().get(0);

        boolean done = editing.run("Rename proposal", () -> new ProposalEdits(desk.editor).updateProposal(
                new Proposal(ru.id(), ru.delegationId(), "Renamed", ru.tabledAt(), ru.status(), null,
                        ru.amendments())));

        assertThat(done).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString().startsWith("Rename proposal failed: ")
                .contains("an unexpected problem inside Parley").doesNotContain("not possible");
        assertThat(desk.dump()).isEqualTo(before);
    }
}
