package org.parley.ui.scenarios;

import java.util.Optional;
import java.util.function.BiPredicate;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.parley.ui.common.Styles;
import org.parley.ui.common.LazyTip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A share edited in place: a combo box offering 100%, 50% and 25% that also takes any
 * percentage typed in (the first key replaces the share shown). What is typed is checked at every keystroke; Enter (or a choice from
 * the list) stores a valid share, Escape leaves it as it was. An invalid one is marked and
 * named, and stays in the box to be corrected.
 */
final class ShareCell extends TableCell<ItemRow, String> {

    static final String ERROR = "error";

    private final BiPredicate<ItemRow, String> store;
    private final Runnable cancelled;
    private ComboBox<String> box;

    /**
     * @param store stores a share typed for a row; false when it was refused
     * @param cancelled told when the editing ends without a share stored (Escape, the table's own cancel)
     */
    ShareCell(BiPredicate<ItemRow, String> store, Runnable cancelled) {
        this.store = store;
        this.cancelled = cancelled;
        getStyleClass().add("share-cell");
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        ComboBox<String> b = new ComboBox<>(FXCollections.observableArrayList("100%", "50%", "25%"));
        box = b;
        b.setId("share-editor");
        b.setEditable(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setValue(getItem());
        b.getEditor().setText(getItem());
        b.getEditor().textProperty().addListener((obs, old, text) -> mark(ScenarioActions.shareProblem(text)));
        // A choice from the list (or the box's own commit of what was typed) stores it.
        b.setOnAction(e -> {
            if (box == b && b.getValue() != null && !b.getValue().equals(getItem())) {
                commit(b.getValue());
            }
        });
        b.getEditor().setOnKeyPressed(e -> {
            if (box != b) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                commit(b.getEditor().getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        setText(null);
        setGraphic(b);
        replaceOnFirstKey(b);
        Platform.runLater(b::requestFocus);
    }

    /**
     * As in a spreadsheet, the first key typed replaces the share shown (Backspace or Delete
     * clears it); after an arrow key or a click in the text, keys edit it in place.
     */
    private static void replaceOnFirstKey(ComboBox<String> box) {
        boolean[] fresh = {true};
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey()) {
                fresh[0] = false;
            } else if (fresh[0] && (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE)) {
                box.getEditor().selectAll();
                fresh[0] = false;
            }
        });
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (fresh[0] && !e.getCharacter().isEmpty() && e.getCharacter().charAt(0) >= ' ') {
                box.getEditor().selectAll();
                fresh[0] = false;
            }
        });
        box.getEditor().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> fresh[0] = false);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (box != null) {
            cancelled.run();
        }
        box = null;
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String share, boolean empty) {
        super.updateItem(share, empty);
        if (empty || share == null) {
            setText(null);
            setGraphic(null);
            LazyTip.set(this, null);
        } else if (!isEditing()) {
            setText(share);
            setGraphic(null);
            LazyTip.set(this, () -> "How much of it goes through. Double-click or F2 to change: 100%, 50%, 25% "
                    + "or any percentage from 0 to 100");
        }
    }

    private void commit(String text) {
        ItemRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            return;
        }
        if (ScenarioActions.shareProblem(text).isPresent()) {
            store.test(row, text);
            return;
        }
        cancelEdit();
        store.test(row, text);
    }

    private void mark(Optional<String> problem) {
        if (box == null) {
            return;
        }
        Styles.styleClass(box, ERROR, problem.isPresent());
        box.setTooltip(problem.isPresent() ? new Tooltip(problem.get()) : null);
    }
}
