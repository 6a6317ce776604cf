package org.parley.ui.missions;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.parley.ui.common.Icons;
import org.parley.ui.common.KeyboardPaths;
import org.parley.ui.common.AtRiskText;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DropGestures;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.LazyTip;
import org.parley.ui.common.FigureText;
import org.parley.ui.common.PaneHeader;
import org.parley.ui.common.Styles;
import org.parley.ui.common.TreeMemory;
import org.parley.ui.common.Rows;

/**
 * The missions pane: every budget with its status, coordinator, baselines and the cuts each
 * delegation proposes, expandable to lines and posts. The view binds; the view model decides.
 * A mission, budget line or post row can be dragged onto a proposal, and a proposal dropped on
 * one of them (decision 0025). A refresh keeps the user's place:
 * open rows, selection and scroll position.
 */
public final class MissionsPane extends BorderPane {

    private final MissionsViewModel viewModel;
    private final PaneHeader header;
    private final TreeTableView<MissionRow> table = new TreeTableView<>();
    private boolean rebuilding;
    /** Every row the table made (it makes a screenful and reuses them), to mark related ones in place. */
    private final List<TreeTableRow<MissionRow>> rows = new java.util.ArrayList<>();
    private String shownFilter = "";
    /** The rows the user had opened when a filter was typed, opened again when it is cleared. */
    private Set<Object> openBeforeFilter = Set.of();

    public MissionsPane(MissionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("missions-pane");
        header = new PaneHeader("MISSIONS", "missions-filter", "Filter missions, lines, posts",
                "Type part of a code, name, coordinator, line or post title", viewModel.filterProperty());
        setTop(header);
        setCenter(table);
        buildTable();
        KeyboardPaths.filterLeadsTo(header.filter(), table); // Enter or Down: to the first result
        viewModel.getMissions().addListener((ListChangeListener<MissionRow>) c -> rebuildRoot());
        // marks the rows in place: table.refresh() would throw every row away and make it again
        viewModel.getRelatedMissionIds().addListener((SetChangeListener<Long>) c -> rows.forEach(this::markRelated));
        // The desk's "now" passed a figure's "known from": that cell no longer reads "not yet known"
        // (rare: a whole refresh is fine here).
        viewModel.knownChangesProperty().addListener((o, was, is) -> table.refresh());
        rebuildRoot();
    }

    public TextField filterField() {
        return header.filter();
    }

    public TreeTableView<MissionRow> table() {
        return table;
    }

    private void buildTable() {
        table.setId("missions-table");
        Rows.oneLine(table);
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No mission matches the filter"));

        TreeTableColumn<MissionRow, String> budget = textColumn("Budget", 230, MissionRow::label);
        budget.setCellFactory(col -> tooltipCell());
        TreeTableColumn<MissionRow, String> status = textColumn("Status", 56, MissionRow::statusText);
        TreeTableColumn<MissionRow, String> cuts = new TreeTableColumn<>("Proposed cuts");
        cuts.setPrefWidth(220);
        cuts.setCellValueFactory(f -> f.getValue() == null || f.getValue().getValue() == null
                ? new ReadOnlyStringWrapper("") : viewModel.cutsTextProperty(f.getValue().getValue()));
        cuts.setCellFactory(col -> cutsCell());
        TreeTableColumn<MissionRow, String> coordinator = textColumn("Coordinator", 110, MissionRow::coordinatorText);
        TreeTableColumn<MissionRow, String> name = textColumn("Name", 320, MissionRow::nameText);
        name.setCellFactory(col -> tooltipCell());
        table.getColumns().add(budget);
        table.getColumns().add(status);
        table.getColumns().add(cuts);
        for (FigureColumn c : FigureColumn.values()) {
            table.getColumns().add(figureColumn(c, viewModel));
        }
        table.getColumns().add(coordinator);
        table.getColumns().add(name);

        table.setRowFactory(tv -> {
            TreeTableRow<MissionRow> made = new TreeTableRow<>() {
                {
                    setOnDragDetected(e -> startDrag(this, e));
                    setOnDragOver(e -> proposalOver(this, e));
                    setOnDragExited(e -> unmark(this));
                    setOnDragDropped(e -> proposalDropped(this, e));
                }

                @Override
                protected void updateItem(MissionRow row, boolean empty) {
                    super.updateItem(row, empty);
                    markRelated(this);
                }
            };
            rows.add(made);
            return made;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                viewModel.selectedRowProperty().set(item == null ? null : item.getValue());
            }
        });
    }

    private void markRelated(TreeTableRow<MissionRow> row) {
        MissionRow item = row.getItem();
        row.pseudoClassStateChanged(Styles.RELATED, !row.isEmpty() && item != null
                && viewModel.getRelatedMissionIds().contains(item.missionId()));
    }

    private MissionRow selectedRow() {
        TreeItem<MissionRow> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** A mission, line or post row dragged onto a proposal becomes an amendment on it; the dragboard carries its ids. */
    private void startDrag(TreeTableRow<MissionRow> row, MouseEvent e) {
        MissionRow item = row.getItem();
        if (row.isEmpty() || item == null || !viewModel.canProposeAmendment(item)) {
            return;
        }
        Dragboard board = DropGestures.startDrag(row, e, TransferMode.COPY);
        MissionDrags.put(board, viewModel, item);
        e.consume();
    }

    /** A proposal dragged over a mission, line or post row: it may become an amendment aimed at the row. */
    private void proposalOver(TreeTableRow<MissionRow> row, DragEvent e) {
        boolean allowed = takes(row, e.getDragboard());
        if (allowed) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        row.pseudoClassStateChanged(DragFormats.DROP_TARGET, allowed);
        DropGestures.mark(row, allowed ? TransferMode.COPY : null);
        e.consume();
    }

    private void proposalDropped(TreeTableRow<MissionRow> row, DragEvent e) {
        unmark(row);
        boolean allowed = takes(row, e.getDragboard());
        MissionRow item = row.getItem();
        Long proposal = allowed ? MissionDrags.proposal(e.getDragboard()).orElse(null) : null;
        e.setDropCompleted(allowed);
        e.consume();
        if (allowed) {
            // the amendment form is a modal dialog: opened once the gesture has ended (see ProposalDrags)
            DropGestures.afterGesture(row, () -> viewModel.proposeAmendmentInto(item, proposal));
        }
    }

    private boolean takes(TreeTableRow<MissionRow> row, Dragboard board) {
        MissionRow item = row.getItem();
        return !row.isEmpty() && item != null && DropGestures.intended() != null
                && MissionDrags.proposal(board).map(id -> viewModel.canTakeProposal(item, id)).orElse(false);
    }

    private static void unmark(TreeTableRow<MissionRow> row) {
        row.pseudoClassStateChanged(DragFormats.DROP_TARGET, false);
        DropGestures.mark(row, null);
    }

    /**
     * Rebuilds the tree from the view model. Rows that were expanded stay expanded and the selected
     * row stays selected (by ids), so editing a post does not fold the tree under the user.
     */
    private void rebuildRoot() {
        TreeItem<MissionRow> old = table.getRoot();
        if (old != null && viewModel.filterProperty().get().equals(shownFilter) && sameMissions(old)) {
            updateInPlace(old);
            return;
        }
        viewModel.forgetShownCuts();
        Set<Object> open = old == null ? Set.of() : TreeMemory.expandedKeys(old, MissionsViewModel::keyOf);
        MissionRow selected = selectedRow();
        String filterText = viewModel.filterProperty().get();
        boolean sameFilter = filterText.equals(shownFilter);
        int firstRow = sameFilter ? TreeMemory.firstVisibleRow(table) : -1;
        boolean wasFiltering = !shownFilter.isBlank();
        boolean filtering = !filterText.isBlank();
        if (!wasFiltering) {
            openBeforeFilter = open; // what the user opened, not what a filter opened to show its matches
        } else if (!filtering) {
            open = openBeforeFilter; // the filter cleared: the tree as the user left it
        }
        shownFilter = filterText;
        TreeItem<MissionRow> root = new TreeItem<>();
        for (MissionRow row : viewModel.getMissions()) {
            MissionTreeItem item = new MissionTreeItem(row, viewModel);
            item.setExpanded(filtering);
            root.getChildren().add(item);
        }
        // opened before the table has it: opening items of a shown tree makes the table look each
        // one's row up (linear), and reopening hundreds of them froze the desk for ~15 s at 100x
        TreeMemory.expand(root, open, MissionsViewModel::keyOf);
        rebuilding = true;
        try {
            table.setRoot(root);
            TreeMemory.find(root, selected == null ? null : MissionsViewModel.keyOf(selected), MissionsViewModel::keyOf)
                    .ifPresent(i -> table.getSelectionModel().select(i));
            if (firstRow >= 0) {
                table.scrollTo(firstRow);
            }
        } finally {
            rebuilding = false;
        }
        viewModel.selectedRowProperty().set(selectedRow());
    }

    /** Whether the tree shows the view model's missions, in its order (the same mission ids). */
    private boolean sameMissions(TreeItem<MissionRow> root) {
        List<MissionRow> now = viewModel.getMissions();
        List<TreeItem<MissionRow>> shown = root.getChildren();
        if (now.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).missionId() != shown.get(i).getValue().missionId()) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a gesture that kept the missions and their order: a mission whose figures changed gets a
     * tree item of its own again (its expanded lines and posts kept open, the selection kept); the
     * others stay as they are, their cuts texts following the view model. The table then updates the
     * rows it shows instead of making them all again.
     */
    private void updateInPlace(TreeItem<MissionRow> root) {
        List<MissionRow> now = viewModel.getMissions();
        MissionRow selected = selectedRow();
        Object selectedKey = selected == null ? null : MissionsViewModel.keyOf(selected);
        boolean filtering = !viewModel.filterProperty().get().isBlank();
        rebuilding = true;
        try {
            boolean selectionReplaced = false;
            for (int i = 0; i < now.size(); i++) {
                TreeItem<MissionRow> item = root.getChildren().get(i);
                MissionRow row = now.get(i);
                if (item.getValue().mission() == row.mission()) {
                    continue; // the same mission object: nothing of it changed but its cuts
                }
                Set<Object> open = item.isExpanded() ? TreeMemory.expandedKeys(item, MissionsViewModel::keyOf) : Set.of();
                if (selectedKey != null && (selectedKey.equals(MissionsViewModel.keyOf(item.getValue()))
                        || TreeMemory.find(item, selectedKey, MissionsViewModel::keyOf).isPresent())) {
                    selectionReplaced = true;
                }
                MissionTreeItem fresh = new MissionTreeItem(row, viewModel);
                fresh.setExpanded(filtering || item.isExpanded());
                TreeMemory.expand(fresh, open, MissionsViewModel::keyOf); // before it is in the shown tree
                root.getChildren().set(i, fresh);
            }
            if (selectionReplaced) {
                TreeMemory.find(root, selectedKey, MissionsViewModel::keyOf)
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        } finally {
            rebuilding = false;
        }
        viewModel.selectedRowProperty().set(selectedRow());
    }

    /** Selects the row of a mission (by its id), e.g. when a link elsewhere names it. */
    public void select(long missionId) {
        for (TreeItem<MissionRow> item : table.getRoot().getChildren()) {
            if (item.getValue().missionId() == missionId) {
                table.getSelectionModel().select(item);
                table.scrollTo(table.getRow(item));
                return;
            }
        }
    }

    private static TreeTableColumn<MissionRow, String> textColumn(
            String title, double width, java.util.function.Function<MissionRow, String> text) {
        TreeTableColumn<MissionRow, String> col = new TreeTableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue() == null || f.getValue().getValue() == null ? "" : text.apply(f.getValue().getValue())));
        return col;
    }

    private static TreeTableColumn<MissionRow, FigureText> figureColumn(FigureColumn column, MissionsViewModel vm) {
        TreeTableColumn<MissionRow, FigureText> col = new TreeTableColumn<>(column.title());
        col.setPrefWidth(78);
        col.getStyleClass().add("money-column");
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue() == null || f.getValue().getValue() == null ? null
                        : vm.figureText(f.getValue().getValue(), column)));
        col.setCellFactory(c -> FigureCells.treeTableCell());
        return col;
    }

    /** Cuts computed from illustrative figures are illustrative too: italic, asterisk, tooltip. */
    private TreeTableCell<MissionRow, String> cutsCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                MissionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || text == null || text.isEmpty()) {
                    Styles.styleClass(this, Styles.ILLUSTRATIVE, false);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean illustrative = viewModel.cutsIllustrative(row);
                setText(illustrative ? text + Styles.ILLUSTRATIVE_MARK : text);
                Styles.styleClass(this, Styles.ILLUSTRATIVE, illustrative);
                LazyTip.set(this, () -> text.replace(" · ", "\n") + "\n" + viewModel.measuredFromText(row) + (illustrative
                        ? "\nComputed from illustrative figures: an order of magnitude, not a fact." : "")
                        + (text.contains(AtRiskText.MARK) ? "\n\n" + AtRiskText.NOTE : ""));
            }
        };
    }

    /** What kind of row it is, as an icon: a mission, a budget line or a post. */
    private static String iconOf(MissionRow row) {
        if (row instanceof MissionRow.OfMission) {
            return Icons.MISSION;
        }
        if (row instanceof MissionRow.OfLine) {
            return Icons.BUDGET_LINE;
        }
        return row instanceof MissionRow.OfPost ? Icons.POST : null;
    }

    private static TreeTableCell<MissionRow, String> tooltipCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                LazyTip.set(this, empty || text == null || text.isEmpty() ? null : () -> text.replace(" · ", "\n"));
                if (getTableColumn().getText().equals("Budget")) {
                    MissionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    Icons.showIn(this, iconOf(row));
                    // The code column names the mission in full on hover.
                    if (row instanceof MissionRow.OfMission m) {
                        LazyTip.set(this, m::missionName);
                    }
                }
            }
        };
    }
}
