package org.parley.ui.positions;

import java.util.Optional;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;

import org.parley.model.DelegationKind;
import org.parley.model.Proposal;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DropGestures;

/**
 * Drag and drop for the positions matrix: a delegation's row takes an amendment or a proposal
 * (highlighted while one is over it; refused anywhere else), and the proposals tree's rows can
 * be dragged as proposals. The view model decides what a drop means.
 */
public final class PositionDrops {

    static final PseudoClass OUR_LINE = PseudoClass.getPseudoClass("our-line");
    static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    /** What a dragboard carries that the matrix understands. */
    record Dropped(PositionsViewModel.DropKind kind, long id) {
    }

    private PositionDrops() {
    }

    /** A matrix row: marked as our line or a group, and a drop target when it is a delegation. */
    static TableRow<MatrixRow> row(PositionsViewModel vm) {
        TableRow<MatrixRow> row = new TableRow<>() {
            @Override
            protected void updateItem(MatrixRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OUR_LINE, !empty && item instanceof MatrixRow.OurLines);
                pseudoClassStateChanged(GROUP, !empty && item instanceof MatrixRow.OfDelegation d
                        && d.delegation().kind() == DelegationKind.GROUP);
            }
        };
        row.setOnDragOver(e -> {
            // Recording a stance changes nothing about what is dragged: always a copy.
            boolean ok = acceptable(vm, row, e).isPresent();
            if (ok) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            DropGestures.mark(row, ok ? TransferMode.COPY : null);
            e.consume();
        });
        row.setOnDragEntered(e -> row.pseudoClassStateChanged(DragFormats.DROP_TARGET,
                acceptable(vm, row, e).isPresent()));
        row.setOnDragExited(e -> {
            row.pseudoClassStateChanged(DragFormats.DROP_TARGET, false);
            DropGestures.mark(row, null);
        });
        row.setOnDragDropped(e -> {
            Optional<Dropped> dropped = acceptable(vm, row, e);
            MatrixRow target = row.getItem();
            e.setDropCompleted(dropped.isPresent());
            e.consume();
            row.pseudoClassStateChanged(DragFormats.DROP_TARGET, false);
            DropGestures.mark(row, null);
            // Ask for the stance once the drag-and-drop gesture has ended, not inside it.
            dropped.ifPresent(d -> DropGestures.afterGesture(row, () -> vm.drop(d.kind(), d.id(), target)));
        });
        return row;
    }

    private static Optional<Dropped> acceptable(PositionsViewModel vm, TableRow<MatrixRow> row, DragEvent e) {
        if (row.isEmpty() || row.getItem() == null || DropGestures.cancelled()) {
            return Optional.empty();
        }
        return read(e.getDragboard()).filter(d -> vm.canDrop(d.kind(), d.id(), row.getItem()));
    }

    static Optional<Dropped> read(Dragboard board) {
        Optional<Dropped> amendment = id(board, DragFormats.AMENDMENT)
                .map(id -> new Dropped(PositionsViewModel.DropKind.AMENDMENT, id));
        return amendment.isPresent() ? amendment : id(board, DragFormats.PROPOSAL)
                .map(id -> new Dropped(PositionsViewModel.DropKind.PROPOSAL, id));
    }

    private static Optional<Long> id(Dragboard board, DataFormat format) {
        try {
            return DragFormats.get(board, format).map(s -> Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Lets the rows of a proposals tree be dragged as proposals (ids only). Works from the tree,
     * not its row factory, so the tree's own rows keep their looks; a drag another handler has
     * started already is left alone.
     *
     * @param proposalOf the proposal a row stands for, if any
     */
    public static <T> void dragProposalsFrom(TreeTableView<T> tree, Function<T, Optional<Proposal>> proposalOf) {
        tree.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.isConsumed()) {
                return;
            }
            // The target is where the button went down; the pick result is where the pointer is now,
            // which after the few pixels a drag needs may already be the next row.
            TreeTableRow<?> row = e.getTarget() instanceof Node n ? rowUnder(n) : null;
            if (row == null || row.isEmpty() || row.getItem() == null) {
                return;
            }
            @SuppressWarnings("unchecked")
            Optional<Proposal> p = proposalOf.apply((T) row.getItem());
            p.ifPresent(proposal -> {
                Dragboard board = DropGestures.startDrag(row, e, TransferMode.COPY);
                DragFormats.put(board, DragFormats.PROPOSAL, String.valueOf(proposal.id()), proposal.title());
                e.consume();
            });
        });
    }

    private static TreeTableRow<?> rowUnder(Node node) {
        Node n = node;
        while (n != null && !(n instanceof TreeTableRow<?>)) {
            n = n.getParent();
        }
        return (TreeTableRow<?>) n;
    }
}
