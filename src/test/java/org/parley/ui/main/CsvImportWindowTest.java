package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Mission;
import org.parley.service.CsvSamples;
import org.parley.ui.missions.MissionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Import CSV… on the whole desk (real sample, real workspace, headless Monocle), from the
 * moment a file is chosen (Monocle cannot drive the platform's file chooser).
 */
@ExtendWith(ApplicationExtension.class)
class CsvImportWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    private void open(FxRobot robot, String text) throws Exception {
        Path file = folder.resolve("budget-" + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        robot.interact(() -> desk.window().importCsv(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBadAmount_isShownByLineAndColumn_andOkStaysDisabled(FxRobot robot) throws Exception {
        String code = desk.data().missions().get(0).code();
        open(robot, "Mission,Line,ACABQ\n" + code + ",A,100\n" + code + ",B,-5\n");

        assertThat(robot.lookup("#csv-preview").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("line 3, column \"ACABQ\": must not be negative: \"-5\"");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.editor().canUndo()).isFalse();
    }

    @Test
    void aValidTable_isImported_shownInTheMissionsPane_andCtrlZUndoesIt(FxRobot robot) throws Exception {
        Mission first = desk.data().missions().get(0);
        open(robot, CsvSamples.lines(desk.data()));
        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.editor().undoLabel()).contains("Import CSV");
        assertThat(newLineRow(robot, first)).isPresent();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().mission(first.id()).orElseThrow().lines())
                .noneMatch(l -> l.name().equals(CsvSamples.NEW_LINE));
        assertThat(newLineRow(robot, first)).isEmpty();
        assertThat(desk.errors).isEmpty();
    }

    /** The imported line's row, shown in the missions pane with its mission expanded. */
    private Optional<TreeTableRow<?>> newLineRow(FxRobot robot, Mission mission) {
        var table = desk.window().missionsPane().table();
        robot.interact(() -> {
            TreeItem<MissionRow> m = table.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().label().equals(mission.code())).findFirst().orElseThrow();
            m.setExpanded(true);
            m.getChildren().stream().filter(i -> i.getValue().label().equals(CsvSamples.NEW_LINE)).findFirst()
                    .ifPresent(l -> table.scrollTo(table.getRow(l)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#missions-table .tree-table-row-cell")
                .match(n -> n instanceof TreeTableRow<?> r && r.getItem() instanceof MissionRow row
                        && row.label().equals(CsvSamples.NEW_LINE)).tryQuery().map(n -> (TreeTableRow<?>) n);
    }
}
