package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.DeskStarter;
import org.parley.app.RememberedTheme;
import org.parley.io.NegotiationJson;
import org.parley.service.DeskService;
import org.parley.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme chosen last is the one a start opens in, and a new choice is written for the next
 * start: the desk as the app starts it, with its theme kept in a file in a temporary data folder.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedThemeWindowTest {

    @TempDir
    static Path data;

    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(data.resolve("theme.txt"), "dark\n"); // chosen at an earlier start
        stage.setScene(null); // a scene is made for the desk, as at a start
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample), new DeskStarter.Environment(
                Runnable::run, DeskUnderTest.WALL, errors::add, () -> { }, null,
                new RememberedTheme(data.resolve("theme.txt"))));
        starter.open(data.resolve("desk.parley"));
    }

    @Test
    void aStartOpensInTheThemeChosenLast_andANewChoiceIsWrittenForTheNext(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> starter.window().isPresent()
                && starter.window().get().wholeProperty().get());
        MainWindow window = starter.window().orElseThrow();
        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.DARK);

        CheckMenuItem dark = null;
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            javafx.event.Event.fireEvent(m, new javafx.event.Event(Menu.ON_SHOWING));
            for (MenuItem i : m.getItems()) {
                if ("menu-dark-theme".equals(i.getId())) {
                    dark = (CheckMenuItem) i;
                }
            }
        }
        assertThat(dark).isNotNull();
        assertThat(dark.isSelected()).as("the menu shows the theme that is on").isTrue();
        CheckMenuItem item = dark;
        robot.interact(() -> item.setSelected(false)); // what a click on it does
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.LIGHT);
        assertThat(Files.readString(data.resolve("theme.txt")).strip()).isEqualTo("light");
        assertThat(errors).isEmpty();
        robot.interact(starter::close);
    }
}
