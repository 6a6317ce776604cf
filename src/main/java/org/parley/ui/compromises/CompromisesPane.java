package org.parley.ui.compromises;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.parley.ui.common.FigureCells;
import org.parley.ui.common.FilterBox;
import org.parley.ui.common.Styles;
import org.parley.ui.common.Rows;

/**
 * Candidate outcomes of amendments: the ones of the amendment selected in the proposals pane,
 * or all (by mission). Add, edit and delete by form; move one along by the status box or the
 * context menu. Keys: Insert adds, Enter edits, Delete deletes.
 */
public final class CompromisesPane extends BorderPane {

    private final CompromisesViewModel vm;
    private final CompromiseForm form;
    private final TableView<CompromiseRow> table = new TableView<>();
    private final ComboBox<String> status = new ComboBox<>();
    private boolean showingSelection;
    private Long selectedId;

    public CompromisesPane(CompromisesViewModel vm) {
        this.vm = vm;
        this.form = new CompromiseForm(vm);
        setId("compromises-pane");
        setTop(toolbar());
        buildTable();
        setCenter(table);
    }

    public TableView<CompromiseRow> table() {
        return table;
    }

    private HBox toolbar() {
        Label title = new Label("COMPROMISES");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Label heading = new Label();
        heading.setId("compromises-heading");
        heading.textProperty().bind(vm.headingProperty());
        CheckBox follow = new CheckBox("Follow the selected amendment");
        follow.setId("compromises-follow");
        follow.setTooltip(FigureCells.tooltip("On: the compromises of the amendment selected in the proposals pane. "
                + "Off: all compromises, by mission."));
        follow.selectedProperty().bindBidirectional(vm.followProperty());
        ComboBox<?> mission = filter(vm.getMissionChoices(), CompromisesViewModel.missionChoiceName(),
                vm.missionFilterProperty());
        Button add = button("compromise-add", "Add…", "New compromise (Insert)", this::add);
        Button edit = button("compromise-edit", "Edit…", "Edit the selected compromise (Enter)", this::edit);
        Button delete = button("compromise-delete", "Delete", "Delete the selected compromise (Delete)", this::delete);
        status.setId("compromise-status");
        status.getItems().setAll(CompromisesViewModel.statusNames());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return CompromisesViewModel.statusLabel(s);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        status.setPromptText("Status");
        status.setTooltip(FigureCells.tooltip("Move the selected compromise along; agreed ad ref moves its mission"));
        status.setOnAction(e -> {
            CompromiseRow row = table.getSelectionModel().getSelectedItem();
            if (!showingSelection && row != null && status.getValue() != null
                    && !vm.setStatus(row.id(), status.getValue())) {
                showSelection(row); // refused or unchanged: show the status it still has
            }
        });
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        status.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(8, title, heading, follow, mission, add, edit, delete, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    /** The mission filter: its choices and their names come from the view model, whatever they are. */
    private static <T> ComboBox<T> filter(javafx.collections.ObservableList<T> choices, Function<T, String> name,
                                          javafx.beans.property.Property<T> value) {
        ComboBox<T> box = FilterBox.of("compromises-mission-filter", "All missions", choices, name,
                "Only compromises on one mission, when not following an amendment");
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(FigureCells.tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void buildTable() {
        table.setId("compromises-table");
        Rows.oneLine(table);
        table.setItems(vm.getRows());
        table.setPlaceholder(new Label("No compromise recorded. Add one with Add… or the Insert key."));
        table.getColumns().add(column("Amendment", 260, CompromiseRow::amendment));
        table.getColumns().add(column("Compromise", 240, CompromiseRow::description));
        table.getColumns().add(column("Outcome", 170, CompromiseRow::value));
        table.getColumns().add(column("Floated by", 140, CompromiseRow::floatedBy));
        table.getColumns().add(column("When", 130, CompromiseRow::when));
        table.getColumns().add(column("Status", 140, CompromiseRow::status));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(CompromiseRow row, boolean empty) {
                super.updateItem(row, empty);
                Styles.styleClass(this, "agreed-ad-ref", !empty && row != null && row.agreedAdRef());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> showSelection(row));
        // The list is rebuilt after every gesture; keep the same compromise selected.
        vm.getRows().addListener((ListChangeListener<CompromiseRow>) c -> reselect());
        table.setContextMenu(contextMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
            } else if (e.getCode() == KeyCode.INSERT) {
                add();
            } else {
                return;
            }
            e.consume();
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(e -> edit());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> delete());
        menu.getItems().addAll(edit, delete, new SeparatorMenuItem());
        for (String s : CompromisesViewModel.statusNames()) {
            MenuItem mark = new MenuItem("Mark " + CompromisesViewModel.statusLabel(s));
            mark.setId("compromise-mark-" + s.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            mark.setOnAction(e -> {
                CompromiseRow row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    vm.setStatus(row.id(), s);
                }
            });
            menu.getItems().add(mark);
        }
        return menu;
    }

    private void showSelection(CompromiseRow row) {
        if (row != null) {
            selectedId = row.id();
        }
        showingSelection = true;
        status.setValue(row == null ? null : row.statusName());
        showingSelection = false;
    }

    private void reselect() {
        if (selectedId == null) {
            return;
        }
        for (CompromiseRow r : table.getItems()) {
            if (r.id() == selectedId) {
                table.getSelectionModel().select(r);
                showSelection(r);
                return;
            }
        }
    }

    private void add() {
        form.add(owner()).ifPresent(vm::add);
    }

    private void edit() {
        CompromiseRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.edit(owner(), row.id(), form).ifPresent(d -> vm.update(row.id(), d));
        }
    }

    private void delete() {
        CompromiseRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.delete(row.id());
        }
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static TableColumn<CompromiseRow, String> column(String title, double width,
                                                            Function<CompromiseRow, String> text) {
        TableColumn<CompromiseRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        return col;
    }
}
