package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.DeskStarter;
import org.parley.io.NegotiationJson;
import org.parley.service.Desk;
import org.parley.service.DeskService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user sees of data safety: a workspace open in another Parley can be read, a damaged
 * one replaced by a backup, and File > Restore backup lists the backups and restores one.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowTest {

    private static final Clock DAY_ONE = DeskUnderTest.WALL;
    private static final Clock DAY_TWO = Clock.offset(DeskUnderTest.WALL, Duration.ofDays(1));

    @TempDir
    Path folder;

    private Stage stage;
    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();
    private Desk other;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (starter != null) {
            Platform.runLater(starter::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (other != null) {
            other.close();
        }
    }

    private void openOnTheDesk(Path file, Clock clock) {
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample, clock),
                new DeskStarter.Environment(Runnable::run, clock, errors::add, () -> { }));
        Platform.runLater(() -> starter.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A workspace with one daily backup: created on day one, opened again on day two. */
    private Path workspaceWithABackup() throws Exception {
        Path file = folder.resolve("desk.db");
        new DeskService(NegotiationJson::readSample, DAY_ONE).open(file).close();
        new DeskService(NegotiationJson::readSample, DAY_TWO).open(file).close();
        return file;
    }

    @Test
    void workspaceOpenInAnotherParley_isOfferedReadOnly_andTheDeskSaysSo(FxRobot robot) throws Exception {
        Path file = folder.resolve("desk.db");
        other = new DeskService(NegotiationJson::readSample, DAY_ONE).open(file);

        openOnTheDesk(file, DAY_ONE);
        DialogPane dialog = robot.lookup("#open-error").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The workspace is already open for writing");
        assertThat(dialog.getContentText()).contains("is already open in this Parley (process " + ProcessHandle.current().pid());
        robot.clickOn("Open read-only");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#read-only").tryQuery()).isPresent();
        assertThat(stage.getTitle()).endsWith("(read-only)");
        assertThat(starter.desk().orElseThrow().readOnly()).isTrue();
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("read-only");
    }

    @Test
    void damagedWorkspaceWithBackups_offersToRestoreOne(FxRobot robot) throws Exception {
        Path file = workspaceWithABackup();
        Files.writeString(file, "not a workspace any more");

        openOnTheDesk(file, DAY_TWO);
        robot.clickOn("Restore a backup…");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#backup-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restore-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(starter.desk().orElseThrow().data().missions()).hasSize(16);
        assertThat(errors).hasSize(1);
    }

    @Test
    void fileMenuRestoreBackup_listsTheBackups_andRestoresTheChosenOne(FxRobot robot) throws Exception {
        Path file = workspaceWithABackup();
        openOnTheDesk(file, DAY_TWO);
        Desk before = starter.desk().orElseThrow();

        robot.clickOn("File").clickOn("#menu-restore-backup");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#backup-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        // the one style in the negotiation's zone, and "as of" the desk's clock with the real time beside
        assertThat(((org.parley.ui.backups.RestoreBackupViewModel.Row) table.getItems().get(0)).when())
                .matches("\\d{1,2} [A-Z][a-z]{2} 2026 \\d{2}:\\d{2}");
        assertThat(robot.lookup("#backup-as-of").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("As of 26 Jun 2018 09:00 New York on the desk, 28 Nov 2026 01:00 in real time: backups"
                        + " are listed by when they were really taken, New York time.");
        assertThat(robot.lookup("#restore-button").queryButton().isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restore-button");
        WaitForAsyncUtils.waitForFxEvents();

        Desk after = starter.desk().orElseThrow();
        assertThat(after).isNotSameAs(before);
        assertThat(after.data().missions()).hasSize(16);
        assertThat(new DeskService(NegotiationJson::readSample, DAY_TWO).backups(file))
                .extracting(b -> b.reason()).contains("before-restore");
        assertThat(errors).isEmpty();
    }
}
