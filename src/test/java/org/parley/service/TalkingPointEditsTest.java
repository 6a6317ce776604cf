package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.TalkingPoints;

/** Talking points: each save a version with its time, in the real workspace file, one undo per save. */
class TalkingPointEditsTest {

    private static final Instant FIRST = Instant.parse("2018-06-26T14:00:00Z");

    @TempDir
    Path dir;
    private SteppingClock clock;
    private SampleDesk desk;
    private TalkingPointEdits edits;
    private long monusco;

    /** A clock that moves on by an hour each time it is read, so each save has its own time. */
    private static final class SteppingClock extends Clock {
        private Instant next = FIRST;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plusSeconds(3600);
            return now;
        }
    }

    @BeforeEach
    void open() throws Exception {
        clock = new SteppingClock();
        desk = new SampleDesk(dir, clock);
        edits = new TalkingPointEdits(desk.editor);
        monusco = desk.mission("MONUSCO").id();
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void eachSaveIsAVersionWithItsTime_storedAndReadBack() throws Exception {
        assertThat(edits.save(monusco, "Hold the SG's level.")).isTrue();
        assertThat(edits.save(monusco, "  Accept half the cut, not the posts.  ")).isTrue();

        TalkingPoints stored = desk.workspace.loadNegotiation(desk.editor.negotiationId()).talkingPoints(monusco)
                .orElseThrow();
        assertThat(stored.versions()).extracting(TalkingPoints.Version::text)
                .containsExactly("Hold the SG's level.", "Accept half the cut, not the posts.");
        // Each save is dated by the editor's clock when it is made: the clock steps one hour per reading.
        assertThat(stored.versions().get(1).savedAt()).isAfter(stored.versions().get(0).savedAt());
        assertThat(stored.versions().get(0).savedAt()).isAfterOrEqualTo(FIRST);
        assertThat(stored).isEqualTo(desk.editor.data().talkingPoints(monusco).orElseThrow());
        assertThat(desk.editor.changesSince(Instant.EPOCH)).extracting(c -> c.description()).endsWith(
                "Talking points on MONUSCO saved (4 words), version 1",
                "Talking points on MONUSCO saved (7 words), version 2");
    }

    @Test
    void theSameTextAgainIsNoGesture() throws Exception {
        edits.save(monusco, "Hold the SG's level.");

        assertThat(edits.save(monusco, "Hold the SG's level. ")).isFalse();
        assertThat(edits.save(desk.mission("UNMISS").id(), "  ")).isFalse();
        assertThat(desk.editor.data().talkingPoints(monusco).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void undoRemovesTheLatestVersion_andTheFirstUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = desk.dump();
        edits.save(monusco, "Hold the SG's level.");
        Map<String, List<String>> afterOne = desk.dump();
        edits.save(monusco, "Accept half.");

        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(afterOne);
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.editor.data().talkingPoints(monusco)).isEmpty();
    }

    @Test
    void deletingTheMissionTakesItsTalkingPoints_andUndoBringsThemBack() throws Exception {
        edits.save(monusco, "Hold the SG's level.");
        Map<String, List<String>> before = desk.dump();

        new BudgetEdits(desk.editor).deleteMission(monusco);
        assertThat(desk.editor.data().talkingPoints()).isEmpty();
        desk.editor.undo();

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.editor.data().talkingPoints(monusco).orElseThrow().latest().text())
                .isEqualTo("Hold the SG's level.");
    }
}
