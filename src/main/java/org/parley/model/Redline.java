package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between a proposal and its revision, amendment by amendment: added, removed, or
 * changed (kind, value or rationale, old → new). A revision's amendments are copies with ids of
 * their own, so they are paired by target: first one of the same kind on the same target, then
 * one of any kind on it, each in list order; what is left is added or removed. An amendment the
 * same in both is not listed. Decision 0023.
 *
 * @param revised the proposal revised (the original, or the revision before)
 * @param revision the revision
 * @param entries the differences: changed and added in the revision's order, then removed
 */
public record Redline(Proposal revised, Proposal revision, List<Entry> entries) {

    /** What happened to one amendment. */
    public enum Change {
        ADDED("added"), REMOVED("removed"), CHANGED("changed");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One difference.
     *
     * @param before the amendment as the revised proposal has it; null when added
     * @param after the amendment as the revision has it; null when removed
     */
    public record Entry(Change change, Amendment before, Amendment after) {

        /** What it aims at, as the revision has it (as the revised one had it, for a removed one). */
        public Target target() {
            return after != null ? after.target() : before.target();
        }

        /** The value as it was, "" when added: "−10%". */
        public String beforeText() {
            return before == null ? "" : AmendmentText.value(before);
        }

        /** The value as it is, "" when removed: "−15%". */
        public String afterText() {
            return after == null ? "" : AmendmentText.value(after);
        }

        /** True when the rationale differs (a changed amendment whose value may be the same). */
        public boolean rationaleChanged() {
            return before != null && after != null && !before.rationale().equals(after.rationale());
        }
    }

    public Redline {
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(revision, "revision");
        entries = List.copyOf(entries);
    }

    /** The redline of a revision against the proposal it revises; empty for one that revises none. */
    public static Optional<Redline> of(NegotiationData data, Proposal revision) {
        return revision.revisesId() == null ? Optional.empty()
                : data.proposal(revision.revisesId()).map(r -> between(r, revision));
    }

    /** The redline from {@code revised} to {@code revision}. */
    public static Redline between(Proposal revised, Proposal revision) {
        List<Amendment> was = new ArrayList<>(revised.amendments());
        List<Amendment> now = revision.amendments();
        Amendment[] pairOf = new Amendment[now.size()];
        // First the same kind on the same target, then any kind on it (a percent become an amount).
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < now.size(); i++) {
                if (pairOf[i] != null) {
                    continue;
                }
                Amendment a = now.get(i);
                for (Amendment b : was) {
                    if (b.target().equals(a.target()) && (pass == 1 || b.kind() == a.kind())) {
                        pairOf[i] = b;
                        was.remove(b);
                        break;
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Amendment a = now.get(i);
            Amendment b = pairOf[i];
            if (b == null) {
                entries.add(new Entry(Change.ADDED, null, a));
            } else if (b.kind() != a.kind() || b.value() != a.value() || !b.rationale().equals(a.rationale())) {
                entries.add(new Entry(Change.CHANGED, b, a));
            }
        }
        for (Amendment b : was) {
            entries.add(new Entry(Change.REMOVED, b, null));
        }
        return new Redline(revised, revision, entries);
    }

    /** One entry as a line of text: "changed: MONUSCO / Human rights −10% → −15%". */
    public static String text(NegotiationData data, Entry e) {
        String target = data.describe(e.target());
        return switch (e.change()) {
            case ADDED -> "added: " + target + " " + e.afterText();
            case REMOVED -> "removed: " + target + " " + e.beforeText();
            case CHANGED -> "changed: " + target + " " + e.beforeText() + " → " + e.afterText()
                    + (e.rationaleChanged() ? " (rationale: \"" + e.before().rationale() + "\" → \""
                    + e.after().rationale() + "\")" : "");
        };
    }
}
