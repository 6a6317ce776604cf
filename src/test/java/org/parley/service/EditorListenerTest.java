package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.TimelineEvent;

/** Listeners (the Undo menu item among them) see the undo history with the gesture already in it. */
class EditorListenerTest {

    @TempDir
    Path dir;
    private SampleDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void aListener_seesTheGestureItIsToldOf_onTheUndoStack() throws Exception {
        List<String> seen = new ArrayList<>();
        desk.editor.addListener(a -> seen.add(a.kind() + " undo=" + desk.editor.undoLabel().orElse("-")
                + " redo=" + desk.editor.redoLabel().orElse("-")));
        TimelineEvent e = desk.event("Informals on UNMISS");

        new TimelineEdits(desk.editor).reschedule(e.id(), e.at().plus(Duration.ofHours(1)));
        desk.editor.undo();
        desk.editor.redo();

        assertThat(seen).containsExactly("DONE undo=Reschedule event redo=-", "UNDONE undo=- redo=Reschedule event",
                "REDONE undo=Reschedule event redo=-");
    }
}
