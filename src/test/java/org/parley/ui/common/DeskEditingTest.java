package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Proposal;
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
}
