package org.parley.ui.common;

import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * Parley's own drag-and-drop formats, all in one place. A dragboard carries ids, never objects:
 * the drop asks the view model what the id means now.
 */
public final class DragFormats {

    /** A mission as a whole (a budget): "missionId". */
    public static final DataFormat MISSION = new DataFormat("application/x-parley-mission");
    /** A budget line: "missionId:lineId". */
    public static final DataFormat LINE = new DataFormat("application/x-parley-line");
    /** A post row: "missionId:lineId:postId". */
    public static final DataFormat POST = new DataFormat("application/x-parley-post");
    /** An amendment: its id. */
    public static final DataFormat AMENDMENT = new DataFormat("application/x-parley-amendment");
    /** A proposal: its id. */
    public static final DataFormat PROPOSAL = new DataFormat("application/x-parley-proposal");
    /** A timeline event: its id. */
    public static final DataFormat EVENT = new DataFormat("application/x-parley-event");

    /** Marks a node under the pointer where a drop is allowed. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private DragFormats() {
    }

    /** Puts ids (and a readable text for other applications) on a dragboard. */
    public static void put(Dragboard board, DataFormat format, String ids, String text) {
        ClipboardContent content = new ClipboardContent();
        content.put(format, ids);
        content.putString(text);
        board.setContent(content);
    }

    /** The ids a dragboard carries in a format, if any. */
    public static Optional<String> get(Dragboard board, DataFormat format) {
        return board.hasContent(format) ? Optional.ofNullable((String) board.getContent(format)) : Optional.empty();
    }
}
