package org.parley.ui.common;

import java.util.Optional;

import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

import org.parley.model.Target;

/**
 * The ids of a mission, budget line or post row and of an amendment as they travel on a
 * dragboard in the {@link DragFormats}, written by one pane and read by another.
 */
public final class DragIds {

    private DragIds() {
    }

    /**
     * The format a target travels in: {@link DragFormats#POST} for a post row,
     * {@link DragFormats#LINE} for a line, {@link DragFormats#MISSION} for a mission as a whole.
     */
    public static DataFormat formatOf(Target target) {
        if (target.isWholeBudget()) {
            throw new IllegalArgumentException("only a mission, a budget line or a post row is dragged, not " + target);
        }
        if (target.lineId() == null) {
            return DragFormats.MISSION;
        }
        return target.postId() == null ? DragFormats.LINE : DragFormats.POST;
    }

    /** "missionId", "missionId:lineId" or "missionId:lineId:postId". */
    public static String of(Target target) {
        formatOf(target);
        if (target.lineId() == null) {
            return String.valueOf(target.missionId());
        }
        return target.missionId() + ":" + target.lineId() + (target.postId() == null ? "" : ":" + target.postId());
    }

    /** Reads {@link #of}'s text back; empty when it is not two or three ids. */
    public static Optional<Target> parseTarget(String ids) {
        String[] parts = ids == null ? new String[0] : ids.split(":");
        try {
            if (parts.length == 1 && !parts[0].isBlank()) {
                return Optional.of(Target.mission(Long.parseLong(parts[0].strip())));
            }
            if (parts.length == 2) {
                return Optional.of(Target.line(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
            if (parts.length == 3) {
                return Optional.of(Target.post(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Long.parseLong(parts[2])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The post row, line or mission a dragboard carries, if any. */
    public static Optional<Target> target(Dragboard board) {
        Optional<String> ids = DragFormats.get(board, DragFormats.POST);
        if (ids.isEmpty()) {
            ids = DragFormats.get(board, DragFormats.LINE);
        }
        if (ids.isEmpty()) {
            ids = DragFormats.get(board, DragFormats.MISSION);
        }
        return ids.flatMap(DragIds::parseTarget);
    }

    /** The proposal a dragboard carries, if any. */
    public static Optional<Long> proposal(Dragboard board) {
        return DragFormats.get(board, DragFormats.PROPOSAL).flatMap(DragIds::parseId);
    }

    /** The amendment a dragboard carries, if any. */
    public static Optional<Long> amendment(Dragboard board) {
        return DragFormats.get(board, DragFormats.AMENDMENT).flatMap(DragIds::parseId);
    }

    static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
