package org.parley.ui.scenarios;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.parley.model.Compromise;
import org.parley.model.Proposal;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DropGestures;
import org.parley.ui.common.Styles;
import org.parley.ui.common.Rows;

/**
 * What the selected scenario adopts: its proposals and compromises with their shares, edited in
 * place. A proposal dragged from the proposals pane and dropped here is adopted in full;
 * "Add proposal…" and "Add compromise…" do the same from the keyboard.
 */
public final class ItemsBox extends VBox {

    private final ScenariosViewModel viewModel;
    private final ScenarioActions actions;
    private final TableView<ItemRow> table = new TableView<>();
    private final TableColumn<ItemRow, String> share = new TableColumn<>("Share");

    ItemsBox(ScenariosViewModel viewModel) {
        super(4);
        this.viewModel = viewModel;
        this.actions = viewModel.actions();
        setPadding(new Insets(4, 4, 4, 4));
        Label title = new Label("WHAT IT ADOPTS");
        title.getStyleClass().add(Styles.PANE_TITLE);
        buildTable();
        Label message = new Label();
        message.setId("scenarios-message");
        message.getStyleClass().add("scenario-message");
        message.setWrapText(true);
        message.textProperty().bind(actions.messageProperty());
        getChildren().addAll(title, table, buttons(), message);
        VBox.setVgrow(table, Priority.ALWAYS);
        setMinWidth(220);
    }

    public TableView<ItemRow> table() {
        return table;
    }

    private void buildTable() {
        table.setId("scenario-items");
        Rows.oneLine(table);
        table.setItems(viewModel.getItems());
        table.setEditable(true);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(
                viewModel.selectedProperty().get() == null ? "Select or create a scenario"
                        : "Nothing adopted yet: drop a proposal here, or Add proposal…"), viewModel.selectedProperty()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ItemRow, ItemRow> number = TableCells.text("#", "item-number", 30, r -> String.valueOf(r.number()),
                null);
        number.setMaxWidth(40);
        share.setId("item-share");
        share.setPrefWidth(80);
        share.setMaxWidth(110);
        share.setSortable(false);
        share.setEditable(true);
        share.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().shareText()));
        share.setCellFactory(c -> new ShareCell(actions::setShare, actions::clearMessage));
        TableColumn<ItemRow, ItemRow> kind = TableCells.text("Kind", "item-kind", 90, ItemRow::kind, null);
        kind.setMaxWidth(110);
        table.getColumns().add(number);
        table.getColumns().add(share);
        table.getColumns().add(kind);
        table.getColumns().add(TableCells.text("What", "item-what", 300, ItemRow::what, ItemRow::what));
        table.setOnKeyPressed(e -> {
            ItemRow row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                table.edit(table.getSelectionModel().getSelectedIndex(), share);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.remove(row);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(row, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        table.setOnDragOver(this::dragOver);
        table.setOnDragExited(e -> table.pseudoClassStateChanged(DragFormats.DROP_TARGET, false));
        table.setOnDragDropped(this::dropped);
    }

    private FlowPane buttons() {
        Button addProposal = ScenariosPane.button("Add proposal…", "scenario-add-proposal",
                "Adopt a proposal (the same as dropping one from the proposals pane here)");
        addProposal.setOnAction(e -> ScenarioForms.add(getScene().getWindow(), "Proposal", actions.proposalsToAdd(),
                (Proposal p) -> actions.describe(p)).ifPresent(c -> actions.addProposal(c.value().id(), c.share())));
        Button addCompromise = ScenariosPane.button("Add compromise…", "scenario-add-compromise",
                "Adopt a compromise instead of the amendment it replaces");
        addCompromise.setOnAction(e -> ScenarioForms.add(getScene().getWindow(), "Compromise",
                actions.compromisesToAdd(), (Compromise k) -> actions.describe(k))
                .ifPresent(c -> actions.addCompromise(c.value().id(), c.share())));
        addProposal.disableProperty().bind(viewModel.selectedProperty().isNull());
        addCompromise.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button remove = ScenariosPane.button("Remove", "scenario-remove-item", "Take the item out of the scenario "
                + "(Delete key)");
        remove.setOnAction(e -> selected().ifPresent(actions::remove));
        Button up = ScenariosPane.button("Up", "scenario-item-up", "Move the item up (Alt+Up); of two compromises "
                + "on one amendment, the later one counts");
        up.setOnAction(e -> selected().ifPresent(r -> move(r, -1)));
        Button down = ScenariosPane.button("Down", "scenario-item-down", "Move the item down (Alt+Down)");
        down.setOnAction(e -> selected().ifPresent(r -> move(r, 1)));
        for (Button b : new Button[] {remove, up, down}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        return new FlowPane(4, 4, addProposal, addCompromise, remove, up, down);
    }

    private Optional<ItemRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void move(ItemRow row, int by) {
        int at = actions.move(row, by);
        table.getSelectionModel().select(at);
        table.requestFocus();
    }

    private Optional<Long> draggedProposal(DragEvent e) {
        try {
            return DragFormats.get(e.getDragboard(), DragFormats.PROPOSAL).map(s -> Long.parseLong(s.strip()));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private void dragOver(DragEvent e) {
        boolean ok = !DropGestures.cancelled() && draggedProposal(e).filter(actions::canDropProposal).isPresent();
        if (ok) {
            // Adopting a proposal leaves it where it is: a copy.
            e.acceptTransferModes(TransferMode.COPY);
        }
        table.pseudoClassStateChanged(DragFormats.DROP_TARGET, ok);
        e.consume();
    }

    private void dropped(DragEvent e) {
        table.pseudoClassStateChanged(DragFormats.DROP_TARGET, false);
        Optional<Long> proposal = draggedProposal(e).filter(p -> !DropGestures.cancelled() && actions.canDropProposal(p));
        e.setDropCompleted(proposal.isPresent());
        e.consume();
        // Adding may report a refusal in a dialog: only once the gesture has ended.
        proposal.ifPresent(p -> DropGestures.afterGesture(table, () -> actions.dropProposal(p)));
    }
}
