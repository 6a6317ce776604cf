package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Negotiation > Negotiation details… on the whole desk (real sample, real workspace file,
 * headless Monocle): the classification marking is set, stored and undone; a bad one is named.
 */
@ExtendWith(ApplicationExtension.class)
class NegotiationDetailsWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void detailsForm_setsTheMarking_inTheWorkspace_andUndoPutsItBack(FxRobot robot) throws Exception {
        openDetails(robot);
        assertThat(robot.lookup("#field-classification-marking").queryAs(TextField.class).getText())
                .isEqualTo("CONFIDENTIAL");

        robot.clickOn("#field-title").push(KeyCode.CONTROL, KeyCode.A).write("Peacekeeping 2018/19");
        robot.clickOn("#field-classification-marking").push(KeyCode.CONTROL, KeyCode.A).write("RESTRICTED");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedMarking()).isEqualTo("RESTRICTED");
        assertThat(robot.lookup("#negotiation-title").queryAs(Label.class).getText()).isEqualTo("Peacekeeping 2018/19");
        assertThat(stage.getTitle()).isEqualTo("Parley — Peacekeeping 2018/19");
        assertThat(desk.editor().undoLabel()).contains("Edit negotiation details");
        assertThat(desk.errors).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedMarking()).isEqualTo("CONFIDENTIAL");
        assertThat(robot.lookup("#negotiation-title").queryAs(Label.class).getText())
                .isEqualTo("Peacekeeping budgets 2018/19");
        assertThat(stage.getTitle()).isEqualTo("Parley — Peacekeeping budgets 2018/19");
    }

    @Test
    void detailsForm_withATooLongMarking_namesTheRule_holdsOkBack_andStoresNothing(FxRobot robot) throws Exception {
        openDetails(robot);

        robot.clickOn("#field-classification-marking").push(KeyCode.CONTROL, KeyCode.A).write("X".repeat(41));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("Classification marking: a classification marking must be at most 40 characters"
                        + " (this one has 41)");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-ok").tryQuery()).isEmpty();
        assertThat(desk.editor().canUndo()).isFalse();
        assertThat(storedMarking()).isEqualTo("CONFIDENTIAL");
    }

    private void openDetails(FxRobot robot) {
        desk.window();
        robot.clickOn("Negotiation").clickOn("#menu-negotiation-details");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String storedMarking() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             PreparedStatement s = c.prepareStatement("SELECT marking FROM negotiation WHERE id = ?")) {
            s.setLong(1, desk.editor().negotiationId());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
