package org.parley.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.ui.common.Rows;

/**
 * Help > Keyboard shortcuts: every key of the menu bar, read from the menu bar itself so the list
 * never drifts from the keys, then the keys of the panes (which act on the focused row or cell).
 */
final class ShortcutsWindow {

    /** One line of the list: where, what, which keys. */
    record Shortcut(String where, String what, String keys) {
    }

    /** The keys the panes take themselves, on the focused row or cell. */
    static final List<Shortcut> PANE_KEYS = List.of(
            new Shortcut("Any table", "Open the context menu of the focused row or cell", "Shift+F10 or the Menu key"),
            new Shortcut("Filters", "Go to the first result", "Enter or Down"),
            new Shortcut("Filters", "Clear the filter", "Esc"),
            new Shortcut("Proposals", "Edit the proposal", "Enter"),
            new Shortcut("Proposals", "Duplicate the proposal", "Ctrl+D"),
            new Shortcut("Proposals", "Delete the proposal", "Delete"),
            new Shortcut("Amendments", "Edit the amendment", "Enter"),
            new Shortcut("Amendments", "Duplicate the amendment", "Ctrl+D"),
            new Shortcut("Amendments", "Move it up or down the proposal", "Alt+Up, Alt+Down"),
            new Shortcut("Amendments", "Delete the amendment", "Delete"),
            new Shortcut("Positions", "Set the stance of the selected cells: supports, flexible, opposes, red line, "
                    + "unknown", "S  F  O  R  U (or the marks + ~ − ✕ ?)"),
            new Shortcut("Positions", "Stance and note of the focused cell", "Enter"),
            new Shortcut("Compromises", "Edit the compromise", "Enter"),
            new Shortcut("Any table", "Open or close a row", "Left, Right"));

    private ShortcutsWindow() {
    }

    /** The menu bar's keys, menu by menu, then the panes' own keys. */
    static List<Shortcut> list(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(plain(m.getText()), m.getItems(), out);
        }
        out.addAll(PANE_KEYS);
        return out;
    }

    private static void collect(String where, List<MenuItem> items, List<Shortcut> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                collect(where + " > " + plain(sub.getText()), sub.getItems(), out);
            } else if (i.getAccelerator() != null) {
                out.add(new Shortcut(where, plain(i.getText()), i.getAccelerator().getDisplayText()));
            }
        }
    }

    private static String plain(String menuText) {
        return menuText == null ? "" : menuText.replace("_", "");
    }

    /** Shows the list in a window of its own, beside the desk. */
    static Stage show(Window owner, MenuBar bar) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        Rows.oneLine(table);
        table.getColumns().add(column("Where", 170, Shortcut::where));
        table.getColumns().add(column("What", 330, Shortcut::what));
        table.getColumns().add(column("Keys", 170, Shortcut::keys));
        table.getItems().setAll(list(bar));
        Label intro = new Label("Ctrl is Cmd on a Mac. Menus open with Alt and their underlined letter.");
        intro.setWrapText(true);
        intro.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        BorderPane root = new BorderPane(table);
        root.setTop(intro);
        root.getStyleClass().add("shortcuts");
        Stage stage = OwnedWindows.show(owner, "Keyboard shortcuts", root, 700, 560);
        table.requestFocus();
        return stage;
    }

    private static TableColumn<Shortcut, String> column(String title, double width,
                                                        java.util.function.Function<Shortcut, String> text) {
        TableColumn<Shortcut, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return col;
    }
}
