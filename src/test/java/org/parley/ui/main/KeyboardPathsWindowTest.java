package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
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
 * The keyboard's ways through the desk (issue 14): Shift+F10 and the Menu key open the focused
 * row's context menu; every context-menu action has a twin in the menu bar; Ctrl+5 puts the focus
 * in the positions matrix; Down in a filter goes to the first result.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPathsWindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void shiftF10_onTheFocusedAmendment_opensItsContextMenu(FxRobot robot) {
        MainWindow window = desk.window();
        new DeskRows(robot, desk).selectProposal("RU");
        TableView<?> amendments = window.proposalsPane().amendmentsTable();
        robot.interact(() -> {
            amendments.requestFocus();
            amendments.getSelectionModel().select(1);
            amendments.getFocusModel().focus(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).press(KeyCode.F10).release(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu shown = showingContextMenu(robot);
        assertThat(shown).as("a context menu shows").isSameAs(amendments.getContextMenu());
        assertThat(texts(shown.getItems())).contains("move to proposal…", "copy to proposal…");
        assertThat(shown.getItems()).filteredOn(i -> !(i instanceof SeparatorMenuItem))
                .allSatisfy(i -> assertThat(i.isDisable()).as(i.getText() + " is offered").isFalse());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot)).isEmpty();
    }

    @Test
    void theMenuKey_onAMissionRow_opensTheMissionsContextMenu(FxRobot robot) {
        MainWindow window = desk.window();
        var table = window.missionsPane().table();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(2);
            table.getFocusModel().focus(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTEXT_MENU).release(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showingContextMenu(robot)).isSameAs(table.getContextMenu());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyContextMenuAction_hasATwinInTheMenuBar(FxRobot robot) {
        MainWindow window = desk.window();
        List<Control> withMenus = new ArrayList<>();
        for (String tab : List.of("positions-tab", "compromises-tab")) {
            robot.interact(() -> window.showTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (String kind : List.of(".table-view", ".tree-table-view", ".list-view")) {
                for (Node n : robot.lookup(kind).queryAll()) {
                    if (n instanceof Control c && c.getContextMenu() != null && !withMenus.contains(c)) {
                        withMenus.add(c);
                    }
                }
            }
        }
        Set<String> bar = new LinkedHashSet<>();
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            // a menu's twins of a context menu are made as it opens, as they are when the user opens it
            robot.interact(() -> javafx.event.Event.fireEvent(m, new javafx.event.Event(Menu.ON_SHOWING)));
            bar.addAll(texts(m.getItems()));
        }
        withMenus.add(window.timelineView());
        assertThat(withMenus).extracting(Node::getId).as("the desk's context menus").contains("missions-table",
                "proposals-tree", "amendments-table", "positions-table", "compromises-table");
        List<String> missing = new ArrayList<>();
        for (Control c : withMenus) {
            for (String action : texts(c.getContextMenu().getItems())) {
                if (!bar.contains(action)) {
                    missing.add(c.getId() + ": " + action);
                }
            }
        }
        assertThat(missing).as("context-menu actions with no menu-bar twin; menu bar: " + bar).isEmpty();
    }

    @Test
    void ctrl5_putsTheFocusInThePositionsMatrix(FxRobot robot) {
        MainWindow window = desk.window();
        robot.interact(() -> window.missionsPane().table().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = window.getScene().getFocusOwner();
        assertThat(focus).isInstanceOf(TableView.class);
        assertThat(focus.getId()).isEqualTo("positions-table");
        assertThat(((TableView<?>) focus).getSelectionModel().isEmpty()).as("a cell of the matrix is selected").isFalse();
    }

    @Test
    void downInTheMissionsFilter_goesToTheFirstResult(FxRobot robot) throws Exception {
        MainWindow window = desk.window();
        robot.clickOn("#missions-filter").write("UNMISS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.missionsPane().table().getExpandedItemCount() > 0);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        var table = window.missionsPane().table();
        assertThat(window.getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedItem().getValue().mission().code()).isEqualTo("UNMISS");
    }

    @Test
    void helpKeyboardShortcuts_listsEveryKeyOfTheMenuBar_andThePanesKeys(FxRobot robot) {
        MainWindow window = desk.window();
        robot.press(KeyCode.CONTROL).press(KeyCode.SLASH).release(KeyCode.SLASH).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ShortcutsWindow.Shortcut> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        List<String> listed = table.getItems().stream().map(s -> s.what() + " = " + s.keys()).toList();
        List<String> accelerated = new ArrayList<>();
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            accelerated(m.getItems(), accelerated);
        }
        assertThat(accelerated).as("the menu bar's keys").hasSizeGreaterThan(15);
        assertThat(listed).containsAll(accelerated);
        assertThat(listed).anySatisfy(l -> assertThat(l).startsWith("Open the context menu").contains("Shift+F10"));
        robot.interact(() -> table.getScene().getWindow().hide());
        assertThat(window.getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void helpGettingStarted_opensOffline_withItsPictures(FxRobot robot) {
        MainWindow window = desk.window();
        MenuItem started = null;
        for (Menu m : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem i : m.getItems()) {
                if ("menu-getting-started".equals(i.getId())) {
                    started = i;
                }
            }
        }
        assertThat(started).as("Help > Getting started").isNotNull();
        robot.interact(started::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Node page = robot.lookup("#getting-started").query();
        List<javafx.scene.image.ImageView> pictures = page.lookupAll(".help-picture").stream()
                .map(javafx.scene.image.ImageView.class::cast).toList();
        assertThat(pictures).hasSize(2).allSatisfy(p -> {
            assertThat(p.getImage().isError()).isFalse();
            assertThat(p.getImage().getWidth()).isGreaterThan(400);
        });
        assertThat(page.lookupAll(".details-heading")).hasSize(1);
        robot.interact(() -> page.getScene().getWindow().hide());
        assertThat(window.getScene().getWindow().isShowing()).isTrue();
    }

    private static void accelerated(List<MenuItem> items, List<String> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                accelerated(sub.getItems(), out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getText().replace("_", "") + " = " + i.getAccelerator().getDisplayText());
            }
        }
    }

    /** Menu texts as a person reads them: no mnemonic mark, no key hint in brackets, lower case. */
    private static List<String> texts(List<MenuItem> items) {
        List<String> out = new ArrayList<>();
        for (MenuItem i : items) {
            if (i instanceof SeparatorMenuItem || i.getText() == null || !(i instanceof Menu) && i.getOnAction() == null) {
                continue;
            }
            if (i instanceof Menu sub) {
                out.addAll(texts(sub.getItems()));
                continue;
            }
            out.add(i.getText().replace("_", "").replaceAll("\\s*\\([^)]*\\)$", "").trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<ContextMenu> showing(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(ContextMenu.class::cast).toList();
    }

    private static ContextMenu showingContextMenu(FxRobot robot) {
        List<ContextMenu> menus = showing(robot);
        assertThat(menus).as("showing context menus").hasSize(1);
        return menus.get(0);
    }
}
