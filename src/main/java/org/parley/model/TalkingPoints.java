package org.parley.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Our talking points on one mission: a text the user writes, every save kept with its time, so
 * the history shows what we said on which day. The latest version is the one the mission brief
 * prints. At most one per mission.
 *
 * @param missionId the mission they are about
 * @param versions every saved text, oldest first; never empty
 */
public record TalkingPoints(long missionId, List<Version> versions) {

    /** How long a text may be: a page of points, not a document. */
    public static final int MAX_LENGTH = 20_000;

    /**
     * One save.
     *
     * @param savedAt when it was saved (the machine's clock)
     * @param text what it said; may be blank (the points were cleared)
     */
    public record Version(Instant savedAt, String text) {
        public Version {
            Objects.requireNonNull(savedAt, "saved at");
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_LENGTH) {
                throw new Refused("talking points: at most " + MAX_LENGTH + " characters, not " + text.length());
            }
        }
    }

    public TalkingPoints {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new Refused("talking points need at least one saved text");
        }
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).savedAt().isBefore(versions.get(i - 1).savedAt())) {
                throw new Refused("talking points: the versions must be in the order they were saved, but "
                        + versions.get(i).savedAt() + " comes after " + versions.get(i - 1).savedAt());
            }
        }
    }

    /** The first save of points on a mission. */
    public static TalkingPoints first(long missionId, Instant at, String text) {
        return new TalkingPoints(missionId, List.of(new Version(at, text)));
    }

    /** The latest version: what the points say now. */
    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    /** These points with one more save; a save earlier than the latest (a clock set back) is dated with the latest. */
    public TalkingPoints saved(Instant at, String text) {
        List<Version> next = new ArrayList<>(versions);
        Instant when = at.isBefore(latest().savedAt()) ? latest().savedAt() : at;
        next.add(new Version(when, text));
        return new TalkingPoints(missionId, next);
    }

    /** The latest text, if it says anything. */
    public Optional<String> text() {
        String t = latest().text();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
