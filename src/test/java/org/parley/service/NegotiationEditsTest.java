package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Negotiation;
import org.parley.model.Refused;

class NegotiationEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private NegotiationEdits edits;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new NegotiationEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void updateDetails_storesTitleBodyAndMarking_inOneGesture() throws Exception {
        Negotiation before = desk.editor.data().negotiation();

        edits.updateDetails("Peacekeeping 2018/19", "Fifth Committee", "  RESTRICTED ");

        Negotiation stored = desk.workspace.negotiations().find(desk.editor.negotiationId()).orElseThrow();
        assertThat(stored).isEqualTo(desk.editor.data().negotiation());
        assertThat(stored.marking()).isEqualTo("RESTRICTED");
        assertThat(stored.title()).isEqualTo("Peacekeeping 2018/19");
        assertThat(stored.body()).isEqualTo("Fifth Committee");
        assertThat(stored.deadline()).isEqualTo(before.deadline());
        assertThat(desk.lastChange())
                .isEqualTo("Edit negotiation details: title, body, marking CONFIDENTIAL → RESTRICTED");
        assertThat(desk.editor.undoLabel()).contains("Edit negotiation details");
    }

    @Test
    void undo_restoresTheDetailsExactly() throws Exception {
        Negotiation before = desk.editor.data().negotiation();
        Map<String, List<String>> rows = desk.dump();

        edits.updateDetails("Renamed", "", "SECRET");
        desk.editor.undo();

        assertThat(desk.dump()).isEqualTo(rows);
        assertThat(desk.editor.data().negotiation()).isEqualTo(before);
        assertThat(desk.workspace.negotiations().find(before.id())).contains(before);
    }

    @Test
    void redo_marksItAgain() throws Exception {
        edits.updateDetails(desk.editor.data().negotiation().title(), desk.editor.data().negotiation().body(),
                "SECRET");
        desk.editor.undo();

        desk.editor.redo();

        assertThat(desk.workspace.negotiations().find(desk.editor.negotiationId()).orElseThrow().marking())
                .isEqualTo("SECRET");
    }

    @Test
    void blankMarking_isTheDefault() throws Exception {
        Negotiation n = desk.editor.data().negotiation();
        edits.updateDetails(n.title(), n.body(), "SECRET");

        edits.updateDetails(n.title(), n.body(), " ");

        assertThat(desk.reload().negotiation().marking()).isEqualTo(Negotiation.DEFAULT_MARKING);
    }

    @Test
    void invalidMarking_isRefused_andNothingChanges() throws Exception {
        Map<String, List<String>> rows = desk.dump();
        Negotiation n = desk.editor.data().negotiation();

        assertThatThrownBy(() -> edits.updateDetails(n.title(), n.body(), "SECRET\nNOFORN"))
                .isInstanceOf(Refused.class)
                .hasMessage("Classification marking: a classification marking must be a single line");
        assertThat(desk.dump()).isEqualTo(rows);
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void unchangedDetails_makeNoGesture() throws Exception {
        Negotiation n = desk.editor.data().negotiation();

        edits.updateDetails(n.title(), n.body(), n.marking());

        assertThat(desk.editor.canUndo()).isFalse();
    }
}
