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
 * One desk session at a time: when a desk closes (File > Restore backup, opening another
 * workspace), neither a key, a listener, a timer nor a gesture begun on it reaches its editor
 * while the progress view shows.
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
        assertThat(robot.lookup("#opening-cancel").queryButton().isVisible())
                .as("a restore cannot stop midway, so it offers no Cancel").isFalse();

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

    @Test
    void openingAnotherWorkspace_midGesture_writesIntoNeither(FxRobot robot) throws Exception {
        Path a = folder.resolve("a.db");
        Path b = folder.resolve("b.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(a).close();
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(b).close();
        String aBefore = stored(a);
        String bBefore = stored(b);
        openTheDeskOn(a);
        Editor onA = starter.desk().orElseThrow().editor();
        Object keyOfA = stage.getScene().getAccelerators().get(KeyCombination.keyCombination("Shortcut+Y"));
        assertThat(keyOfA).as("desk A has its key on the scene").isNotNull();

        // the gesture begins on A: its form is open, the new title typed but not yet confirmed
        robot.clickOn("Negotiation").clickOn("#menu-negotiation-details");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#field-title").push(KeyCode.CONTROL, KeyCode.A).write("Written after the desk went");

        // workspace B opens by the path File > Open workspace and Open recent take
        Platform.runLater(() -> starter.open(b));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening").tryQuery()).as("the progress view shows").isPresent();
        assertThat(background).as("B opens in the background, later").isNotEmpty();
        assertThat(onA.listenerCount()).as("A's session ended before the progress view showed").isZero();

        // the gesture completes while B is opening, and again after B shows
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        runBackground();

        assertThat(starter.desk().orElseThrow().file()).isEqualTo(b);
        assertThat(stored(a)).as("nothing was written into A").isEqualTo(aBefore);
        assertThat(stored(b)).as("nothing was written into B").isEqualTo(bBefore);
        assertThat(starter.desk().orElseThrow().editor().canUndo()).isFalse();
        assertThat(onA.listenerCount()).as("no listener is left on A's editor").isZero();
        assertThat(stage.getScene().getAccelerators().values()).as("no key of A is on the scene")
                .doesNotContain((Runnable) keyOfA);
        assertThat(robot.lookup("#form-ok").tryQuery()).as("the form closed").isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aFailedOpen_goesBackToTheWorkspaceLeft(FxRobot robot) throws Exception {
        Path a = folder.resolve("a.db");
        Path bad = folder.resolve("not-a-workspace.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(a).close();
        java.nio.file.Files.writeString(bad, "this is not a Parley workspace");
        openTheDeskOn(a);
        Editor onA = starter.desk().orElseThrow().editor();

        Platform.runLater(() -> starter.open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onA.listenerCount()).as("A's session ended before the progress view showed").isZero();
        runBackground();
        assertThat(robot.lookup("#open-error").tryQuery()).as("the open failed, and says so").isPresent();
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        runBackground();

        assertThat(starter.desk().orElseThrow().file()).as("A is on the desk again").isEqualTo(a);
        assertThat(starter.desk().orElseThrow().editor()).isNotSameAs(onA);
        assertThat(stage.getScene().getAccelerators()).containsKey(KeyCombination.keyCombination("Shortcut+Y"));
        assertThat(errors).singleElement().asString().contains("not-a-workspace.db");
    }

    @Test
    void cancellingAnOpen_goesBackToTheWorkspaceLeft_andChangesNeither(FxRobot robot) throws Exception {
        Path a = folder.resolve("a.db");
        Path b = folder.resolve("b.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(a).close();
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(b).close();
        String bBefore = stored(b);
        openTheDeskOn(a);
        String aBefore = stored(a);

        Platform.runLater(() -> starter.open(b));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening").tryQuery()).as("the progress view shows").isPresent();
        assertThat(robot.lookup("#opening-cancel").queryButton().isDisabled()).as("Cancel is offered").isFalse();
        robot.clickOn("#opening-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-what").queryLabeled().getText()).isEqualTo("Cancelling…");
        runBackground();

        assertThat(robot.lookup("#open-error").tryQuery()).as("a cancel is not an error").isEmpty();
        assertThat(starter.desk().orElseThrow().file()).as("A is on the desk again").isEqualTo(a);
        assertThat(stage.getScene().getRoot()).isSameAs(starter.window().orElseThrow());
        assertThat(stored(a)).isEqualTo(aBefore);
        assertThat(stored(b)).isEqualTo(bBefore);
        assertThat(errors).singleElement().asString().contains("b.db").contains("was cancelled");
    }

    @Test
    void cancellingTheFirstOpen_asksWhatNext_andQuitQuits(FxRobot robot) throws Exception {
        Path a = folder.resolve("a.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(a).close();
        String aBefore = stored(a);
        List<String> exits = new ArrayList<>();
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample, DAY_TWO),
                new DeskStarter.Environment(background::add, DAY_TWO, errors::add, () -> exits.add("exit")));
        Platform.runLater(() -> starter.open(a));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#opening-cancel");
        runBackground();

        assertThat(robot.lookup("#open-error").tryQuery()).as("asks what to do next").isPresent();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Opening was cancelled");
        robot.clickOn("Quit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exits).containsExactly("exit");
        assertThat(starter.desk()).isEmpty();
        // the daily backup of day two may have been made; the workspace itself is as it was
        assertThat(stored(a)).isEqualTo(aBefore);
    }

    /** The negotiation's title and marking and the number of changes logged, read with plain SQL. */
    private static String stored(Path file) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT (SELECT group_concat(title || '/' || marking, ';') "
                     + "FROM negotiation), (SELECT COUNT(*) FROM change_log)")) {
            rs.next();
            return rs.getString(1) + " | changes " + rs.getLong(2);
        }
    }

    /** A desk on {@code file}, opened as the app opens one (its slow part run in place), on day two. */
    private void openTheDeskOn(Path file) {
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample, DAY_TWO),
                new DeskStarter.Environment(background::add, DAY_TWO, errors::add, () -> { }));
        Platform.runLater(() -> starter.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        runBackground();
    }
}
