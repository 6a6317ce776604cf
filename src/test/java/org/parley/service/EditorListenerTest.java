package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    @Test
    void aListenerThatFails_neitherMakesTheCommittedGestureLookRefused_norSkipsTheNextListener() throws Exception {
        List<Throwable> reported = new ArrayList<>();
        desk.editor.onListenerFailure(reported::add);
        desk.editor.addListener(a -> {
            throw new IllegalArgumentException("a bug in a view");
        });
        List<Editor.Applied.Kind> later = new ArrayList<>();
        desk.editor.addListener(a -> later.add(a.kind()));
        TimelineEvent e = desk.event("Informals on UNMISS");
        Instant moved = e.at().plus(Duration.ofHours(1));

        new TimelineEdits(desk.editor).reschedule(e.id(), moved);

        assertThat(later).containsExactly(Editor.Applied.Kind.DONE);
        assertThat(reported).singleElement().satisfies(t -> assertThat(t).hasMessage("a bug in a view"));
        assertThat(desk.reload().events()).anySatisfy(ev -> {
            assertThat(ev.id()).isEqualTo(e.id());
            assertThat(ev.at()).isEqualTo(moved);
        });
        assertThat(desk.editor.undoLabel()).contains("Reschedule event");
        desk.editor.undo();
        assertThat(desk.reload().events()).anySatisfy(ev -> {
            assertThat(ev.id()).isEqualTo(e.id());
            assertThat(ev.at()).isEqualTo(e.at());
        });
        assertThat(later).containsExactly(Editor.Applied.Kind.DONE, Editor.Applied.Kind.UNDONE);
    }

    @Test
    void aRemovedListener_hearsNothingMore_andTheEditorCountsItGone() throws Exception {
        List<Editor.Applied.Kind> seen = new ArrayList<>();
        Runnable remove = desk.editor.addListener(a -> seen.add(a.kind()));
        assertThat(desk.editor.listenerCount()).isEqualTo(1);
        TimelineEvent e = desk.event("Informals on UNMISS");
        new TimelineEdits(desk.editor).reschedule(e.id(), e.at().plus(Duration.ofHours(1)));

        remove.run();
        desk.editor.undo();

        assertThat(seen).containsExactly(Editor.Applied.Kind.DONE);
        assertThat(desk.editor.listenerCount()).isZero();
    }
}
