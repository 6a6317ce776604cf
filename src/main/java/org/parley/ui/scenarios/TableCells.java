package org.parley.ui.scenarios;

import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import org.parley.ui.common.FigureCells;
import org.parley.ui.common.LazyTip;
import org.parley.ui.common.Styles;

/**
 * Read-only table columns of the scenario view: each cell shows a text of its row, with a
 * tooltip, money aligned right, and illustrative figures marked as everywhere in Parley
 * (italics, with the asterisk the text carries).
 */
final class TableCells {

    private TableCells() {
    }

    static <S> TableColumn<S, S> text(String title, String id, double width, Function<S, String> text,
                                      Function<S, String> tooltip) {
        return column(title, id, width, text, tooltip, s -> false, false);
    }

    static <S> TableColumn<S, S> money(String title, String id, double width, Function<S, String> text,
                                       Function<S, String> tooltip, Predicate<S> illustrative) {
        return column(title, id, width, text, tooltip, illustrative, true);
    }

    private static <S> TableColumn<S, S> column(String title, String id, double width, Function<S, String> text,
                                                Function<S, String> tooltip, Predicate<S> illustrative,
                                                boolean right) {
        TableColumn<S, S> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    Styles.styleClass(this, Styles.ILLUSTRATIVE, false);
                    setText(null);
                    LazyTip.set(this, null);
                    return;
                }
                setText(text.apply(row));
                LazyTip.set(this, tooltip == null ? null : () -> tooltip.apply(row));
                Styles.styleClass(this, Styles.ILLUSTRATIVE, illustrative.test(row));
            }
        });
        if (right) {
            col.getStyleClass().add("money-column");
        }
        return col;
    }
}
