package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk opens in stages (issue 12): its chrome first, then one pane a frame in reading order,
 * so the first styling and layout of the desk is spread over several frames. Every opening in
 * the window tests goes through it ({@link DeskUnderTest} waits for the whole desk); this test
 * watches the stages themselves.
 */
@ExtendWith(ApplicationExtension.class)
class DeskStagesWindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void thePanesComeIntoTheScene_oneAFrame_inReadingOrder_thenTheDeskIsWhole(FxRobot robot) throws Exception {
        MainWindow window = desk.window();
        Node missions = window.missionsPane();
        Node proposals = window.proposalsPane();
        Node timeline = window.timelineView();
        Node tabs = robot.lookup("#bottom-tabs").query();
        List<String> arrived = new CopyOnWriteArrayList<>();
        AtomicInteger whole = new AtomicInteger();
        robot.interact(() -> {
            missions.sceneProperty().addListener((o, was, now) -> arrived.add(now == null ? "-missions" : "missions"));
            proposals.sceneProperty().addListener((o, was, now) -> arrived.add(now == null ? "-proposals" : "proposals"));
            timeline.sceneProperty().addListener((o, was, now) -> arrived.add(now == null ? "-timeline" : "timeline"));
            tabs.sceneProperty().addListener((o, was, now) -> arrived.add(now == null ? "-tabs" : "tabs"));
            window.showInStages(whole::incrementAndGet);
            // at once: every pane has left the scene, the chrome stays, the desk is not whole
            assertThat(window.wholeProperty().get()).isFalse();
            assertThat(missions.getScene()).isNull();
            assertThat(proposals.getScene()).isNull();
            assertThat(window.getScene()).isNotNull();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.wholeProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(arrived).containsExactly("-missions", "-proposals", "-timeline", "-tabs",
                "missions", "proposals", "timeline", "tabs");
        assertThat(whole).as("told once, when whole").hasValue(1);
        assertThat(List.of(missions, proposals, timeline, tabs)).allMatch(n -> n.getScene() == window.getScene());
        assertThat(robot.lookup("#missions-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#proposals-tree").tryQuery()).isPresent();
    }
}
