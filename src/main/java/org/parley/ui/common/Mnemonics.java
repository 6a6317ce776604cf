package org.parley.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Alt+letter mnemonics for buttons (issue 14): each button whose text names none gets the first
 * free letter of its words' initials, else of its text, so that no two buttons of a window, and
 * no button and a menu of the menu bar, share a letter. A text written with its own "_" keeps it.
 * Forms, alerts and the desk's other windows get theirs when they show ({@link #installForWindows});
 * the desk's panes are given theirs with the menu bar's letters kept out.
 */
public final class Mnemonics {

    private static boolean installed;

    private Mnemonics() {
    }

    /**
     * From now on, every window of the app that shows (a dialog, a form, an alert, the print
     * preview) gives its buttons mnemonics once it is shown and laid out. Idempotent.
     */
    public static synchronized void installForWindows() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    // once per window: a window shown again (the print preview) keeps its handler
                    if (w instanceof Stage stage && stage.getProperties().putIfAbsent(Mnemonics.class, true) == null) {
                        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> give(stage.getScene()));
                    }
                }
            }
        });
    }

    /** Gives the buttons of a window's scene their mnemonics (nothing for a scene with a menu bar: the desk does its panes itself). */
    static void give(Scene scene) {
        if (scene == null || scene.getRoot() == null || scene.getRoot().lookup(".menu-bar") != null) {
            return;
        }
        give(List.of(scene.getRoot()), Set.of());
    }

    /**
     * Gives the buttons under {@code roots} mnemonics, none of them one of {@code reserved}
     * (lower-case letters already taken, such as the menu bar's). Returns the letters now used.
     */
    public static Set<Character> give(Collection<? extends Node> roots, Set<Character> reserved) {
        List<ButtonBase> buttons = new ArrayList<>();
        for (Node root : roots) {
            collect(root, buttons);
        }
        Set<Character> used = new HashSet<>(reserved);
        List<String> texts = lettered(buttons.stream()
                .map(b -> takes(b) || own(b.getText()) != null ? b.getText() : null).toList(), used);
        for (int i = 0; i < buttons.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).equals(buttons.get(i).getText())) {
                buttons.get(i).setText(texts.get(i));
            }
        }
        return used;
    }

    /**
     * The texts with their Alt+letters: a text naming its own ("Save as P_DF…") keeps it, and the
     * others take, in order, the first free letter ({@link #choose}); a null (a text not to letter)
     * stays null. {@code used} starts with the letters taken elsewhere and ends with all taken.
     */
    static List<String> lettered(List<String> texts, Set<Character> used) {
        for (String t : texts) {
            Character own = own(t);
            if (own != null) {
                used.add(own);
            }
        }
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            int at = t == null || own(t) != null ? -1 : choose(t, used);
            if (at >= 0) {
                used.add(Character.toLowerCase(t.charAt(at)));
                t = t.substring(0, at) + "_" + t.substring(at);
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A button's or menu item's text that quotes a user's text (a title): {@code lead} takes its
     * Alt+letter, on its first letter unless it names one, before the title. JavaFX takes the first
     * "_" of a text as the mnemonic and shows any later one as it is, so a title's own "_" is then
     * shown as typed ("Replace “budget_2018”") instead of being taken as the letter. ("__" is no
     * escape there: it shows both.)
     */
    public static String quoting(String lead, String title, String tail) {
        String lettered = own(lead) != null ? lead : "_" + lead;
        return lettered + (title == null ? "" : title) + tail;
    }

    /** The mnemonic letters of a menu bar's menus: the ones the desk's buttons must leave free. */
    public static Set<Character> ofMenus(javafx.scene.control.MenuBar bar) {
        Set<Character> out = new HashSet<>();
        bar.getMenus().forEach(m -> {
            Character c = own(m.getText());
            if (c != null) {
                out.add(c);
            }
        });
        return out;
    }

    /** The letter a text names with "_", lower case; null for none. */
    static Character own(String text) {
        if (text == null) {
            return null;
        }
        int i = text.indexOf('_');
        return i >= 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                ? Character.toLowerCase(text.charAt(i + 1)) : null;
    }

    /** Where in {@code text} the mnemonic goes: a word's first letter if one is free, else any free letter; -1 for none. */
    static int choose(String text, Set<Character> used) {
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && free(text.charAt(i), used)) {
                return i;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (free(text.charAt(i), used)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean free(char c, Set<Character> used) {
        return Character.isLetter(c) && c < 128 && !used.contains(Character.toLowerCase(c));
    }

    /** A button that can take one: parsed, its text its own (not bound) and not drawn as an icon only. */
    private static boolean takes(ButtonBase b) {
        return b.isMnemonicParsing() && !b.textProperty().isBound() && b.getText() != null && !b.getText().isBlank()
                && b.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                && !(b instanceof MenuButton);
    }

    /** The buttons under a node, including those a container holds outside its children until it has a skin. */
    private static void collect(Node node, List<ButtonBase> out) {
        if (node == null) {
            return;
        }
        if (node instanceof ButtonBase b && (b instanceof javafx.scene.control.Button
                || b instanceof javafx.scene.control.ToggleButton || b instanceof CheckBox)) {
            out.add(b);
            return;
        }
        if (node instanceof DialogPane pane) {
            collect(pane.getHeader(), out);
            collect(pane.getContent(), out);
            collect(pane.getExpandableContent(), out);
            for (ButtonType type : pane.getButtonTypes()) {
                collect(pane.lookupButton(type), out);
            }
            return;
        }
        List<Node> inner = new ArrayList<>();
        if (node instanceof ToolBar bar) {
            inner.addAll(bar.getItems());
        } else if (node instanceof ButtonBar bar) {
            inner.addAll(bar.getButtons());
        } else if (node instanceof SplitPane split) {
            inner.addAll(split.getItems());
        } else if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                inner.add(t.getContent());
            }
        } else if (node instanceof TitledPane titled) {
            inner.add(titled.getContent());
        } else if (node instanceof ScrollPane scroll) {
            inner.add(scroll.getContent());
        } else if (node instanceof ShownOnly held) {
            inner.add(held.content());
        } else if (node instanceof Parent parent) {
            inner.addAll(parent.getChildrenUnmodifiable());
        }
        for (Node n : inner) {
            collect(n, out);
        }
    }

}
