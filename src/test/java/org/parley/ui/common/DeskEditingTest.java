package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Proposal;
import org.parley.service.Editor;
import org.parley.service.ProposalEdits;
import org.parley.store.Workspace;

class DeskEditingTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private Editor editor;
    private final FakeDialogs dialogs = new FakeDialogs();
    private DeskEditing editing;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("w.parley"));
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        editing = new DeskEditing(editor, dialogs);
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    @Test
    void menuTexts_nameWhatWillBeUndoneAndRedone() {
        Proposal ru = editor.data().proposals().get(0);
        assertThat(editing.canUndoProperty().get()).isFalse();
        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo");

        editing.run("Move amendment", () -> new ProposalEdits(editor).moveAmendment(ru.amendments().get(0).id(),
                editor.data().proposals().get(1).id(), 0));

        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo move amendment");
        assertThat(editing.canUndoProperty().get()).isTrue();
        editing.undo();
        assertThat(editing.redoTextProperty().get()).isEqualTo("Redo move amendment");
        assertThat(editing.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(editor.data().proposals().get(0)).isEqualTo(ru);
    }

    @Test
    void aGestureTheModelRefuses_isReportedAndChangesNothing() {
        var before = editor.data();

        boolean done = editing.run("Move amendment", () -> new ProposalEdits(editor).moveAmendment(424242, 1, 0));

        assertThat(done).isFalse();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Move amendment: not possible")
                .contains("no amendment with id 424242");
        assertThat(editor.data()).isSameAs(before);
        assertThat(editing.canUndoProperty().get()).isFalse();
    }
}
