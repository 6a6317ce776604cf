package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.parley.ui.common.KeyboardPaths;
import org.parley.ui.common.CsvSaving;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.FilterBox;
import org.parley.ui.common.Styles;

/**
 * The positions matrix: the items (amendments on the table, or missions) down, our line and the
 * delegations and groups across, a stance in each cell; the item column stays in view when the
 * matrix scrolls across ({@link PinnedRows}); the selected item's positions on the right.
 * Keyboard first: select cells and type S, F, O, R or U; Enter for a stance with its note.
 * Amendments and proposals dropped on a delegation's column record its stance.
 *
 * <p>Both ways virtualized: rows of a fixed height, so only the rows and columns in view have
 * cells; one column per line (dozens), none per item; one shared tooltip, its text made on hover.
 */
public final class PositionsPane extends BorderPane {

    private static final double ROW_HEIGHT = 26;
    private static final String ITEM_COLUMN = "positions-item-column";

    private final PositionsViewModel vm;
    private final TableView<ItemRow> items = new TableView<>();
    private final TableView<ItemRow> table = new TableView<>();
    private final TableColumn<ItemRow, ItemRow> itemColumn = new TableColumn<>();
    private final HoverTip cellTip = new HoverTip();
    private final HoverTip headerTip = new HoverTip();
    /** The revision the cells show: the view model's while the matrix is in view, caught up when it comes back. */
    private final IntegerProperty drawn = new SimpleIntegerProperty(this, "drawn");
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private boolean stale;

    public PositionsPane(PositionsViewModel vm) {
        this.vm = vm;
        setId("positions-pane");
        vm.setPrompts(new FormPositionPrompts(() -> getScene() == null ? null : getScene().getWindow()));
        setTop(toolbar());
        buildItems();
        buildTable();
        TextArea details = new TextArea();
        details.setId("positions-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("details");
        details.textProperty().bind(vm.detailsProperty());
        SplitPane split = new SplitPane(PinnedRows.join(items, table), details);
        split.setDividerPositions(0.76);
        setCenter(split);
        // A matrix behind another tab keeps its cells but does not redraw them after each gesture
        // (restyling hundreds of hidden cells cost most of a gesture with 600 delegations).
        vm.revisionProperty().addListener(o -> {
            if (showing.get()) {
                drawn.set(drawn.get() + 1);
            } else {
                stale = true;
            }
        });
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                stale = false;
                drawn.set(drawn.get() + 1);
            }
        });
        vm.getRows().addListener((ListChangeListener<MatrixRow>) c -> rebuildColumns());
        vm.columnsProperty().addListener(o -> itemColumn.setText(vm.itemsTitle()));
        rebuildColumns();
    }

    /**
     * Whether the matrix is in view (its tab in front): true unless the desk says otherwise. While
     * false, gestures leave the cells as they were, and they are brought up to date when it turns true.
     */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public PositionsViewModel viewModel() {
        return vm;
    }

    /** The stances: our line and a column per delegation, a row per item. */
    public TableView<ItemRow> table() {
        return table;
    }

    /** The item column, kept in view beside {@link #table()}. */
    public TableView<ItemRow> itemTable() {
        return items;
    }

    private HBox toolbar() {
        Label title = new Label("POSITIONS");
        title.getStyleClass().add(Styles.PANE_TITLE);
        ToggleGroup mode = new ToggleGroup();
        ToggleButton byAmendment = toggle("positions-by-amendment", "Amendments", mode,
                "One row per amendment on the table", PositionsViewModel.Columns.AMENDMENTS);
        ToggleButton byMission = toggle("positions-by-mission", "Missions", mode,
                "One row per mission, for positions on a budget as a whole", PositionsViewModel.Columns.MISSIONS);
        mode.selectToggle(vm.columnsProperty().get() == PositionsViewModel.Columns.MISSIONS ? byMission : byAmendment);
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                mode.selectToggle(old); // one of the two is always on
            } else {
                vm.columnsProperty().set((PositionsViewModel.Columns) now.getUserData());
            }
        });
        ComboBox<?> mission = filter("positions-mission-filter", "All missions", vm.getMissionChoices(),
                PositionsViewModel.missionChoiceName(), "Only items on one mission", vm.missionFilterProperty());
        ComboBox<?> group = filter("positions-group-filter", "All delegations", vm.getGroupChoices(),
                PositionsViewModel.groupChoiceName(), "Only one group and its members", vm.groupFilterProperty());
        Label hint = new Label("S supports · F flexible · O opposes · R red line · U unknown · Enter: with a note");
        hint.getStyleClass().add("hint");
        Button export = new Button("Export CSV…");
        export.setId("positions-export-csv");
        export.setTooltip(FigureCells.tooltip("Save the matrix as shown (these items and delegations, with notes and "
                + "our line) as a CSV file for a spreadsheet: a row per delegation, a column per item"));
        export.setOnAction(e -> CsvSaving.choose(getScene().getWindow(), "Export positions", "Positions.csv")
                .ifPresent(vm::exportCsv));
        HBox bar = new HBox(8, title, byAmendment, byMission, mission, group, export, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    /** A filter: its choices and their names come from the view model, whatever they are. */
    private static <T> ComboBox<T> filter(String id, String all, ObservableList<T> choices, Function<T, String> name,
                                          String tip, Property<T> value) {
        ComboBox<T> box = FilterBox.of(id, all, choices, name, tip);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group, String tip, Object mode) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(mode);
        b.setTooltip(FigureCells.tooltip(tip));
        return b;
    }

    /** The item column: what each row is about; a click selects the row's cell in the column in use. */
    private void buildItems() {
        items.setId("positions-items");
        items.setItems(vm.getItemRows());
        items.setFixedCellSize(ROW_HEIGHT);
        items.setPrefWidth(330);
        items.setMinWidth(200);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.setPlaceholder(new Label("No item on the table"));
        items.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        itemColumn.setId(ITEM_COLUMN);
        itemColumn.setText(vm.itemsTitle());
        itemColumn.setSortable(false);
        itemColumn.setReorderable(false);
        itemColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        itemColumn.setCellFactory(c -> new ItemCell(vm, drawn, cellTip));
        items.getColumns().add(itemColumn);
        // The selection is the stance table's; a click on an item selects its cell there.
        items.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            IndexedCell<?> cell = cellUnder(e.getPickResult().getIntersectedNode());
            if (cell != null && !cell.isEmpty() && e.getButton() == MouseButton.PRIMARY) {
                TablePosition<ItemRow, ?> focused = table.getFocusModel().getFocusedCell();
                TableColumn<ItemRow, ?> column = focused != null && focused.getTableColumn() != null
                        ? focused.getTableColumn() : table.getColumns().isEmpty() ? null : table.getColumns().get(0);
                table.getSelectionModel().clearAndSelect(cell.getIndex(), column);
                table.getFocusModel().focus(cell.getIndex(), column);
                table.requestFocus();
            }
            e.consume();
        });
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> mirrorSelection());
    }

    private static IndexedCell<?> cellUnder(Node picked) {
        Node n = picked;
        while (n != null && !(n instanceof IndexedCell<?>)) {
            n = n.getParent();
        }
        return (IndexedCell<?>) n;
    }

    /** The item column shows which rows have selected cells. */
    private void mirrorSelection() {
        List<Integer> rows = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (!rows.contains(p.getRow())) {
                rows.add(p.getRow());
            }
        }
        items.getSelectionModel().clearSelection();
        rows.forEach(items.getSelectionModel()::select);
    }

    private void buildTable() {
        table.setId("positions-table");
        KeyboardPaths.markMain(table); // Ctrl+5 puts the focus here
        table.setItems(vm.getItemRows());
        table.setEditable(false);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A fixed row height lets the table create cells only for the rows and columns in view.
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No amendment on the table here"));
        PositionDrops.onColumns(table, vm);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                editFocused();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && cellUnder(e.getPickResult().getIntersectedNode()) instanceof TableCell<?, ?>) {
                editFocused();
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((o, old, cell) -> vm.select(itemOf(cell)));
        table.setContextMenu(contextMenu());
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (PositionsViewModel.StanceChoice s : PositionsViewModel.stanceChoices()) {
            // The key is named in the text, not set as an accelerator: a control's context-menu
            // accelerators act on the whole scene, and a letter would fire while typing elsewhere.
            MenuItem item = new MenuItem(s.text());
            item.setOnAction(e -> setStances(s.key()));
            menu.getItems().add(item);
        }
        MenuItem edit = new MenuItem("Stance and note…    (Enter)");
        edit.setOnAction(e -> editFocused());
        MenuItem proposal = new MenuItem("Stance on every amendment of a proposal…");
        proposal.setId("positions-on-proposal");
        proposal.setOnAction(e -> focusedLine().ifPresent(vm::stanceOnProposal));
        menu.getItems().addAll(new SeparatorMenuItem(), edit, proposal);
        return menu;
    }

    private void typed(KeyEvent e) {
        if (!e.isShortcutDown() && !e.isAltDown() && setStances(e.getCharacter())) {
            e.consume();
            revealFocused();
        }
    }

    /**
     * The cell a key just wrote to comes into view when the user had scrolled away from it (the
     * wheel moves the view, not the focus), scrolling only as far as needed.
     */
    private void revealFocused() {
        TablePosition<ItemRow, ?> cell = table.getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            // the first and last rows in view may be cut: those count as out of view
            if (cell.getRow() <= first) {
                flow.scrollToTop(cell.getRow());
            } else if (cell.getRow() >= last) {
                flow.scrollToTop(Math.max(0, cell.getRow() - (last - first) + 2));
            }
        }
        TableColumn<ItemRow, ?> column = cell.getTableColumn();
        ScrollBar across = horizontalBar();
        if (column == null || across == null) {
            return;
        }
        double start = 0;
        for (TableColumn<ItemRow, ?> c : table.getVisibleLeafColumns()) {
            if (c == column) {
                break;
            }
            start += c.getWidth();
        }
        double shown = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        double left = across.getValue();
        if (start < left) {
            across.setValue(start);
        } else if (start + column.getWidth() > left + shown) {
            across.setValue(Math.min(across.getMax(), start + column.getWidth() - shown));
        }
    }

    private ScrollBar horizontalBar() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                return bar;
            }
        }
        return null;
    }

    /** Sets the stance a key names on the selected cells; the details beside show it for the focused item. */
    private boolean setStances(String key) {
        return vm.stanceByKey(key, selectedCells());
    }

    /** The selected cells, each an item and a line. */
    private List<PositionsViewModel.Cell> selectedCells() {
        List<PositionsViewModel.Cell> cells = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            ItemRow item = itemOf(p);
            if (item != null && p.getTableColumn() != null && p.getTableColumn().getUserData() instanceof MatrixRow line) {
                cells.add(new PositionsViewModel.Cell(item, line));
            }
        }
        return cells;
    }

    private ItemRow itemOf(TablePosition<?, ?> p) {
        return p == null || p.getRow() < 0 || p.getRow() >= table.getItems().size() ? null
                : table.getItems().get(p.getRow());
    }

    private Optional<MatrixRow> focusedLine() {
        TablePosition<ItemRow, ?> cell = table.getFocusModel().getFocusedCell();
        return cell != null && cell.getTableColumn() != null && cell.getTableColumn().getUserData() instanceof MatrixRow l
                ? Optional.of(l) : Optional.empty();
    }

    private void editFocused() {
        ItemRow item = itemOf(table.getFocusModel().getFocusedCell());
        if (item != null) {
            focusedLine().ifPresent(line -> vm.edit(new PositionsViewModel.Cell(item, line)));
        }
    }

    /** One column per line: our line, then each delegation and group shown (dozens, never per item). */
    private void rebuildColumns() {
        List<TableColumn<ItemRow, ?>> columns = new ArrayList<>();
        for (MatrixRow line : vm.getRows()) {
            TableColumn<ItemRow, ItemRow> col = new TableColumn<>();
            col.setUserData(line);
            col.setId("line-" + line.key());
            Label header = new Label(vm.columnTitle(line));
            headerTip.install(header, () -> vm.columnTooltip(line));
            col.setGraphic(header);
            boolean ourLine = line instanceof MatrixRow.OurLines;
            col.setPrefWidth(ourLine ? 200 : 125);
            col.getStyleClass().add(ourLine ? "our-line-column" : line.group() ? "group-column" : "delegation-column");
            col.setSortable(false);
            col.setReorderable(false);
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(c -> new StanceCell(vm, drawn, line, cellTip));
            columns.add(col);
        }
        table.getColumns().setAll(columns);
    }
}
