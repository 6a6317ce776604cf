package org.parley.ui.proposals;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parley.ui.common.Icons;
import org.parley.ui.common.KeyboardPaths;
import org.parley.ui.common.FigureCells;
import org.parley.ui.common.LazyTip;
import org.parley.ui.common.PaneHeader;
import org.parley.ui.common.Styles;
import org.parley.ui.common.Rows;

/**
 * The proposals pane: proposals grouped by delegation; below, the selected proposal's
 * amendments with what each would cut. With {@link ProposalEditing} it is also where proposals
 * and amendments are edited: context menus, keys, and drops. A refresh keeps the user's place:
 * the groups they closed stay closed, and the selection stays on the same proposal and
 * amendment (the view model keeps them by id).
 */
public final class ProposalsPane extends BorderPane {

    private final ProposalsViewModel viewModel;
    private final PaneHeader header;
    private final TreeTableView<ProposalRow> tree = new TreeTableView<>();
    private final TableView<AmendmentRow> amendments = new TableView<>();
    private final ListView<String> redline = new ListView<>();
    private final ProposalDrags drags;
    /** Every row the tree made (it makes a screenful and reuses them), to mark related ones in place. */
    private final java.util.List<TreeTableRow<ProposalRow>> treeRows = new java.util.ArrayList<>();
    private boolean rebuilding;

    /** A pane that shows, without editing. */
    public ProposalsPane(ProposalsViewModel viewModel) {
        this(viewModel, null);
    }

    /**
     * @param editing the editing gestures, or null for a pane that only shows
     */
    public ProposalsPane(ProposalsViewModel viewModel, ProposalEditing editing) {
        this.viewModel = viewModel;
        this.drags = editing == null ? null : new ProposalDrags(editing.amendments(), viewModel);
        getStyleClass().add("proposals-pane");
        header = new PaneHeader("PROPOSALS", "proposals-filter", "Filter delegations, proposals, targets",
                "Type part of a delegation, a proposal title or a mission code", viewModel.filterProperty());
        setTop(header);
        buildTree();
        KeyboardPaths.filterLeadsTo(header.filter(), tree); // Enter or Down: to the first result
        buildAmendments();
        Label amendmentsTitle = new Label("Amendments of the selected proposal");
        amendmentsTitle.getStyleClass().add("sub-title");
        VBox lower = new VBox(4, amendmentsTitle, amendments, redlineBox());
        VBox.setVgrow(amendments, Priority.ALWAYS);
        SplitPane split = new SplitPane(tree, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        viewModel.getGroups().addListener((ListChangeListener<ProposalRow.OfDelegation>) c -> rebuildRoot());
        // marks the rows in place: tree.refresh() would throw every row away and make it again
        viewModel.getRelatedProposalIds().addListener((SetChangeListener<Long>) c -> treeRows.forEach(this::markRelated));
        viewModel.selectedProposalIdProperty().addListener((obs, old, id) -> selectInTree(id));
        viewModel.selectedAmendmentIdProperty().addListener((obs, old, id) -> selectInTable(id));
        if (editing != null) {
            ProposalMenus menus = new ProposalMenus(editing, viewModel);
            menus.onTree(tree);
            menus.onTable(amendments);
        }
        rebuildRoot();
    }

    public TextField filterField() {
        return header.filter();
    }

    public TreeTableView<ProposalRow> tree() {
        return tree;
    }

    public TableView<AmendmentRow> amendmentsTable() {
        return amendments;
    }

    private void buildTree() {
        tree.setId("proposals-tree");
        Rows.oneLine(tree);
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No proposal matches the filter"));
        // the proposal and its status first: both in view at 1280x720
        TreeTableColumn<ProposalRow, String> name = treeColumn("Delegation / proposal", 198, ProposalRow::text);
        name.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ProposalRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Icons.showIn(this, row instanceof ProposalRow.OfDelegation ? Icons.DELEGATION
                        : row instanceof ProposalRow.OfProposal p ? (p.superseded() ? Icons.PROPOSAL_SUPERSEDED
                                : Icons.PROPOSAL) : null);
            }
        });
        tree.getColumns().add(name);
        tree.getColumns().add(treeColumn("Status", 84,
                r -> r instanceof ProposalRow.OfProposal p ? p.statusText() : ""));
        tree.getColumns().add(treeColumn("Tabled", 90, viewModel::tabledText));
        tree.getColumns().add(treeColumn("Amendments", 80,
                r -> r instanceof ProposalRow.OfProposal p ? p.amendmentCount() : ""));
        tree.setRowFactory(tv -> {
            TreeTableRow<ProposalRow> made = new TreeTableRow<>() {
                {
                    if (drags != null) {
                        drags.onProposalRow(this);
                    }
                }

                @Override
                protected void updateItem(ProposalRow row, boolean empty) {
                    super.updateItem(row, empty);
                    markRelated(this);
                    pseudoClassStateChanged(Styles.SUPERSEDED, !empty && row instanceof ProposalRow.OfProposal p
                            && p.superseded());
                    LazyTip.set(this, empty || row == null ? null : () -> viewModel.describe(row));
                }
            };
            treeRows.add(made);
            return made;
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding) {
                viewModel.selectRow(item == null ? null : item.getValue());
            }
        });
    }

    private void markRelated(TreeTableRow<ProposalRow> row) {
        ProposalRow item = row.getItem();
        row.pseudoClassStateChanged(Styles.RELATED, !row.isEmpty() && item instanceof ProposalRow.OfProposal p
                && viewModel.getRelatedProposalIds().contains(p.proposalId()));
    }

    /** The list of what the selected revision changed; shown only while a revision is selected. */
    public ListView<String> redlineList() {
        return redline;
    }

    private VBox redlineBox() {
        Label title = new Label();
        title.setId("redline-title");
        title.getStyleClass().add("sub-title");
        title.textProperty().bind(viewModel.redlineTitleProperty());
        redline.setId("redline");
        Rows.oneLine(redline);
        redline.setItems(viewModel.getRedline());
        redline.setPrefHeight(110);
        redline.setFocusTraversable(true);
        VBox box = new VBox(4, title, redline);
        box.visibleProperty().bind(viewModel.redlineTitleProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void buildAmendments() {
        amendments.setId("amendments-table");
        Rows.oneLine(amendments);
        amendments.setItems(viewModel.getAmendments());
        Label none = new Label();
        none.setId("amendments-placeholder");
        none.setWrapText(true);
        none.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.selectedProposalProperty().isNull())
                .then("Select a proposal to see its amendments")
                .otherwise("This proposal has no amendments yet: Proposal > Propose amendment on the selected row "
                        + "(Ctrl+Shift+A), or drag a budget line onto it"));
        amendments.setPlaceholder(none);
        amendments.setRowFactory(tv -> {
            TableRow<AmendmentRow> row = new TableRow<>();
            if (drags != null) {
                drags.onAmendmentRow(row);
            }
            return row;
        });
        amendments.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedAmendmentIdProperty().set(row == null ? null : row.amendmentId()));
        if (drags != null) {
            amendments.setTooltip(FigureCells.tooltip("Drag an amendment to reorder it, onto a proposal to move it "
                    + "(with Ctrl: copy). Enter edits, Delete deletes, Alt+Up/Down moves, Ctrl+D duplicates; "
                    + "right-click for more."));
        }
        // The key columns first, sized to fit the pane at 1280x720 (target, dollars, value); the rest follow.
        amendments.getColumns().add(column("#", 34, r -> String.valueOf(r.number())));
        amendments.getColumns().add(column("Target", 150, AmendmentRow::target));
        amendments.getColumns().add(column("Dollars", 84, AmendmentRow::dollars));
        amendments.getColumns().add(column("Value", 64, AmendmentRow::value));
        amendments.getColumns().add(column("Kind", 100, AmendmentRow::kind));
        amendments.getColumns().add(column("Posts", 50, AmendmentRow::posts));
        amendments.getColumns().add(column("Rationale", 180, AmendmentRow::rationale));
        amendments.getColumns().add(column("Source", 200, AmendmentRow::source));
    }

    private void rebuildRoot() {
        // Groups are open unless the user closed them; a group new to the tree opens.
        TreeItem<ProposalRow> old = tree.getRoot();
        Set<String> closed = new HashSet<>();
        if (old != null) {
            old.getChildren().stream().filter(i -> !i.isExpanded()).forEach(i -> closed.add(i.getValue().key()));
        }
        TreeItem<ProposalRow> root = new TreeItem<>();
        for (ProposalRow.OfDelegation group : viewModel.getGroups()) {
            TreeItem<ProposalRow> item = new TreeItem<>(group);
            for (ProposalRow.OfProposal p : viewModel.proposalsOf(group)) {
                item.getChildren().add(new TreeItem<>(p));
            }
            item.setExpanded(!closed.contains(group.key()));
            root.getChildren().add(item);
        }
        rebuilding = true;
        try {
            tree.setRoot(root);
            selectInTree(viewModel.selectedProposalIdProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    /** Selects a proposal's row (opening its group), or nothing. */
    private void selectInTree(Long proposalId) {
        TreeItem<ProposalRow> selected = tree.getSelectionModel().getSelectedItem();
        if (proposalId == null) {
            if (selected != null && selected.getValue() instanceof ProposalRow.OfProposal) {
                tree.getSelectionModel().clearSelection();
            }
            return;
        }
        String key = ProposalRow.proposalKey(proposalId);
        if (selected != null && key.equals(selected.getValue().key())) {
            return;
        }
        for (TreeItem<ProposalRow> group : tree.getRoot().getChildren()) {
            for (TreeItem<ProposalRow> item : group.getChildren()) {
                if (key.equals(item.getValue().key())) {
                    group.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    private void selectInTable(Long amendmentId) {
        AmendmentRow selected = amendments.getSelectionModel().getSelectedItem();
        if (amendmentId == null) {
            amendments.getSelectionModel().clearSelection();
            return;
        }
        if (selected != null && selected.amendmentId() == amendmentId) {
            return;
        }
        for (int i = 0; i < amendments.getItems().size(); i++) {
            if (amendments.getItems().get(i).amendmentId() == amendmentId) {
                amendments.getSelectionModel().clearAndSelect(i);
                amendments.getFocusModel().focus(i);
                return;
            }
        }
    }

    private static TreeTableColumn<ProposalRow, String> treeColumn(String title, double width,
                                                                  Function<ProposalRow, String> text) {
        TreeTableColumn<ProposalRow, String> col = new TreeTableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue() == null || f.getValue().getValue() == null ? "" : text.apply(f.getValue().getValue())));
        return col;
    }

    private static TableColumn<AmendmentRow, String> column(String title, double width,
                                                          Function<AmendmentRow, String> text) {
        TableColumn<AmendmentRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                AmendmentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                Styles.styleClass(this, Styles.ILLUSTRATIVE, row != null
                        && ("Dollars".equals(title) && row.impactIllustrative()
                        || "Source".equals(title) && row.sourceIllustrative()));
                LazyTip.set(this, empty || value == null || value.isEmpty() ? null
                        : () -> row != null && "Dollars".equals(title) && row.impactIllustrative()
                                ? value + "\nComputed from an illustrative figure" : value);
            }
        });
        return col;
    }
}
