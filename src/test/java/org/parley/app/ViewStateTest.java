package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.service.Desk;
import org.parley.service.DeskService;

/**
 * The view as left, read back from a real workspace: each key on its own, and a value planted
 * by another program that cannot be used reads as absent, never as an error.
 */
class ViewStateTest {

    @TempDir
    Path dir;

    @Test
    void whatTheDeskWrote_readsBack() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Desk desk = service().open(file)) {
            desk.saveViewState(Map.of(ViewState.X, "-1200", ViewState.Y, "20.5", ViewState.WIDTH, "1000",
                    ViewState.HEIGHT, "700", ViewState.MAXIMIZED, "true", ViewState.TAB, "positions-tab",
                    ViewState.DIVIDER + "panes", "0.25,0.6", ViewState.MISSION_ROW, "mission:3/line:7/post:12",
                    ViewState.PROPOSAL, "41", ViewState.AMENDMENT, ""));
        }
        try (Desk desk = service().openReadOnly(file)) {
            Map<String, String> s = desk.viewState();
            assertThat(ViewState.window(s)).contains(new WindowPlacement.Box(-1200, 20.5, 1000, 700));
            assertThat(ViewState.maximized(s)).contains(true);
            assertThat(ViewState.tab(s)).contains("positions-tab");
            assertThat(ViewState.dividers(s, "panes", 2)).hasValueSatisfying(d -> assertThat(d).containsExactly(0.25, 0.6));
            assertThat(ViewState.missionRow(s)).containsExactly("mission:3", "line:7", "post:12");
            assertThat(ViewState.id(s, ViewState.PROPOSAL)).contains(41L);
            assertThat(ViewState.id(s, ViewState.AMENDMENT)).as("none selected").isEmpty();
            assertThat(desk.editor().canUndo()).isFalse();
        }
    }

    @Test
    void badValuesPlantedByAnotherProgram_readAsAbsent_oneByOne() throws Exception {
        Path file = dir.resolve("desk.db");
        service().open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO view_state VALUES ('window.x', '10'), ('window.y', '10'),"
                    + " ('window.width', 'wide'), ('window.height', '700'), ('window.maximized', '1'),"
                    + " ('tab', 'a tab; DROP TABLE mission'), ('divider.panes', '0.6,0.2'),"
                    + " ('divider.desk-split', '1.5'), ('divider.proposals-pane', 'NaN'),"
                    + " ('divider.scenarios-pane', '0.1'), ('selection.mission-row', 'mission:3/evil:4'),"
                    + " ('selection.proposal', '-41'), ('selection.amendment', '12345678901234567890'),"
                    + " ('selection.event', ' 7')");
        }
        try (Desk desk = service().open(file)) {
            Map<String, String> s = desk.viewState();
            assertThat(ViewState.window(s)).as("text in a number").isEmpty();
            assertThat(ViewState.maximized(s)).isEmpty();
            assertThat(ViewState.tab(s)).isEmpty();
            assertThat(ViewState.dividers(s, "panes", 2)).as("out of order").isEmpty();
            assertThat(ViewState.dividers(s, "desk-split", 1)).as("beyond 1").isEmpty();
            assertThat(ViewState.dividers(s, "proposals-pane", 1)).isEmpty();
            assertThat(ViewState.dividers(s, "scenarios-pane", 2)).as("a divider too few").isEmpty();
            assertThat(ViewState.missionRow(s)).isEqualTo(List.of());
            assertThat(ViewState.id(s, ViewState.PROPOSAL)).isEmpty();
            assertThat(ViewState.id(s, ViewState.AMENDMENT)).isEmpty();
            assertThat(ViewState.id(s, ViewState.EVENT)).isEmpty();
        }
        for (String size : List.of("-800", "0", "NaN", "Infinity", "1e400")) {
            Map<String, String> s = Map.of(ViewState.X, "0", ViewState.Y, "0", ViewState.WIDTH, size,
                    ViewState.HEIGHT, "600");
            assertThat(ViewState.window(s)).as(size).isEmpty();
        }
    }

    private static DeskService service() {
        return new DeskService(NegotiationJson::readSample);
    }
}
