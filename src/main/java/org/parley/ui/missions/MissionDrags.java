package org.parley.ui.missions;

import javafx.scene.input.Dragboard;
import org.parley.model.Target;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.DragIds;

/** What a line or post row dragged out of the missions tree carries: the ids of the row it aims at. */
final class MissionDrags {

    private MissionDrags() {
    }

    /** Puts the row's amendment target on the board; the row must be one that can take an amendment. */
    static void put(Dragboard board, MissionsViewModel viewModel, MissionRow row) {
        Target target = viewModel.amendmentTarget(row).orElseThrow();
        DragFormats.put(board, DragIds.formatOf(target), DragIds.of(target), row.missionCode() + " / " + row.label());
    }
}
