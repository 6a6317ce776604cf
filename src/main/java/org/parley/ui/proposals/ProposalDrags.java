package org.parley.ui.proposals;

import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DragIds;
import org.parley.ui.common.DropGestures;

/**
 * The drag-and-drop gestures of the proposals pane: amendments are dragged from their table;
 * proposals rows and amendment rows take drops. This class reads the dragboard, marks where a
 * drop would land and passes the drop on; {@link AmendmentEditing} judges and performs it.
 * Where it says no, no transfer mode is accepted, so the cursor says no too.
 */
final class ProposalDrags {

    /** The gap above an amendment row is where the drop lands. */
    static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    /** The gap below an amendment row is where the drop lands. */
    static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");

    private final AmendmentEditing editing;
    private final ProposalsViewModel viewModel;

    ProposalDrags(AmendmentEditing editing, ProposalsViewModel viewModel) {
        this.editing = editing;
        this.viewModel = viewModel;
    }

    /** A proposal's row takes a line, a post row or an amendment, at the end of its amendments. */
    void onProposalRow(TreeTableRow<ProposalRow> row) {
        row.setOnDragOver(e -> over(e, row, spotOf(row)));
        row.setOnDragExited(e -> unmark(row));
        row.setOnDragDropped(e -> dropped(e, row, spotOf(row)));
    }

    /** An amendment's row is dragged, and takes drops above or below itself (an empty row: at the end). */
    void onAmendmentRow(TableRow<AmendmentRow> row) {
        row.setOnDragDetected(e -> {
            AmendmentRow item = row.getItem();
            if (row.isEmpty() || item == null) {
                return;
            }
            Dragboard board = DropGestures.startDrag(row, e, TransferMode.COPY_OR_MOVE);
            DragFormats.put(board, DragFormats.AMENDMENT, String.valueOf(item.amendment().id()),
                    item.target() + " " + item.value());
            e.consume();
        });
        row.setOnDragOver(e -> {
            DropSpot spot = spotAt(row, e.getY());
            if (over(e, row, spot)) {
                boolean before = spot.gap() == row.getIndex();
                row.pseudoClassStateChanged(DROP_BEFORE, before);
                row.pseudoClassStateChanged(DROP_AFTER, !before);
            }
        });
        row.setOnDragExited(e -> unmark(row));
        row.setOnDragDropped(e -> dropped(e, row, spotAt(row, e.getY())));
    }

    private boolean over(DragEvent e, IndexedCell<?> row, DropSpot spot) {
        DropPayload payload = payloadOf(e.getDragboard()).orElse(null);
        TransferMode mode = modeOf(payload);
        boolean allowed = mode != null && editing.canDrop(payload, spot);
        if (allowed) {
            e.acceptTransferModes(mode);
        }
        row.pseudoClassStateChanged(DragFormats.DROP_TARGET, allowed);
        DropGestures.mark(row, allowed ? mode : null);
        if (!allowed) {
            row.pseudoClassStateChanged(DROP_BEFORE, false);
            row.pseudoClassStateChanged(DROP_AFTER, false);
        }
        e.consume();
        return allowed;
    }

    private void dropped(DragEvent e, IndexedCell<?> row, DropSpot spot) {
        unmark(row);
        DropPayload payload = payloadOf(e.getDragboard()).orElse(null);
        TransferMode mode = modeOf(payload);
        boolean allowed = mode != null && editing.canDrop(payload, spot);
        // Copy or move by the keys the user holds, not by e.getTransferMode(): GTK says COPY for
        // a plain drag.
        boolean copy = mode == TransferMode.COPY;
        e.setDropCompleted(allowed);
        e.consume();
        if (allowed) {
            // A drop may open the amendment form, a modal dialog: only once the gesture has ended
            // (on GTK a dialog opened inside it takes no clicks); the panes refresh then too.
            DropGestures.afterGesture(row, () -> editing.drop(payload, spot, copy));
        }
    }

    /**
     * MOVE or COPY for an amendment by the keys held; COPY for a line or post (a drop makes a new
     * amendment on it); {@code null} when Escape cancelled the drag.
     */
    static TransferMode modeOf(DropPayload payload) {
        TransferMode intended = DropGestures.intended();
        if (intended == null) {
            return null;
        }
        return payload instanceof DropPayload.OfTarget ? TransferMode.COPY : intended;
    }

    private static void unmark(IndexedCell<?> row) {
        row.pseudoClassStateChanged(DragFormats.DROP_TARGET, false);
        DropGestures.mark(row, null);
        row.pseudoClassStateChanged(DROP_BEFORE, false);
        row.pseudoClassStateChanged(DROP_AFTER, false);
    }

    private static DropSpot spotOf(TreeTableRow<ProposalRow> row) {
        return !row.isEmpty() && row.getItem() instanceof ProposalRow.OfProposal p
                ? DropSpot.onProposal(p.proposal().id()) : null;
    }

    private DropSpot spotAt(TableRow<AmendmentRow> row, double y) {
        var proposal = viewModel.selectedProposalProperty().get();
        if (proposal == null) {
            return null;
        }
        return new DropSpot(proposal.id(), DropIndex.gap(row.getIndex(), y, row.getHeight(),
                viewModel.getAmendments().size()));
    }

    private static Optional<DropPayload> payloadOf(Dragboard board) {
        Optional<DropPayload> amendment = DragIds.amendment(board).map(DropPayload.OfAmendment::new);
        return amendment.isPresent() ? amendment : DragIds.target(board).map(DropPayload.OfTarget::new);
    }
}
