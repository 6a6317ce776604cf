package org.parley.ui.exchange;

import org.parley.ui.common.NativeFileDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.parley.service.CsvField;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.forms.Form;

/**
 * File > Import CSV…: the file is read, then the first rows are shown in a table with the kind of
 * table and a column choice per Parley field (guessed from the header); the problems by line and
 * column follow the choices, Import held back while any remains. Reading and checking run off the
 * JavaFX thread with their progress shown (a table of 100,000 rows takes about a second), and
 * Cancel stops them; Import writes the checked table as one gesture.
 */
public final class CsvImportDialog {

    /** The most columns of the file the preview shows. */
    static final int PREVIEW_COLUMNS = 40;

    private CsvImportDialog() {
    }

    /** Asks for a CSV file. */
    public static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import budget table (CSV)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = NativeFileDialogs.open(chooser, owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Shows the dialog on a file and starts reading it on {@code background}; results come back
     * through {@code Platform.runLater}. A file that cannot be read is reported and closes the dialog.
     */
    public static Dialog<Boolean> show(Window owner, DeskEditing editing, Path file, Executor background) {
        return show(owner, new CsvImportViewModel(editing, file, background, Platform::runLater));
    }

    /** Shows the dialog on a view model and starts reading (tests pass their own executor and {@code ui}). */
    static Dialog<Boolean> show(Window owner, CsvImportViewModel vm) {
        Dialog<Boolean> dialog = dialog(owner, vm);
        dialog.show();
        vm.read();
        return dialog;
    }

    static Dialog<Boolean> dialog(Window owner, CsvImportViewModel vm) {
        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Import budget table");
        dialog.setHeaderText("Import budget table");
        dialog.setResizable(true);
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("csv-import");
        dialog.getDialogPane().getStyleClass().add("parley-form");
        Node ok = dialog.getDialogPane().lookupButton(importType);
        ok.setId("form-ok");
        ok.disableProperty().bind(vm.canImportProperty().not());

        ProgressBar bar = new ProgressBar();
        bar.setId("csv-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.stateProperty().isEqualTo(CsvImportViewModel.State.READING)
                .or(vm.stateProperty().isEqualTo(CsvImportViewModel.State.CHECKING)));
        Label status = new Label();
        status.setId("csv-status");
        status.textProperty().bind(vm.statusProperty());
        HBox progress = new HBox(10, bar, status);
        Label problems = new Label();
        problems.setId("form-problems");
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(520);
        problems.textProperty().bind(Bindings.createStringBinding(vm::shownProblemsText, vm.problemsProperty()));
        VBox content = new VBox(8, progress, problems);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);

        vm.sheetProperty().addListener((obs, old, sheet) -> {
            if (sheet != null) {
                content.getChildren().addAll(0, List.of(intro(sheet), preview(vm), fields(vm)));
                // The dialog grows from its progress line to the whole form: keep all of it on the screen.
                if (dialog.getDialogPane().getScene() != null) {
                    Window window = dialog.getDialogPane().getScene().getWindow();
                    window.sizeToScene();
                    window.centerOnScreen();
                }
            }
        });
        vm.stateProperty().addListener((obs, old, now) -> {
            if (now == CsvImportViewModel.State.UNREADABLE) {
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == importType ? Boolean.TRUE : null);
        // The dialog hides as soon as its result is set (before listeners to the result hear of it):
        // Import writes the checked table; Cancel, Escape or the close button stop what still runs.
        dialog.setOnHidden(e -> {
            if (Boolean.TRUE.equals(dialog.getResult())) {
                vm.importNow();
            }
            vm.cancel();
        });
        return dialog;
    }

    private static Label intro(CsvSheet sheet) {
        Label intro = new Label(String.format(Locale.ROOT, "%s: %,d rows. Choose which column holds each field; "
                + "existing lines are matched by mission code and line name, the rest is added. Nothing is imported "
                + "while any problem remains.", sheet.source(), sheet.rows().size()));
        intro.setId("form-intro");
        intro.setWrapText(true);
        return intro;
    }

    /** The kind of table and a column per field; the choices the kind does not use are hidden, with their labels. */
    private static GridPane fields(CsvImportViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ComboBox<CsvShape> shape = choice(grid, "Table", List.of(CsvShape.values()), vm.shape(), CsvShape::label,
                "Budget lines: amounts per line. Posts by grade: post rows of lines.", vm::setShape);
        for (CsvField f : CsvField.values()) {
            ComboBox<Integer> box = choice(grid, f.label(), vm.columnChoices(), vm.column(f), vm::columnText,
                    "The column holding " + f.label().toLowerCase(Locale.ROOT) + "; fields the table kind does not "
                            + "use are ignored", column -> vm.setColumn(f, column));
            Runnable showIfUsed = () -> {
                boolean used = shape.getValue() == null || shape.getValue().fields().contains(f);
                grid.getChildren().stream().filter(n -> n == box || n instanceof Label l && l.getLabelFor() == box)
                        .forEach(n -> {
                            n.setVisible(used);
                            n.setManaged(used);
                        });
            };
            showIfUsed.run();
            shape.valueProperty().addListener((obs, old, now) -> showIfUsed.run());
        }
        return grid;
    }

    private static <T> ComboBox<T> choice(GridPane grid, String label, List<T> options, T initial,
                                          Function<T, String> show, String tooltip, Consumer<T> chosen) {
        ComboBox<T> box = Form.comboBox(options, initial, show);
        box.setId("field-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
        box.setTooltip(new Tooltip(tooltip));
        box.valueProperty().addListener((obs, old, now) -> chosen.accept(now));
        Label l = new Label(label);
        l.setLabelFor(box);
        l.setMinWidth(Label.USE_PREF_SIZE);
        int row = grid.getRowCount();
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static TableView<CsvSheet.Row> preview(CsvImportViewModel vm) {
        TableView<CsvSheet.Row> table = new TableView<>();
        table.setId("csv-preview");
        table.setPrefHeight(180);
        TableColumn<CsvSheet.Row, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        table.getColumns().add(line);
        // A column per column of the file, up to a sensible width: a TableColumn is not virtualized.
        for (int i = 0; i < Math.min(PREVIEW_COLUMNS, vm.sheet().header().size()); i++) {
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
