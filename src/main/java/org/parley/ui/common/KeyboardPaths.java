package org.parley.ui.common;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.PickResult;

/**
 * The keyboard's ways through the desk (issue 14): the context-menu key and Shift+F10 open the
 * context menu of the focused row or cell, as a right-click on it would; Enter or Down in a filter
 * goes to its first result; a tab opened from the keyboard puts the focus on its main control.
 */
public final class KeyboardPaths {

    /** The style class that marks a tab's main control, where the focus goes when the tab is opened by key. */
    private static final String MAIN = "main-control";

    private KeyboardPaths() {
    }

    /** Marks {@code control} as its tab's main control ({@link #focusMainControl}). */
    public static void markMain(Control control) {
        if (!control.getStyleClass().contains(MAIN)) {
            control.getStyleClass().add(MAIN);
        }
    }

    /** The keys that ask for a context menu: the Menu key, and Shift+F10. */
    public static boolean asksForContextMenu(KeyEvent e) {
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()
                && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
    }

    /**
     * On {@code root}: the context-menu keys open the context menu of the focused row or cell (or
     * of the focused control), placed at its lower left, as a right-click there would.
     */
    public static void contextMenuKeys(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!asksForContextMenu(e) || root.getScene() == null) {
                return;
            }
            Node focus = root.getScene().getFocusOwner();
            if (focus == null) {
                return;
            }
            Node at = focusedCell(focus).orElse(focus);
            Bounds b = at.localToScreen(at.getLayoutBounds());
            if (b == null) {
                return;
            }
            Point2D local = at.screenToLocal(b.getMinX() + 8, b.getMaxY());
            at.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getMinX() + 8, b.getMaxY(), true, new PickResult(at, b.getMinX() + 8, b.getMaxY())));
            e.consume();
        });
    }

    /** The row or cell of a table, tree or list that has the keyboard focus, if one is on the screen. */
    public static Optional<Node> focusedCell(Node control) {
        int index;
        Object column = null;
        if (control instanceof TableView<?> t) {
            TablePosition<?, ?> p = t.getFocusModel().getFocusedCell();
            index = t.getFocusModel().getFocusedIndex();
            if (t.getSelectionModel().isCellSelectionEnabled() && p != null) {
                column = p.getTableColumn();
            }
        } else if (control instanceof TreeTableView<?> t) {
            index = t.getFocusModel().getFocusedIndex();
        } else if (control instanceof ListView<?> l) {
            index = l.getFocusModel().getFocusedIndex();
        } else if (control instanceof TreeView<?> t) {
            index = t.getFocusModel().getFocusedIndex();
        } else {
            return Optional.empty();
        }
        if (index < 0) {
            return Optional.empty();
        }
        Object wantedColumn = column;
        for (Node n : control.lookupAll(".indexed-cell")) {
            if (!(n instanceof IndexedCell<?> cell) || cell.getIndex() != index || cell.isEmpty() || !cell.isVisible()) {
                continue;
            }
            if (wantedColumn == null) {
                // the row itself (a table's cells are indexed cells too: take the row, the outermost)
                if (!(cell.getParent() instanceof IndexedCell<?>) && !(cell instanceof TableCell<?, ?>)
                        && !(cell instanceof javafx.scene.control.TreeTableCell<?, ?>)) {
                    return Optional.of(cell);
                }
            } else if (cell instanceof TableCell<?, ?> tc && tc.getTableColumn() == wantedColumn) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /**
     * Enter or Down in {@code filter} goes to {@code results}: the focus moves there, on its first
     * row when none is selected yet.
     */
    public static void filterLeadsTo(TextField filter, Control results) {
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !e.isShortcutDown()
                    && !e.isAltDown() && focusOn(results)) {
                e.consume();
            }
        });
    }

    /**
     * Puts the focus on {@code control}, on its first row when nothing is selected; false when it
     * has no rows (the focus stays where it was).
     */
    public static boolean focusOn(Control control) {
        if (control instanceof TableView<?> t) {
            if (t.getItems().isEmpty()) {
                return false;
            }
            selectFirst(t);
        } else if (control instanceof TreeTableView<?> t) {
            if (t.getExpandedItemCount() == 0) {
                return false;
            }
            if (t.getSelectionModel().isEmpty()) {
                t.getSelectionModel().select(0);
                t.getFocusModel().focus(0);
            }
        } else if (control instanceof ListView<?> l) {
            if (l.getItems().isEmpty()) {
                return false;
            }
            if (l.getSelectionModel().isEmpty()) {
                l.getSelectionModel().selectFirst();
            }
        } else if (control instanceof TreeView<?> t) {
            if (t.getExpandedItemCount() == 0) {
                return false;
            }
            if (t.getSelectionModel().isEmpty()) {
                t.getSelectionModel().select(0);
            }
        }
        control.requestFocus();
        return true;
    }

    private static <S> void selectFirst(TableView<S> t) {
        if (t.getSelectionModel().isEmpty()) {
            if (t.getSelectionModel().isCellSelectionEnabled() && !t.getVisibleLeafColumns().isEmpty()) {
                t.getSelectionModel().select(0, t.getVisibleLeafColumn(0));
            } else {
                t.getSelectionModel().selectFirst();
            }
        }
    }

    /**
     * The main control of a tab's content: its first visible table, tree or list; the focus goes
     * there ({@link #focusOn}), or, with none, to the content's first control that takes focus.
     */
    public static void focusMainControl(Node content) {
        if (!(content instanceof Parent p)) {
            return;
        }
        for (Node n : p.lookupAll("." + MAIN)) {
            if (n instanceof Control c && treeVisible(c)) {
                if (!focusOn(c)) {
                    c.requestFocus();
                }
                return;
            }
        }
        for (String kind : new String[] {".table-view", ".tree-table-view", ".list-view", ".tree-view"}) {
            for (Node n : p.lookupAll(kind)) {
                if (n instanceof Control c && treeVisible(c)) {
                    if (!focusOn(c)) {
                        c.requestFocus();
                    }
                    return;
                }
            }
        }
        p.lookupAll(".text-field").stream().filter(n -> n.isFocusTraversable() && treeVisible(n)).findFirst()
                .ifPresent(Node::requestFocus);
    }

    private static boolean treeVisible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
