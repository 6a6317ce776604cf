package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ui.common.ShownOnly;
import org.parley.ui.common.Theme;
import org.parley.ui.positions.PositionsPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mnemonics on buttons and the look of the desk's dialogs (issue 14): a form's buttons take Alt
 * letters and Alt+letter presses them; a form opened in the dark theme is dark; the panes'
 * buttons never take a letter of the menu bar; the Positions menu lists the matrix's actions
 * before its tab was ever shown.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsWindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void aFormsButtonsTakeLetters_altPressesThem_andTheFormIsInTheDesksTheme(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) item(robot, "menu-dark-theme");
        robot.interact(() -> dark.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup("#form-ok").queryButton();
        Button cancel = robot.lookup("#form-cancel").queryButton();
        assertThat(ok.getText()).as("the new proposal form's confirm button").isEqualTo("_Add");
        assertThat(cancel.getText()).isEqualTo("_Cancel");
        Window form = ok.getScene().getWindow();
        assertThat(form).isNotSameAs(desk.window().getScene().getWindow());
        assertThat(Theme.of(ok.getScene())).as("a form opened on the dark desk").isEqualTo(Theme.DARK);

        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isShowing()).as("Alt+C pressed Cancel").isFalse();
    }

    @Test
    void aConfirmationOnTheDarkDesk_isDark_andItsButtonsTakeLetters(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) item(robot, "menu-dark-theme");
        robot.interact(() -> dark.setSelected(true));
        new DeskRows(robot, desk).selectProposal("RU");
        MenuItem delete = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "proposal-menu".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "De_lete proposal…".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(delete::fire); // it waits for an answer: not inside interact
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane confirm = robot.lookup("#confirm").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(Theme.of(confirm.getScene())).as("the confirmation on a dark desk").isEqualTo(Theme.DARK);
        List<String> buttons = confirm.getButtonTypes().stream()
                .map(t -> ((ButtonBase) confirm.lookupButton(t)).getText()).toList();
        assertThat(buttons).as("its buttons").hasSize(2).allSatisfy(t -> assertThat(t).contains("_"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.data().proposals()).as("Escape deleted nothing").hasSize(3);
    }

    @Test
    void thePanesButtons_takeLettersTheMenuBarLeavesFree_andNoTwoAlike(FxRobot robot) {
        Set<Character> menuLetters = new HashSet<>();
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            menuLetters.add(letter(m.getText()));
        }
        List<Character> paneLetters = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String[] tabAndButtons : List.of(
                new String[] {"compromises-tab", "#compromise-add", "#compromise-edit", "#compromise-delete"},
                new String[] {"scenarios-tab", "#scenario-new", "#scenario-edit", "#scenario-duplicate", "#scenario-delete"})) {
            robot.interact(() -> desk.window().showTab(tabAndButtons[0]));
            WaitForAsyncUtils.waitForFxEvents();
            for (int i = 1; i < tabAndButtons.length; i++) {
                String text = robot.lookup(tabAndButtons[i]).queryAs(ButtonBase.class).getText();
                texts.add(text);
                paneLetters.add(letter(text));
            }
        }
        assertThat(texts).hasSize(7).allSatisfy(t -> assertThat(t).contains("_"));
        assertThat(paneLetters).as("letters of " + texts).doesNotContainAnyElementsOf(menuLetters);
        assertThat(new HashSet<>(paneLetters.subList(0, 3))).as("the compromises pane's " + texts).hasSize(3);
        assertThat(new HashSet<>(paneLetters.subList(3, 7))).as("the scenarios pane's " + texts).hasSize(4);

        // the scenarios tab is in front: Alt and its New button's letter open the new scenario form
        KeyCode key = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(paneLetters.get(3))));
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-ok").tryQuery()).as("Alt+" + key + " pressed " + texts.get(3)).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePositionsMenu_listsTheMatrixsActions_beforeItsTabWasShown(FxRobot robot) {
        Menu deliberation = (Menu) robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "deliberation-menu".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> javafx.event.Event.fireEvent(deliberation, new javafx.event.Event(Menu.ON_SHOWING)));
        Menu positions = (Menu) item(robot, "menu-positions");
        List<String> twins = positions.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
        List<Character> letters = twins.stream().map(MnemonicsWindowTest::letter).filter(c -> c != null).toList();
        assertThat(letters).as("the twins take Alt+letters of their own, no two alike: " + twins)
                .hasSizeGreaterThan(twins.size() / 2).doesNotHaveDuplicates();
        twins = twins.stream().map(t -> t.replaceFirst("_(?=\\p{L})", "")).toList();
        assertThat(twins).as("the Positions menu, the tab never shown, its letters aside").isEqualTo(contextMenuTexts(robot))
                .isNotEmpty()
                .noneMatch(t -> t.startsWith("("));
    }

    private static List<String> contextMenuTexts(FxRobot robot) {
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> "positions-tab".equals(t.getId())).findFirst().orElseThrow();
        PositionsPane pane = (PositionsPane) ((ShownOnly) tab.getContent()).content();
        return pane.table().getContextMenu().getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
    }

    private static Character letter(String text) {
        int i = text.indexOf('_');
        return i < 0 ? null : Character.toLowerCase(text.charAt(i + 1));
    }

    private static MenuItem item(FxRobot robot, String id) {
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu inner && find(inner, id) != null) {
                return find(inner, id);
            }
        }
        return null;
    }
}
