package org.parley.ui.proposals;

import java.util.List;
import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.parley.model.AllocationInput;
import org.parley.ui.forms.Form;

/**
 * The amounts of a top-line cut allocated by hand, as a small table a form lays out (decision
 * 0025): a row per mission, its mission chosen from the negotiation's codes and its amount typed
 * as every money field is ("50M", "2,500,000"), "Add mission" below and a "Remove" on each row,
 * and the running sum against the cut under it. The cells are always editing: a mission chosen or
 * a digit typed is in the row at once, so nothing waits for Enter and nothing is lost when the
 * focus moves on.
 */
final class AllocationPartsTable {

    /** One row as the table holds it. */
    static final class PartRow {
        final ObjectProperty<String> mission = new SimpleObjectProperty<>();
        final StringProperty amount = new SimpleStringProperty("");

        PartRow(String mission, String amount) {
            this.mission.set(mission);
            this.amount.set(amount == null ? "" : amount);
        }

        AllocationInput.Row toInput() {
            return new AllocationInput.Row(mission.get(), amount.get());
        }
    }

    private static final double ROW_HEIGHT = 32;

    private final ObservableList<PartRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.mission, r.amount});
    private final TableView<PartRow> table = new TableView<>(rows);
    private final Button add = new Button("Add mission");
    private final Label sum = new Label();
    private final VBox box;

    /**
     * @param codes the missions' codes, in the negotiation's order
     * @param nameOf a mission's name by its code, for the choice's tooltip
     * @param initial the rows the table starts with
     */
    AllocationPartsTable(List<String> codes, Function<String, String> nameOf, List<AllocationInput.Row> initial) {
        for (AllocationInput.Row r : initial) {
            rows.add(new PartRow(r.missionCode(), r.amount()));
        }
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * 5 + 28);
        table.setPrefWidth(400);
        table.setPlaceholder(new Label("No mission yet: Add mission below"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<PartRow, PartRow> mission = column("Mission", 130);
        mission.setCellFactory(c -> new RowCell() {
            private final ComboBox<String> choice = Form.comboBox(codes, null, code -> code);
            {
                choice.getStyleClass().add("allocation-mission");
                choice.setTooltip(new Tooltip("The mission that takes this amount"));
                choice.valueProperty().addListener((o, was, code) -> choice.getTooltip()
                        .setText(code == null ? "The mission that takes this amount" : code + ": " + nameOf.apply(code)));
            }

            @Override
            Node bind(PartRow row) {
                choice.valueProperty().bindBidirectional(row.mission);
                return choice;
            }

            @Override
            void unbind(PartRow row) {
                choice.valueProperty().unbindBidirectional(row.mission);
            }
        });
        TableColumn<PartRow, PartRow> amount = column("Amount (US dollars)", 150);
        amount.setCellFactory(c -> new RowCell() {
            private final TextField field = new TextField();
            {
                field.getStyleClass().add("allocation-amount");
                field.setPromptText("e.g. 50M or 2,500,000");
                field.setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            Node bind(PartRow row) {
                field.textProperty().bindBidirectional(row.amount);
                return field;
            }

            @Override
            void unbind(PartRow row) {
                field.textProperty().unbindBidirectional(row.amount);
            }
        });
        TableColumn<PartRow, PartRow> remove = column("", 80);
        remove.setSortable(false);
        remove.setCellFactory(c -> new RowCell() {
            private final Button button = new Button("Remove");
            private PartRow bound;
            {
                button.getStyleClass().add("allocation-remove");
                button.setOnAction(e -> rows.remove(bound));
            }

            @Override
            Node bind(PartRow row) {
                bound = row;
                return button;
            }

            @Override
            void unbind(PartRow row) {
                bound = null;
            }
        });
        table.getColumns().add(mission);
        table.getColumns().add(amount);
        table.getColumns().add(remove);

        add.setId("allocation-add");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the running sum wraps, the button keeps its words
        add.setOnAction(e -> {
            rows.add(new PartRow(null, ""));
            table.scrollTo(rows.size() - 1);
        });
        sum.setId("allocation-sum");
        sum.setWrapText(true);
        sum.setMaxWidth(400);
        HBox below = new HBox(10, add, sum);
        below.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sum, Priority.ALWAYS);
        box = new VBox(6, table, below);
    }

    private static TableColumn<PartRow, PartRow> column(String title, double width) {
        TableColumn<PartRow, PartRow> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** The table: the form's field (its problems decorate it). */
    TableView<PartRow> table() {
        return table;
    }

    /** What the form lays out: the table, "Add mission" and the running sum. */
    Node node() {
        return box;
    }

    /** Any change to the rows: one added or removed, a mission chosen, a key typed in an amount. */
    Observable changes() {
        return rows;
    }

    /** The rows as the model reads them, in their order. */
    List<AllocationInput.Row> input() {
        return rows.stream().map(PartRow::toInput).toList();
    }

    /** Shows the running sum against the cut. */
    void showSum(String text) {
        sum.setText(text);
    }

    /** Disabled, the table, its buttons and its cells take nothing (an allocation by another rule). */
    javafx.beans.property.BooleanProperty disableProperty() {
        return box.disableProperty();
    }

    /** A cell that shows a control bound to its row while it shows that row, and lets go of it after. */
    private abstract static class RowCell extends TableCell<PartRow, PartRow> {
        private PartRow shown;

        abstract Node bind(PartRow row);

        abstract void unbind(PartRow row);

        @Override
        protected void updateItem(PartRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                unbind(shown);
                shown = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            shown = row;
            setGraphic(bind(row));
        }
    }
}
