package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.ui.common.CsvSaving;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.FilterBox;
import org.parley.ui.common.Styles;

/**
 * The positions matrix: delegations and groups down, contested items across, a stance in each
 * cell; our line on top; the selected item's positions on the right. Keyboard first: select
 * cells and type S, F, O, R or U; Enter for a stance with its note. Amendments and proposals
 * dropped on a delegation's row record its stance.
 */
public final class PositionsPane extends BorderPane {

    private final PositionsViewModel vm;
    private final TableView<MatrixRow> table = new TableView<>();
    private final TableColumn<MatrixRow, MatrixRow> rowHeader = new TableColumn<>("Delegation");

    public PositionsPane(PositionsViewModel vm) {
        this.vm = vm;
        setId("positions-pane");
        vm.setPrompts(new FormPositionPrompts(() -> getScene() == null ? null : getScene().getWindow()));
        setTop(toolbar());
        buildTable();
        TextArea details = new TextArea();
        details.setId("positions-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("details");
        details.textProperty().bind(vm.detailsProperty());
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.76);
        setCenter(split);
        vm.getItems().addListener((ListChangeListener<Item>) c -> rebuildColumns());
        vm.revisionProperty().addListener(o -> redraw());
        rebuildColumns();
    }

    public PositionsViewModel viewModel() {
        return vm;
    }

    public TableView<MatrixRow> table() {
        return table;
    }

    private HBox toolbar() {
        Label title = new Label("POSITIONS");
        title.getStyleClass().add(Styles.PANE_TITLE);
        ToggleGroup mode = new ToggleGroup();
        ToggleButton byAmendment = toggle("positions-by-amendment", "Amendments", mode,
                "One column per amendment on the table", PositionsViewModel.Columns.AMENDMENTS);
        ToggleButton byMission = toggle("positions-by-mission", "Missions", mode,
                "One column per mission, for positions on a budget as a whole", PositionsViewModel.Columns.MISSIONS);
        mode.selectToggle(vm.columnsProperty().get() == PositionsViewModel.Columns.MISSIONS ? byMission : byAmendment);
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                mode.selectToggle(old); // one of the two is always on
            } else {
                vm.columnsProperty().set((PositionsViewModel.Columns) now.getUserData());
            }
        });
        ComboBox<Mission> mission = FilterBox.of("positions-mission-filter", "All missions", vm.getMissionChoices(),
                Mission::code, "Only items on one mission");
        mission.valueProperty().bindBidirectional(vm.missionFilterProperty());
        ComboBox<Delegation> group = FilterBox.of("positions-group-filter", "All delegations", vm.getGroupChoices(),
                Delegation::name, "Only one group and its members");
        group.valueProperty().bindBidirectional(vm.groupFilterProperty());
        Label hint = new Label("S supports · F flexible · O opposes · R red line · U unknown · Enter: with a note");
        hint.getStyleClass().add("hint");
        Button export = new Button("Export CSV…");
        export.setId("positions-export-csv");
        export.setTooltip(FigureCells.tooltip("Save the matrix as shown (these columns and rows, with notes and our line) "
                + "as a CSV file for a spreadsheet"));
        export.setOnAction(e -> CsvSaving.choose(getScene().getWindow(), "Export positions", "Positions.csv")
                .ifPresent(vm::exportCsv));
        HBox bar = new HBox(8, title, byAmendment, byMission, mission, group, export, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group, String tip, Object mode) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(mode);
        b.setTooltip(FigureCells.tooltip(tip));
        return b;
    }

    private void buildTable() {
        table.setId("positions-table");
        table.setItems(vm.getRows());
        table.setEditable(false);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A fixed row height lets the table create cells only for the columns in view.
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No delegations"));
        table.setRowFactory(tv -> PositionDrops.row(vm));
        rowHeader.setPrefWidth(200);
        rowHeader.setSortable(false);
        rowHeader.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        rowHeader.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MatrixRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : vm.texts().row(row));
                setTooltip(empty || row == null ? null : FigureCells.tooltip(vm.texts().rowTooltip(row)));
            }
        });
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                editFocused();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editFocused();
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((o, old, cell) ->
                vm.selectedItemProperty().set(cell == null ? null : itemOf(cell.getTableColumn())));
        table.setContextMenu(contextMenu());
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Stance s : Stance.values()) {
            // The key is named in the text, not set as an accelerator: a control's context-menu
            // accelerators act on the whole scene, and a letter would fire while typing elsewhere.
            MenuItem item = new MenuItem(s.mark() + " " + s.label() + "    (" + Character.toUpperCase(
                    s.label().charAt(0)) + ")");
            item.setOnAction(e -> vm.setStances(selectedKeys(), s));
            menu.getItems().add(item);
        }
        MenuItem edit = new MenuItem("Stance and note…    (Enter)");
        edit.setOnAction(e -> editFocused());
        MenuItem proposal = new MenuItem("Stance on every amendment of a proposal…");
        proposal.setId("positions-on-proposal");
        proposal.setOnAction(e -> focusedRow().ifPresent(vm::stanceOnProposal));
        menu.getItems().addAll(new SeparatorMenuItem(), edit, proposal);
        return menu;
    }

    private void typed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        StanceKeys.of(e.getCharacter()).ifPresent(s -> {
            vm.setStances(selectedKeys(), s);
            e.consume();
        });
    }

    /** The selected cells that are a delegation's stance on an item. */
    private List<Position.Key> selectedKeys() {
        List<Position.Key> keys = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            Item item = itemOf(p.getTableColumn());
            if (item != null && p.getRow() >= 0 && p.getRow() < table.getItems().size()
                    && table.getItems().get(p.getRow()) instanceof MatrixRow.OfDelegation d) {
                keys.add(new Position.Key(d.delegation().id(), item));
            }
        }
        return keys;
    }

    private Optional<MatrixRow> focusedRow() {
        int row = table.getFocusModel().getFocusedIndex();
        return row < 0 || row >= table.getItems().size() ? Optional.empty()
                : Optional.of(table.getItems().get(row));
    }

    private void editFocused() {
        TablePosition<MatrixRow, ?> cell = table.getFocusModel().getFocusedCell();
        Item item = cell == null ? null : itemOf(cell.getTableColumn());
        if (item != null) {
            focusedRow().ifPresent(row -> vm.edit(row, item));
        }
    }

    private static Item itemOf(TableColumn<?, ?> column) {
        return column != null && column.getUserData() instanceof Item i ? i : null;
    }

    /** After a gesture: the same columns, their cells and headers read again (an amendment may have changed). */
    private void redraw() {
        for (TableColumn<MatrixRow, ?> col : table.getColumns()) {
            Item item = itemOf(col);
            if (item != null && col.getGraphic() instanceof Label header) {
                header.setText(vm.texts().header(item));
                header.getTooltip().setText(vm.texts().headerTooltip(item));
            }
        }
        table.refresh();
    }

    private void rebuildColumns() {
        List<TableColumn<MatrixRow, ?>> columns = new ArrayList<>();
        columns.add(rowHeader);
        boolean missions = vm.columnsProperty().get() == PositionsViewModel.Columns.MISSIONS;
        for (Item item : vm.getItems()) {
            TableColumn<MatrixRow, MatrixRow> col = new TableColumn<>();
            col.setUserData(item);
            col.setId("item-" + item.kind().name().toLowerCase() + "-" + item.id());
            Label header = new Label(vm.texts().header(item));
            header.setTooltip(FigureCells.tooltip(vm.texts().headerTooltip(item)));
            col.setGraphic(header);
            col.setPrefWidth(missions ? 110 : 150);
            col.setSortable(false);
            col.setReorderable(false);
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(c -> new StanceCell(vm, item));
            columns.add(col);
        }
        table.getColumns().setAll(columns);
    }
}
