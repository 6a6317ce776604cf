package org.parley.ui.missions;

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
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.parley.ui.common.AtRiskText;
import org.parley.ui.common.DropGestures;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.LazyTip;
import org.parley.ui.common.FigureText;
import org.parley.ui.common.PaneHeader;
import org.parley.ui.common.Styles;
import org.parley.ui.common.TreeMemory;

/**
 * The missions pane: every budget with its status, coordinator, baselines and the cuts each
 * delegation proposes, expandable to lines and posts. The view binds; the view model decides.
 * A budget line or post row can be dragged onto a proposal. A refresh keeps the user's place:
 * open rows, selection and scroll position.
 */
public final class MissionsPane extends BorderPane {

    private final MissionsViewModel viewModel;
    private final PaneHeader header;
    private final TreeTableView<MissionRow> table = new TreeTableView<>();
    private boolean rebuilding;
    private String shownFilter = "";

    public MissionsPane(MissionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("missions-pane");
        header = new PaneHeader("MISSIONS", "missions-filter", "Filter missions, lines, posts",
                "Type part of a code, name, coordinator, line or post title", viewModel.filterProperty());
        setTop(header);
        setCenter(table);
        buildTable();
        viewModel.getMissions().addListener((ListChangeListener<MissionRow>) c -> rebuildRoot());
        viewModel.getRelatedMissionIds().addListener((SetChangeListener<Long>) c -> table.refresh());
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
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No mission matches the filter"));

        TreeTableColumn<MissionRow, String> budget = textColumn("Budget", 235, MissionRow::label);
        budget.setCellFactory(col -> tooltipCell());
        TreeTableColumn<MissionRow, String> status = textColumn("Status", 56, MissionRow::statusText);
        TreeTableColumn<MissionRow, String> cuts = textColumn("Proposed cuts", 230, viewModel::cutsText);
        cuts.setCellFactory(col -> cutsCell());
        TreeTableColumn<MissionRow, String> coordinator = textColumn("Coordinator", 110, MissionRow::coordinatorText);
        TreeTableColumn<MissionRow, String> name = textColumn("Name", 320, MissionRow::nameText);
        name.setCellFactory(col -> tooltipCell());
        table.getColumns().add(budget);
        table.getColumns().add(status);
        table.getColumns().add(cuts);
        for (FigureColumn c : FigureColumn.values()) {
            table.getColumns().add(figureColumn(c));
        }
        table.getColumns().add(coordinator);
        table.getColumns().add(name);

        table.setRowFactory(tv -> new TreeTableRow<>() {
            {
                setOnDragDetected(e -> startDrag(this, e));
            }

            @Override
            protected void updateItem(MissionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(Styles.RELATED, !empty && row != null
                        && viewModel.getRelatedMissionIds().contains(row.missionId()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                viewModel.selectedRowProperty().set(item == null ? null : item.getValue());
            }
        });
    }

    private MissionRow selectedRow() {
        TreeItem<MissionRow> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** A line or post row dragged onto a proposal becomes an amendment on it; the dragboard carries its ids. */
    private void startDrag(TreeTableRow<MissionRow> row, MouseEvent e) {
        MissionRow item = row.getItem();
        if (row.isEmpty() || item == null || !viewModel.canProposeAmendment(item)) {
            return;
        }
        Dragboard board = DropGestures.startDrag(row, e, TransferMode.COPY);
        MissionDrags.put(board, viewModel, item);
        e.consume();
    }

    /**
     * Rebuilds the tree from the view model. Rows that were expanded stay expanded and the selected
     * row stays selected (by ids), so editing a post does not fold the tree under the user.
     */
    private void rebuildRoot() {
        TreeItem<MissionRow> old = table.getRoot();
        Set<Object> open = old == null ? Set.of() : TreeMemory.expandedKeys(old, MissionsViewModel::keyOf);
        MissionRow selected = selectedRow();
        String filterText = viewModel.filterProperty().get();
        boolean sameFilter = filterText.equals(shownFilter);
        int firstRow = sameFilter ? TreeMemory.firstVisibleRow(table) : -1;
        shownFilter = filterText;
        TreeItem<MissionRow> root = new TreeItem<>();
        boolean filtering = !filterText.isBlank();
        for (MissionRow row : viewModel.getMissions()) {
            MissionTreeItem item = new MissionTreeItem(row, viewModel);
            item.setExpanded(filtering);
            root.getChildren().add(item);
        }
        rebuilding = true;
        try {
            table.setRoot(root);
            TreeMemory.expand(root, open, MissionsViewModel::keyOf);
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

    private static TreeTableColumn<MissionRow, FigureText> figureColumn(FigureColumn column) {
        TreeTableColumn<MissionRow, FigureText> col = new TreeTableColumn<>(column.title());
        col.setPrefWidth(78);
        col.getStyleClass().add("money-column");
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue() == null || f.getValue().getValue() == null ? null
                        : f.getValue().getValue().figureText(column)));
        col.setCellFactory(c -> FigureCells.treeTableCell());
        return col;
    }

    /** Cuts computed from illustrative figures are illustrative too: italic, asterisk, tooltip. */
    private TreeTableCell<MissionRow, String> cutsCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove(Styles.ILLUSTRATIVE);
                MissionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || text == null || text.isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean illustrative = viewModel.cutsIllustrative(row);
                setText(illustrative ? text + Styles.ILLUSTRATIVE_MARK : text);
                if (illustrative) {
                    getStyleClass().add(Styles.ILLUSTRATIVE);
                }
                LazyTip.set(this, () -> text.replace(" · ", "\n") + (illustrative
                        ? "\nComputed from illustrative figures: an order of magnitude, not a fact." : "")
                        + (text.contains(AtRiskText.MARK) ? "\n\n" + AtRiskText.NOTE : ""));
            }
        };
    }

    private static TreeTableCell<MissionRow, String> tooltipCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                LazyTip.set(this, empty || text == null || text.isEmpty() ? null : () -> text.replace(" · ", "\n"));
                // The code column names the mission in full on hover.
                if (!empty && getTableRow() != null && getTableRow().getItem() instanceof MissionRow.OfMission m
                        && getTableColumn().getText().equals("Budget")) {
                    LazyTip.set(this, m::missionName);
                }
            }
        };
    }
}
