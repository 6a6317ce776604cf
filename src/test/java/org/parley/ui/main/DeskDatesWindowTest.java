package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Stance;
import org.parley.service.EditException;
import org.parley.service.PositionEdits;
import org.parley.ui.changes.ChangesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One clock, one date style on the desk (decision 0029): the sample replays 26 Jun 2018 09:00 New
 * York, and the Changes tab reads in that style, from "yesterday 18:00" on the desk's clock, with a
 * change made in the replay at its desk time and its real time.
 */
@ExtendWith(ApplicationExtension.class)
class DeskDatesWindowTest {

    /** "26 Jun 2018 09:00 (desk) · made 6 Dec 2026 20:31": the real time is this machine's now. */
    private static final String REPLAY_CHANGE =
            "26 Jun 2018 09:00 \\(desk\\) · made \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}";

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void theChangesTab_startsYesterday1800OnTheDesksClock_andShowsAReplaysChangeWithBothTimes(FxRobot robot) {
        MainWindow window = desk.window();
        robot.interact(() -> window.showTab("changes-tab"));
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup("#changes-date").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo("25 Jun 2018");
        assertThat(robot.lookup("#changes-time").queryAs(TextField.class).getText()).isEqualTo("18:00");

        Mission monusco = desk.data().missionByCode("MONUSCO").orElseThrow();
        Delegation eu = desk.data().delegations().stream().filter(d -> d.code().equals("EU")).findFirst().orElseThrow();
        robot.interact(() -> {
            try {
                new PositionEdits(desk.editor()).setStance(eu.id(), Item.mission(monusco.id()), Stance.OPPOSES, "");
            } catch (EditException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#changes-table").queryTableView();
        assertThat(table.getItems()).singleElement()
                .satisfies(r -> assertThat(((ChangesViewModel.Row) r).when()).matches(REPLAY_CHANGE));
        assertThat(robot.lookup("#changes-summary").queryAs(Label.class).getText())
                .isEqualTo("1 change since 25 Jun 2018 18:00 New York");

        // a day typed in the one style, after the change on the desk's clock: nothing since
        robot.interact(() -> date.getEditor().setText("26 Jun 2018"));
        robot.doubleClickOn("#changes-time").write("09:01").clickOn("#changes-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();

        // the machine locale's month-first date does not read, and says what would
        robot.interact(() -> date.getEditor().setText("12/4/2026"));
        robot.clickOn("#changes-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-problem").queryAs(Label.class).getText())
                .isEqualTo("Date: \"12/4/2026\" is not a day like 26 Jun 2018");
        assertThat(desk.errors).isEmpty();
    }
}
