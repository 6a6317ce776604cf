package org.parley.ui.proposals;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import org.parley.model.Proposal;

/**
 * The menu and keyboard paths of the proposal gestures in the proposals pane: context menus on
 * the proposals tree and the amendments table, and their keys (Enter, F2 or a double click
 * edits, Delete deletes, Ctrl+D duplicates, Alt+Up/Down moves an amendment; Ctrl+Shift+R, which
 * revises, is the window's Proposal menu's). The keys are handled by the
 * control that has the focus, not as window-wide accelerators, so Delete in a text field still
 * deletes text. Each item names its key, since context-menu accelerators would become
 * window-wide.
 */
final class ProposalMenus {

    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final ProposalEditing editing;
    private final AmendmentEditing amendments;
    private final ProposalsViewModel viewModel;

    ProposalMenus(ProposalEditing editing, ProposalsViewModel viewModel) {
        this.editing = editing;
        this.amendments = editing.amendments();
        this.viewModel = viewModel;
    }

    void onTree(TreeTableView<ProposalRow> tree) {
        MenuItem add = item("proposal-new", "New proposal… (Ctrl+Shift+N)", editing::newProposal);
        MenuItem edit = onProposal("proposal-edit", "Edit proposal… (Enter)", editing::edit);
        MenuItem duplicate = onProposal("proposal-duplicate", "Duplicate proposal (Ctrl+D)", editing::duplicate);
        // Its key is the window's (Proposal > Revise proposal…), as for New proposal.
        MenuItem revise = onProposal("proposal-revise", "Revise proposal… (Ctrl+Shift+R)", editing::revise);
        MenuItem delete = onProposal("proposal-delete", "Delete proposal… (Delete)", editing::delete);
        ContextMenu menu = new ContextMenu(add, new SeparatorMenuItem(), edit, duplicate, revise, delete);
        menu.setOnShowing(e -> {
            boolean none = selectedProposal().isEmpty();
            edit.setDisable(none);
            duplicate.setDisable(none);
            revise.setDisable(none || viewModel.selectedIsSuperseded());
            delete.setDisable(none);
        });
        tree.setContextMenu(menu);
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selectedProposal().ifPresent(editing::edit);
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> selectedProposal().ifPresent(id -> {
            if (isEdit(e)) {
                editing.edit(id);
            } else if (isDelete(e)) {
                editing.delete(id);
            } else if (DUPLICATE.match(e)) {
                editing.duplicate(id);
            } else {
                return;
            }
            e.consume();
        }));
    }

    void onTable(TableView<AmendmentRow> table) {
        MenuItem edit = onAmendment("amendment-edit", "Edit amendment… (Enter)", amendments::edit);
        MenuItem duplicate = onAmendment("amendment-duplicate", "Duplicate amendment (Ctrl+D)",
                amendments::duplicate);
        MenuItem up = onAmendment("amendment-up", "Move up (Alt+Up)", id -> amendments.moveBy(id, -1));
        MenuItem down = onAmendment("amendment-down", "Move down (Alt+Down)", id -> amendments.moveBy(id, 1));
        MenuItem move = onAmendment("amendment-move", "Move to proposal…", id -> amendments.transfer(id, false));
        MenuItem copy = onAmendment("amendment-copy", "Copy to proposal…", id -> amendments.transfer(id, true));
        MenuItem delete = onAmendment("amendment-delete", "Delete amendment… (Delete)", amendments::delete);
        ContextMenu menu = new ContextMenu(edit, duplicate, new SeparatorMenuItem(), up, down, move, copy,
                new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(selectedAmendment().isEmpty())));
        table.setContextMenu(menu);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selectedAmendment().ifPresent(amendments::edit);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> selectedAmendment().ifPresent(id -> {
            if (isEdit(e)) {
                amendments.edit(id);
            } else if (isDelete(e)) {
                amendments.delete(id);
            } else if (DUPLICATE.match(e)) {
                amendments.duplicate(id);
            } else if (UP.match(e)) {
                amendments.moveBy(id, -1);
            } else if (DOWN.match(e)) {
                amendments.moveBy(id, 1);
            } else {
                return;
            }
            e.consume();
        }));
    }

    private MenuItem onProposal(String id, String text, Consumer<Long> action) {
        return item(id, text, () -> selectedProposal().ifPresent(action));
    }

    private MenuItem onAmendment(String id, String text, Consumer<Long> action) {
        return item(id, text, () -> selectedAmendment().ifPresent(action));
    }

    private Optional<Long> selectedAmendment() {
        return Optional.ofNullable(viewModel.selectedAmendmentIdProperty().get());
    }

    private Optional<Long> selectedProposal() {
        return Optional.ofNullable(viewModel.selectedProposalProperty().get()).map(Proposal::id);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static boolean isEdit(KeyEvent e) {
        return (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && !e.isShortcutDown() && !e.isAltDown();
    }

    private static boolean isDelete(KeyEvent e) {
        return e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
    }
}
