package org.parley.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.parley.service.CsvField;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.forms.Form;

/**
 * File > Import CSV…: the first rows of the file in a table, the kind of table and a column
 * choice per Parley field (guessed from the header), the problems by line and column as the
 * choices change, OK held back while any remains. OK imports the whole table as one gesture.
 */
public final class CsvImportDialog {

    private CsvImportDialog() {
    }

    /** Asks for a CSV file. */
    public static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import budget table (CSV)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** The dialog for a file, not yet shown (OK imports, then it closes); empty (with the reason reported) when the file is not readable CSV. */
    public static Optional<Dialog<Boolean>> dialog(Window owner, DeskEditing editing, Path file) {
        return CsvImportViewModel.open(editing, file).map(vm -> dialog(owner, vm));
    }

    static Dialog<Boolean> dialog(Window owner, CsvImportViewModel vm) {
        Form form = new Form("Import budget table").intro(vm.sheet().source() + ": " + vm.sheet().rows().size()
                + " rows. Choose which column holds each field; existing lines are matched by mission code and "
                + "line name, the rest is added. Nothing is imported while any problem remains.");
        ComboBox<CsvShape> shape = form.choice("Table", List.of(CsvShape.values()), vm.shape(), CsvShape::label,
                "Budget lines: amounts per line. Posts by grade: post rows of lines.");
        Map<CsvField, ComboBox<Integer>> columns = new EnumMap<>(CsvField.class);
        for (CsvField f : CsvField.values()) {
            columns.put(f, form.choice(f.label(), vm.columnChoices(), vm.column(f), vm::columnText,
                    "The column holding " + f.label().toLowerCase() + "; fields the table kind does not use "
                            + "are ignored"));
        }
        showOnly(vm.shape(), columns);
        shape.valueProperty().addListener((obs, old, now) -> showOnly(now, columns));
        form.rules(() -> {
            vm.setShape(shape.getValue());
            columns.forEach((f, box) -> vm.setColumn(f, box.getValue()));
            return vm.shownProblems();
        });
        Dialog<Boolean> dialog = form.dialog(owner, "Import", () -> Boolean.TRUE);
        dialog.setResizable(true);
        ((VBox) dialog.getDialogPane().getContent()).getChildren().add(0, preview(vm));
        dialog.resultProperty().addListener((obs, old, result) -> {
            if (Boolean.TRUE.equals(result)) {
                vm.importNow();
            }
        });
        return dialog;
    }

    /** Hides the choices the kind of table does not use, with their labels: fifteen choices are too many to scan. */
    private static void showOnly(CsvShape shape, Map<CsvField, ComboBox<Integer>> columns) {
        columns.forEach((f, box) -> {
            boolean used = shape == null || shape.fields().contains(f);
            box.setVisible(used);
            box.setManaged(used);
            if (box.getParent() != null) {
                box.getParent().getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Label l && l.getLabelFor() == box).forEach(n -> {
                            n.setVisible(used);
                            n.setManaged(used);
                        });
            }
        });
    }

    private static TableView<CsvSheet.Row> preview(CsvImportViewModel vm) {
        TableView<CsvSheet.Row> table = new TableView<>();
        table.setId("csv-preview");
        table.setPrefHeight(180);
        TableColumn<CsvSheet.Row, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        table.getColumns().add(line);
        for (int i = 0; i < vm.sheet().header().size(); i++) {
            int column = i;
            TableColumn<CsvSheet.Row, String> c = new TableColumn<>(vm.sheet().columnName(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(column < r.getValue().cells().size()
                    ? r.getValue().cells().get(column) : ""));
            table.getColumns().add(c);
        }
        table.getItems().setAll(vm.previewRows());
        return table;
    }
}
