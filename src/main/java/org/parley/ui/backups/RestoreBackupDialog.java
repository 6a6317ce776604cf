package org.parley.ui.backups;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.service.BackupEntry;
import org.parley.ui.common.LazyTip;

/**
 * File > Restore backup: the backups of the workspace in a table; the chosen one is returned,
 * and the caller restores it (after backing up the current state).
 */
public final class RestoreBackupDialog {

    private RestoreBackupDialog() {
    }

    /** Builds the dialog; {@code showAndWait()} gives the chosen backup. */
    public static Dialog<BackupEntry> create(Window owner, Path workspace, RestoreBackupViewModel vm) {
        TableView<RestoreBackupViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("backup-table");
        table.getColumns().add(column("Taken", 190, RestoreBackupViewModel.Row::when));
        table.getColumns().add(column("Why", 170, RestoreBackupViewModel.Row::why));
        table.getColumns().add(column("Contents", 520, RestoreBackupViewModel.Row::contents));
        table.setPlaceholder(new Label("No backups yet: Parley makes one on the first open of each day, "
                + "before an upgrade of the file and before an import or restore."));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setPrefHeight(320);

        Label explain = new Label("Restoring replaces everything in " + workspace.getFileName()
                + " with the backup. The current state is backed up first, so restoring that backup undoes it.");
        explain.setWrapText(true);
        Label asOf = new Label(vm.asOf());
        asOf.setId("backup-as-of");
        asOf.setWrapText(true);
        Dialog<BackupEntry> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Restore backup");
        dialog.setHeaderText("Restore a backup of " + workspace);
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(10, explain, asOf, table));
        dialog.getDialogPane().setId("restore-backup");
        dialog.getDialogPane().setPrefWidth(920);
        dialog.getDialogPane().lookupButton(restore).setId("restore-button");
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(vm.canRestoreProperty().not());
        dialog.setResultConverter(b -> b == restore && vm.selectedProperty().get() != null
                ? vm.selectedProperty().get().entry() : null);
        return dialog;
    }

    /** Shows the dialog and waits. */
    public static Optional<BackupEntry> show(Window owner, Path workspace, RestoreBackupViewModel vm) {
        return create(owner, workspace, vm).showAndWait();
    }

    private static TableColumn<RestoreBackupViewModel.Row, String> column(String title, double width,
            java.util.function.Function<RestoreBackupViewModel.Row, String> value) {
        TableColumn<RestoreBackupViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LazyTip.set(this, empty || item == null ? null : () -> item);
            }
        });
        return c;
    }
}
