package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.DeskStarter;
import org.parley.io.NegotiationJson;
import org.parley.model.TimelineEvent;
import org.parley.service.DeskService;
import org.parley.service.Editor;
import org.parley.service.TimelineEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One desk session at a time: when a desk closes (File > Restore backup), neither a key, a
 * listener nor a timer of it reaches its editor while the progress view shows.
 */
@ExtendWith(ApplicationExtension.class)
class DeskSessionWindowTest {

    private static final java.time.Clock DAY_ONE = DeskUnderTest.WALL;
    private static final java.time.Clock DAY_TWO = java.time.Clock.offset(DeskUnderTest.WALL, Duration.ofDays(1));

    @TempDir
    Path folder;

    private Stage stage;
    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();
    /** Slow work waits here until the test runs it, so the progress view can be seen and pressed on. */
    private final Queue<Runnable> background = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        runBackground();
        if (starter != null) {
            Platform.runLater(starter::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void ctrlYDuringRestoreBackup_doesNotReachTheClosedDesk(FxRobot robot) throws Exception {
        Path file = folder.resolve("desk.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(file).close();
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample, DAY_TWO),
                new DeskStarter.Environment(background::add, DAY_TWO, errors::add, () -> { }));
        Platform.runLater(() -> starter.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        runBackground();
        Editor old = starter.desk().orElseThrow().editor();
        robot.interact(() -> {
            try {
                TimelineEvent e = old.data().events().get(0);
                new TimelineEdits(old).reschedule(e.id(), e.at().plus(Duration.ofHours(1)));
                old.undo();
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        assertThat(old.canRedo()).isTrue();
        assertThat(old.listenerCount()).isPositive();

        robot.clickOn("File").clickOn("#menu-restore-backup");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#backup-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restore-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening").tryQuery()).as("the progress view shows").isPresent();
        assertThat(background).as("the restore waits to run").isNotEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(old.canRedo()).as("Ctrl+Y did not redo on the closed desk").isTrue();
        assertThat(old.listenerCount()).as("the closed session left no listener on its editor").isZero();
        assertThat(stage.getScene().getAccelerators()).as("the closed session left no key on the scene")
                .doesNotContainKey(KeyCombination.keyCombination("Shortcut+Y"));
        assertThat(errors).isEmpty();

        runBackground();
        Editor restored = starter.desk().orElseThrow().editor();
        assertThat(restored).isNotSameAs(old);
        assertThat(restored.canRedo()).isFalse();
        assertThat(stage.getScene().getAccelerators()).containsKey(KeyCombination.keyCombination("Shortcut+Y"));
        assertThat(errors).isEmpty();
    }
}
