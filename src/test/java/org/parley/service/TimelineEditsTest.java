package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventKind;
import org.parley.model.Provenance;
import org.parley.model.Refused;
import org.parley.model.TimelineEvent;

class TimelineEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private TimelineEdits edits;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new TimelineEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void reschedule_movesTheEvent_saysFromWhenToWhen_andUndoIsExact() throws Exception {
        Map<String, List<String>> before = desk.dump();
        TimelineEvent informals = desk.event("Informals on UNMISS");
        Instant later = informals.at().plus(Duration.ofHours(2));

        edits.reschedule(informals.id(), later);

        assertThat(desk.reload().event(informals.id()).orElseThrow().at()).isEqualTo(later);
        assertThat(desk.editor.undoLabel()).contains("Reschedule event");
        assertThat(desk.lastChange()).isEqualTo("Reschedule event \"Informals on UNMISS\" from 26 Jun 2018 10:00 to 12:00");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void reschedule_toAnotherDay_namesTheDay() throws Exception {
        TimelineEvent informals = desk.event("Informals on UNMISS");

        edits.reschedule(informals.id(), informals.at().plus(Duration.ofDays(1)));

        assertThat(desk.lastChange()).endsWith("from 26 Jun 2018 10:00 to 27 Jun 2018 10:00");
    }

    @Test
    void reschedule_outsideTheNegotiation_isRefused_andNothingIsWritten() throws Exception {
        Map<String, List<String>> before = desk.dump();
        TimelineEvent informals = desk.event("Informals on UNMISS");

        assertThatThrownBy(() -> edits.reschedule(informals.id(), Instant.parse("2018-08-01T14:00:00Z")))
                .isInstanceOf(Refused.class).hasMessageStartingWith("When: must be inside the negotiation");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void reschedule_toWhereItIs_isNoGesture() throws Exception {
        TimelineEvent informals = desk.event("Informals on UNMISS");

        edits.reschedule(informals.id(), informals.at());

        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void addEditAndDelete_areEachOneUndo() throws Exception {
        Map<String, List<String>> before = desk.dump();
        long unmiss = desk.mission("UNMISS").id();
        TimelineEvent draft = new TimelineEvent(0, Instant.parse("2018-06-29T19:00:00Z"), "Informals on UNMISS (2)",
                EventKind.INFORMAL_CONSULTATIONS, "", Provenance.illustrative("typed in"), Set.of(unmiss), Set.of());

        long id = edits.addEvent(draft);
        Map<String, List<String>> added = desk.dump();
        TimelineEvent stored = desk.reload().event(id).orElseThrow();
        edits.updateEvent(new TimelineEvent(id, stored.at(), stored.title(), EventKind.BILATERAL, "with the coordinator",
                stored.provenance(), stored.missionIds(), stored.proposalIds()));
        assertThat(desk.lastChange()).isEqualTo("Edit event \"Informals on UNMISS (2)\": kind bilateral, description");
        Map<String, List<String>> edited = desk.dump();
        edits.deleteEvent(id);
        assertThat(desk.reload().event(id)).isEmpty();

        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(edited);
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(added);
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addEvent_beforeTheSession_isRefused() throws Exception {
        TimelineEvent early = new TimelineEvent(0, Instant.parse("2018-04-01T14:00:00Z"), "Too early",
                EventKind.BILATERAL, "", Provenance.illustrative(""), Set.of(), Set.of());

        assertThatThrownBy(() -> edits.addEvent(early)).isInstanceOf(Refused.class)
                .hasMessageStartingWith("When: must be inside the negotiation: from the session's start (7 May 2018 10:00)");
        assertThat(desk.editor.canUndo()).isFalse();
    }
}
