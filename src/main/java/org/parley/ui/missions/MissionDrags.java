package org.parley.ui.missions;

import javafx.scene.input.Dragboard;
import org.parley.model.Target;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DragIds;

/**
 * What a mission, line or post row dragged out of the missions tree carries (the ids of the row
 * it aims at), and what a proposal dropped on a row of it brings (the proposal's id).
 */
final class MissionDrags {

    private MissionDrags() {
    }

    /** Puts the row's amendment target on the board; the row must be one that can take an amendment. */
    static void put(Dragboard board, MissionsViewModel viewModel, MissionRow row) {
        Target target = viewModel.amendmentTarget(row).orElseThrow();
        String text = row instanceof MissionRow.OfMission ? row.missionCode() : row.missionCode() + " / " + row.label();
        DragFormats.put(board, DragIds.formatOf(target), DragIds.of(target), text);
    }

    /** The proposal a drag over a row brings, if any. */
    static java.util.Optional<Long> proposal(Dragboard board) {
        return DragIds.proposal(board);
    }
}
