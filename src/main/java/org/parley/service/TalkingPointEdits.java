package org.parley.service;

import java.util.Optional;

import org.parley.model.Mission;
import org.parley.model.TalkingPoints;

/**
 * Our talking points on a mission: each save is one gesture (one undo) that adds a version with
 * the time of the save, so the history of what we said is kept; the mission brief prints the
 * latest. A save that changes nothing is no gesture.
 */
public final class TalkingPointEdits {

    private final Editor editor;

    public TalkingPointEdits(Editor editor) {
        this.editor = editor;
    }

    /**
     * Saves {@code text} as the mission's talking points.
     *
     * @return false when the text is what the points already say (or blank with none saved)
     */
    public boolean save(long missionId, String text) throws EditException {
        Mission m = editor.data().mission(missionId).orElseThrow(() -> ProposalEdits.unknown("mission", missionId));
        String said = text == null ? "" : text.strip();
        Optional<TalkingPoints> now = editor.data().talkingPoints(missionId);
        if (now.map(t -> t.latest().text().equals(said)).orElse(said.isEmpty())) {
            return false;
        }
        EditBuilder b = editor.edit();
        if (now.isEmpty()) {
            b.create(Part.TALKING_POINTS, TalkingPoints.first(missionId, editor.now(), said));
        } else {
            b.update(Part.TALKING_POINTS, now.get().saved(editor.now(), said));
        }
        int version = now.map(t -> t.versions().size()).orElse(0) + 1;
        editor.apply(b.build("Save talking points", (said.isEmpty() ? "Talking points on " + m.code() + " cleared"
                : "Talking points on " + m.code() + " saved (" + words(said) + " words)") + ", version " + version));
        return true;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
