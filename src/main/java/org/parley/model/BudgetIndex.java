package org.parley.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lookups into the missions of a negotiation, built and checked once per missions list: an edit
 * that leaves the missions alone reuses it, which matters at 200,000 post rows.
 */
final class BudgetIndex {

    final List<Mission> missions;
    final Map<Long, Mission> missionById = new HashMap<>();
    final Map<Long, BudgetLine> lineById = new HashMap<>();
    final Map<Long, Long> missionIdOfLine = new HashMap<>();
    final Map<Long, Long> lineIdOfPost = new HashMap<>();

    BudgetIndex(List<Mission> missions) {
        this.missions = missions;
        Set<String> codes = new HashSet<>();
        for (Mission m : missions) {
            Checks.require(missionById.put(m.id(), m) == null, () -> "two missions share the id " + m.id());
            Checks.require(codes.add(m.code().toUpperCase(Locale.ROOT)),
                    () -> "two of a kind share one mission code: " + m.code().toUpperCase(Locale.ROOT));
            for (BudgetLine l : m.lines()) {
                Checks.require(lineById.put(l.id(), l) == null, () -> "two of a kind share one line id: " + l.id());
                missionIdOfLine.put(l.id(), m.id());
                for (Post p : l.posts()) {
                    Checks.require(lineIdOfPost.put(p.id(), l.id()) == null,
                            () -> "two of a kind share one post id: " + p.id());
                }
            }
        }
    }

    /** Checks that a target names a mission, a line of it and a post of that line, as far as it goes. */
    void checkTarget(Target t, java.util.function.Supplier<String> where) {
        if (t.isWholeBudget()) {
            return;
        }
        Mission m = missionById.get(t.missionId());
        Checks.require(m != null, () -> where.get() + ": unknown mission id " + t.missionId());
        if (t.lineId() == null) {
            return;
        }
        Checks.require(t.missionId().equals(missionIdOfLine.get(t.lineId())),
                () -> where.get() + ": mission " + m.code() + " has no line id " + t.lineId());
        if (t.postId() != null) {
            Checks.require(t.lineId().equals(lineIdOfPost.get(t.postId())),
                    () -> where.get() + ": line id " + t.lineId() + " has no post id " + t.postId());
        }
    }
}
