package org.parley.ui.missions;

import java.util.HashSet;
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
import javafx.scene.layout.BorderPane;
import org.parley.model.Baseline;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.PaneHeader;
import org.parley.ui.common.Styles;

/**
 * The missions pane: every budget with its status, coordinator, baselines and the cuts each
 * delegation proposes, expandable to lines and posts. The view binds; the view model decides.
 */
public final class MissionsPane extends BorderPane {

    private final MissionsViewModel viewModel;
    private final PaneHeader header;
    private final TreeTableView<MissionRow> table = new TreeTableView<>();

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
        TreeTableColumn<MissionRow, String> status = textColumn("Status", 56,
                r -> r instanceof MissionRow.OfMission m ? m.mission().status().label() : "");
        TreeTableColumn<MissionRow, String> cuts = textColumn("Proposed cuts", 230, viewModel::cutsText);
        cuts.setCellFactory(col -> cutsCell());
        TreeTableColumn<MissionRow, String> coordinator = textColumn("Coordinator", 110,
                r -> r instanceof MissionRow.OfMission m ? m.mission().coordinator() : "");
        TreeTableColumn<MissionRow, String> name = textColumn("Name", 320, r -> r instanceof MissionRow.OfMission m
                ? m.mission().name() + (m.mission().location().isEmpty() ? "" : " — " + m.mission().location())
                : r instanceof MissionRow.OfLine l ? l.line().category().label()
                : ((MissionRow.OfPost) r).post().status().label());
        name.setCellFactory(col -> tooltipCell());
        table.getColumns().add(budget);
        table.getColumns().add(status);
        table.getColumns().add(cuts);
        for (Baseline b : new Baseline[] {Baseline.PRIOR_APPROVED, Baseline.SG_PROPOSED,
                Baseline.ACABQ_RECOMMENDED, Baseline.CURRENT}) {
            table.getColumns().add(figureColumn(b));
        }
        table.getColumns().add(coordinator);
        table.getColumns().add(name);

        table.setRowFactory(tv -> new TreeTableRow<>() {
            @Override
            protected void updateItem(MissionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(Styles.RELATED, !empty && row != null
                        && viewModel.getRelatedMissionIds().contains(row.mission().id()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.selectedRowProperty().set(item == null ? null : item.getValue()));
    }

    /**
     * Rebuilds the tree from the view model. Rows that were expanded stay expanded and the selected
     * row stays selected (by ids), so editing a post does not fold the tree under the user.
     */
    private void rebuildRoot() {
        Set<List<Long>> expanded = new HashSet<>();
        collectExpanded(table.getRoot(), expanded);
        TreeItem<MissionRow> selected = table.getSelectionModel().getSelectedItem();
        List<Long> selectedKey = selected == null || selected.getValue() == null ? null : key(selected.getValue());
        TreeItem<MissionRow> root = new TreeItem<>();
        boolean filtering = !viewModel.filterProperty().get().isBlank();
        for (MissionRow row : viewModel.getMissions()) {
            MissionTreeItem item = new MissionTreeItem(row, viewModel);
            item.setExpanded(filtering);
            root.getChildren().add(item);
        }
        table.setRoot(root);
        TreeItem<MissionRow> reselect = restore(root, expanded, selectedKey);
        if (reselect != null) {
            table.getSelectionModel().select(reselect);
        }
    }

    private static void collectExpanded(TreeItem<MissionRow> item, Set<List<Long>> keys) {
        if (item == null) {
            return;
        }
        // Only items whose children were ever asked for can be expanded; do not load the rest.
        if (item.getValue() != null && item.isExpanded()) {
            keys.add(key(item.getValue()));
        }
        if (item.getValue() == null || item.isExpanded()) {
            item.getChildren().forEach(c -> collectExpanded(c, keys));
        }
    }

    /** Expands what was expanded below {@code item}; returns the item whose key is {@code selected}. */
    private static TreeItem<MissionRow> restore(TreeItem<MissionRow> item, Set<List<Long>> expanded, List<Long> selected) {
        TreeItem<MissionRow> found = item.getValue() != null && key(item.getValue()).equals(selected) ? item : null;
        if (item.getValue() != null && expanded.contains(key(item.getValue()))) {
            item.setExpanded(true);
        }
        if (item.isExpanded() || item.getValue() == null || (selected != null && isAncestor(item.getValue(), selected))) {
            for (TreeItem<MissionRow> child : item.getChildren()) {
                TreeItem<MissionRow> f = restore(child, expanded, selected);
                found = found == null ? f : found;
            }
        }
        return found;
    }

    private static boolean isAncestor(MissionRow row, List<Long> key) {
        List<Long> mine = key(row);
        return mine.size() < key.size() && key.subList(0, mine.size()).equals(mine);
    }

    /** A row's identity across rebuilds: its mission's id, then its line's, then its post's. */
    private static List<Long> key(MissionRow row) {
        if (row instanceof MissionRow.OfPost p) {
            return List.of(p.mission().id(), p.line().id(), p.post().id());
        }
        if (row instanceof MissionRow.OfLine l) {
            return List.of(l.mission().id(), l.line().id());
        }
        return List.of(row.mission().id());
    }

    /** Selects the row of a mission, e.g. when a link elsewhere names it. */
    public void select(Mission mission) {
        for (TreeItem<MissionRow> item : table.getRoot().getChildren()) {
            if (item.getValue().mission().id() == mission.id()) {
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

    private static TreeTableColumn<MissionRow, Figure> figureColumn(Baseline baseline) {
        TreeTableColumn<MissionRow, Figure> col = new TreeTableColumn<>(shortLabel(baseline));
        col.setPrefWidth(78);
        col.getStyleClass().add("money-column");
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue() == null || f.getValue().getValue() == null ? null
                        : f.getValue().getValue().figure(baseline).orElse(null)));
        col.setCellFactory(c -> FigureCells.treeTableCell());
        return col;
    }

    private static String shortLabel(Baseline b) {
        return switch (b) {
            case PRIOR_APPROVED -> "Prior";
            case SG_PROPOSED -> "SG";
            case ACABQ_RECOMMENDED -> "ACABQ";
            case CURRENT -> "Current";
            case FINAL -> "Final";
        };
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
                String tip = text.replace(" · ", "\n");
                if (illustrative) {
                    getStyleClass().add(Styles.ILLUSTRATIVE);
                    tip += "\nComputed from illustrative figures: an order of magnitude, not a fact.";
                }
                setTooltip(FigureCells.tooltip(tip));
            }
        };
    }

    private static TreeTableCell<MissionRow, String> tooltipCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null
                        : FigureCells.tooltip(text.replace(" · ", "\n")));
                // The code column names the mission in full on hover.
                if (!empty && getTableRow() != null && getTableRow().getItem() instanceof MissionRow.OfMission m
                        && getTableColumn().getText().equals("Budget")) {
                    setTooltip(FigureCells.tooltip(m.mission().name()));
                }
            }
        };
    }
}
