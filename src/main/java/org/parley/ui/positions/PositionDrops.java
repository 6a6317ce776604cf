package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.control.skin.TableColumnHeader;

import org.parley.model.Proposal;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DropGestures;

/**
 * Drag and drop for the positions matrix: a delegation's column (its header or any of its cells)
 * takes an amendment or a proposal (highlighted while one is over it; refused anywhere else), and
 * the proposals tree's rows can be dragged as proposals. The view model decides what a drop means.
 */
public final class PositionDrops {

    /** What a dragboard carries that the matrix understands. */
    record Dropped(PositionsViewModel.DropKind kind, long id) {
    }

    private PositionDrops() {
    }

    /**
     * Makes each delegation's column of the matrix a drop target, its header and every cell:
     * the column is highlighted while something it takes is over it, and a drop records that
     * delegation's stance (the view model asks which). Our line's column refuses.
     */
    static void onColumns(TableView<ItemRow> table, PositionsViewModel vm) {
        ColumnMarks marks = new ColumnMarks(table);
        table.setOnDragOver(e -> {
            // Recording a stance changes nothing about what is dragged: always a copy.
            Optional<MatrixRow> line = lineUnder(table, e);
            boolean ok = line.isPresent() && acceptable(vm, line.get(), e).isPresent();
            if (ok) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            marks.show(ok ? columnUnder(table, e) : null);
            e.consume();
        });
        table.setOnDragExited(e -> marks.show(null));
        table.setOnDragDropped(e -> {
            Optional<MatrixRow> line = lineUnder(table, e);
            Optional<Dropped> dropped = line.flatMap(l -> acceptable(vm, l, e));
            e.setDropCompleted(dropped.isPresent());
            e.consume();
            marks.show(null);
            // Ask for the stance once the drag-and-drop gesture has ended, not inside it.
            dropped.ifPresent(d -> DropGestures.afterGesture(table, () -> vm.drop(d.kind(), d.id(), line.get())));
        });
    }

    /** The line (column) under the pointer: from a cell of the table or from a column header. */
    private static Optional<MatrixRow> lineUnder(TableView<ItemRow> table, DragEvent e) {
        TableColumnBase<?, ?> column = columnUnder(table, e);
        return column != null && column.getUserData() instanceof MatrixRow line ? Optional.of(line) : Optional.empty();
    }

    private static TableColumnBase<?, ?> columnUnder(TableView<ItemRow> table, DragEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (n != null && n != table) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableView() == table) {
                return cell.getTableColumn();
            }
            if (n instanceof TableColumnHeader header) {
                return header.getTableColumn();
            }
            n = n.getParent();
        }
        return null;
    }

    private static Optional<Dropped> acceptable(PositionsViewModel vm, MatrixRow line, DragEvent e) {
        if (DropGestures.cancelled()) {
            return Optional.empty();
        }
        return read(e.getDragboard()).filter(d -> vm.canDrop(d.kind(), d.id(), line));
    }

    /** The highlight of the column a drop would go to: its header and the cells of it in view. */
    private static final class ColumnMarks {

        private final TableView<ItemRow> table;
        private final List<Node> marked = new ArrayList<>();
        private TableColumnBase<?, ?> shown;

        ColumnMarks(TableView<ItemRow> table) {
            this.table = table;
        }

        void show(TableColumnBase<?, ?> column) {
            if (column == shown && (column == null || !marked.isEmpty())) {
                return;
            }
            marked.forEach(n -> mark(n, false));
            marked.clear();
            shown = column;
            if (column == null) {
                return;
            }
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader h && h.getTableColumn() == column) {
                    marked.add(n);
                }
            }
            for (Node n : table.lookupAll(".matrix-cell")) {
                if (n instanceof TableCell<?, ?> c && c.getTableColumn() == column) {
                    marked.add(n);
                }
            }
            marked.forEach(n -> mark(n, true));
        }

        private static void mark(Node n, boolean on) {
            n.pseudoClassStateChanged(DragFormats.DROP_TARGET, on);
            DropGestures.mark(n, on ? TransferMode.COPY : null);
        }
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
