package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.WindowEvent;

/**
 * A menu-bar menu that mirrors a pane's context menu (issue 14): the same actions, with the same
 * texts, enabled as the context menu would enable them now, each firing the context menu's own
 * item, so that every action of a right-click is also reachable from the menu bar and by keys.
 */
public final class MenuTwins {

    private MenuTwins() {
    }

    /**
     * A submenu named {@code text} mirroring the context menu {@code source} gives (the pane may
     * not exist yet when the menu bar is made); its items are made again each time {@code parent}
     * opens, so they follow the selection.
     */
    public static Menu mirror(String text, String id, Menu parent, Supplier<ContextMenu> source) {
        Menu twin = new Menu(text);
        twin.setId(id);
        MenuItem none = new MenuItem("(nothing to do here)");
        none.setDisable(true);
        twin.getItems().add(none);
        parent.addEventHandler(Menu.ON_SHOWING, e -> {
            ContextMenu menu = source.get();
            List<MenuItem> items = menu == null ? List.of() : twins(menu);
            twin.getItems().setAll(items.isEmpty() ? List.of(none) : items);
        });
        return twin;
    }

    /** Twins of the context menu's items, after its own showing handler has set what is enabled. */
    static List<MenuItem> twins(ContextMenu menu) {
        if (menu.getOnShowing() != null) {
            menu.getOnShowing().handle(new WindowEvent(menu, WindowEvent.WINDOW_SHOWING));
        }
        // the twins take Alt+letters of their own within the twin menu
        List<String> texts = Mnemonics.lettered(menu.getItems().stream()
                .map(i -> i instanceof SeparatorMenuItem || !i.isMnemonicParsing() ? null : i.getText()).toList(),
                new java.util.HashSet<>());
        List<MenuItem> out = new ArrayList<>();
        for (int n = 0; n < menu.getItems().size(); n++) {
            MenuItem item = menu.getItems().get(n);
            if (item instanceof SeparatorMenuItem) {
                out.add(new SeparatorMenuItem());
                continue;
            }
            MenuItem twin = new MenuItem(texts.get(n) == null ? item.getText() : texts.get(n));
            twin.setMnemonicParsing(item.isMnemonicParsing());
            twin.setDisable(item.isDisable() || item.getOnAction() == null);
            twin.setOnAction(e -> item.fire());
            if (item.getId() != null) {
                twin.setId("menu-" + item.getId());
            }
            out.add(twin);
        }
        return out;
    }
}
