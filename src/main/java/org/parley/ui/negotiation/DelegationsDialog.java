package org.parley.ui.negotiation;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Function;

import org.parley.ui.negotiation.DelegationsViewModel.DelegationRow;

/**
 * The delegations and groups at the table, with Add, Edit and Delete. Each button is one gesture
 * (one undo), applied at once; the list shows the result. Enter or a double-click edits, Delete
 * deletes.
 */
final class DelegationsDialog {

    private final DelegationsViewModel viewModel;
    private final Supplier<Window> owner;
    private final TableView<DelegationRow> table = new TableView<>();

    private DelegationsDialog(NegotiationEditing editing, Supplier<Window> owner) {
        this.viewModel = new DelegationsViewModel(editing);
        this.owner = owner;
    }

    /** The dialog, not yet shown. */
    static Dialog<Void> create(NegotiationEditing editing, Window owner) {
        DelegationsDialog d = new DelegationsDialog(editing, () -> owner);
        return d.build(owner);
    }

    private Dialog<Void> build(Window ownerWindow) {
        Dialog<Void> dialog = new Dialog<>();
        if (ownerWindow != null) {
            dialog.initOwner(ownerWindow);
        }
        dialog.setTitle("Delegations");
        dialog.setHeaderText("Delegations and groups at the table");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("delegations-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        table.setId("delegations-table");
        table.setPrefSize(560, 340);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Code", 70, DelegationRow::code));
        table.getColumns().add(column("Name", 220, DelegationRow::name));
        table.getColumns().add(column("Kind", 60, DelegationRow::kind));
        table.getColumns().add(column("Members", 150, DelegationRow::members));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
        Button add = button("delegation-add", "Add…", "Add a delegation or a group", this::add);
        Button edit = button("delegation-edit", "Edit…", "Edit the selected delegation (Enter)", this::edit);
        Button delete = button("delegation-delete", "Delete", "Delete the selected delegation (Delete)", this::delete);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox buttons = new VBox(6, add, edit, delete);
        buttons.setPadding(new Insets(0, 0, 0, 8));
        dialog.getDialogPane().setContent(new BorderPane(table, null, buttons, null, null));
        refresh(null);
        return dialog;
    }

    private void add() {
        viewModel.add(owner.get()).ifPresent(this::refresh);
    }

    private void edit() {
        DelegationRow d = table.getSelectionModel().getSelectedItem();
        if (d != null && viewModel.edit(owner.get(), d.id())) {
            refresh(d.id());
        }
    }

    private void delete() {
        DelegationRow d = table.getSelectionModel().getSelectedItem();
        if (d != null && viewModel.delete(d.id())) {
            refresh(null);
        }
    }

    /** Shows the delegations as they stand, selecting {@code id} if given. */
    private void refresh(Long id) {
        table.getItems().setAll(viewModel.rows());
        if (id != null) {
            table.getItems().stream().filter(x -> x.id() == id).findFirst().ifPresent(x -> {
                table.getSelectionModel().select(x);
                table.scrollTo(x);
            });
        }
        table.requestFocus();
    }

    private static TableColumn<DelegationRow, String> column(String title, double width,
                                                            Function<DelegationRow, String> text) {
        TableColumn<DelegationRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return col;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
