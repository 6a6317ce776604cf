package org.parley.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Problem;
import org.parley.model.Share;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form builder on headless Monocle: problems named in words, fields marked, OK held back. */
@ExtendWith(ApplicationExtension.class)
class FormTest {

    private Dialog<String> dialog;
    private Form form;

    @Start
    void start(Stage stage) {
        form = new Form("Percent");
        TextField value = form.text("Value", "50", "a percentage");
        form.rules(() -> {
            List<Problem> problems = new ArrayList<>();
            if (value.getText().strip().equals("bug")) {
                throw new IllegalArgumentException("index 7 out of range"); // a fault in a form's own checks
            }
            if (value.getText().strip().endsWith("%")) {
                Share.parsePercent(value.getText()); // a rule that cannot read the field refuses it
            }
            try {
                int v = Integer.parseInt(value.getText().strip());
                if (v < 0 || v > 100) {
                    problems.add(new Problem("Value", "a percentage must be between 0 and 100"));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem("Value", "\"" + value.getText() + "\" is not a number"));
            }
            return problems;
        });
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = form.dialog(stage, "Save", value::getText);
        dialog.show();
    }

    @Test
    void aValueBreakingARule_isNamedAndMarked_andOkIsDisabled(FxRobot robot) {
        robot.clickOn("#field-value").eraseText(2).write("150");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("Value: a percentage must be between 0 and 100");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#field-value").queryAs(TextField.class).getStyleClass()).contains("error");
    }

    @Test
    void aValidValue_clearsTheProblem_andOkGivesTheResult(FxRobot robot) {
        robot.clickOn("#field-value").eraseText(2).write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.problems()).hasSize(1);
        robot.eraseText(3).write("40");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(form.problems()).isEmpty();
        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo("40");
    }

    @Test
    void aRuleThatCannotReadTheField_saysItsSentence(FxRobot robot) {
        robot.clickOn("#field-value").eraseText(2).write("abc%");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("Form: \"abc%\" is not a percentage");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aFaultInTheFormsChecks_isSaidAsAFault_notAsARule(FxRobot robot) {
        robot.clickOn("#field-value").eraseText(2).write("bug");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .startsWith("Form: an unexpected problem inside Parley").doesNotContain("index 7");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void anUntouchedFormThatIsNotComplete_saysSoQuietly_andMarksNoFieldUntilTheUserTypes(FxRobot robot) {
        Form blank = new Form("Title needed");
        TextField title = blank.text("Title", "", "the proposal's title");
        blank.rules(() -> title.getText().isBlank() ? List.of(new Problem("Title", "a title is needed")) : List.of());
        java.util.concurrent.atomic.AtomicReference<Dialog<String>> made = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            made.set(blank.dialog(null, "Add", title::getText));
            made.get().show();
        });
        Dialog<String> opened = made.get();
        WaitForAsyncUtils.waitForFxEvents();
        Label said = (Label) opened.getDialogPane().lookup("#form-problems");
        Button ok = (Button) opened.getDialogPane().lookup("#form-ok");
        assertThat(said.getText()).isEqualTo(Form.NOT_YET);
        assertThat(said.getStyleClass()).contains("hint").doesNotContain("form-problems");
        assertThat(title.getStyleClass()).doesNotContain("error");
        assertThat(ok.isDisabled()).as("OK is held back all the same").isTrue();

        robot.interact(() -> title.setText("x"));
        robot.interact(() -> title.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(said.getText()).isEqualTo("Title: a title is needed");
        assertThat(said.getStyleClass()).contains("form-problems");
        assertThat(title.getStyleClass()).contains("error");
        robot.interact(opened::close);
    }
}
