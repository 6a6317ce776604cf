package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.RememberedTheme;
import org.parley.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Dark theme turns the whole desk dark and back, and the choice is remembered in a file. */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void darkTheme_darkensTheDesk_andLightBringsItBack(FxRobot robot) {
        MainWindow window = desk.window();
        Label countdown = robot.lookup("#countdown").queryAs(Label.class);
        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.LIGHT);
        double lightBackground = luminance(background(window));
        Paint lightCountdown = countdown.getTextFill();
        CheckMenuItem dark = darkItem(robot);

        robot.interact(() -> dark.setSelected(!dark.isSelected())); // what a click on it does
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.DARK);
        assertThat(luminance(background(window))).as("the desk's background").isLessThan(0.25);
        assertThat(lightBackground).isGreaterThan(0.75);
        assertThat(countdown.getTextFill()).as("the countdown's colour follows the palette").isNotEqualTo(lightCountdown);

        robot.interact(() -> dark.setSelected(!dark.isSelected())); // what a click on it does
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Theme.of(window.getScene())).isEqualTo(Theme.LIGHT);
        assertThat(luminance(background(window))).isEqualTo(lightBackground);
    }

    @Test
    void theChoiceIsRemembered_andAnUnreadableFileMeansLight() throws Exception {
        RememberedTheme remembered = new RememberedTheme(folder.resolve("data/theme.txt"));
        assertThat(remembered.read()).isEqualTo(Theme.LIGHT);
        remembered.write(Theme.DARK);
        assertThat(remembered.read()).isEqualTo(Theme.DARK);
        assertThat(Files.readString(folder.resolve("data/theme.txt")).strip()).isEqualTo("dark");
        Files.writeString(folder.resolve("data/theme.txt"), "purple\n");
        assertThat(remembered.read()).isEqualTo(Theme.LIGHT);
    }

    private static CheckMenuItem darkItem(FxRobot robot) {
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem i : m.getItems()) {
                if ("menu-dark-theme".equals(i.getId())) {
                    return (CheckMenuItem) i;
                }
            }
        }
        throw new AssertionError("no View > Dark theme");
    }

    private static Color background(Region r) {
        for (Region at = r; at != null; at = at.getParent() instanceof Region p ? p : null) {
            if (at.getBackground() != null && !at.getBackground().getFills().isEmpty()
                    && at.getBackground().getFills().get(0).getFill() instanceof Color c) {
                return c;
            }
        }
        return (Color) r.getScene().getFill();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
