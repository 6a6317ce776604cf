package org.parley.service;

import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;

/**
 * The gestures of the positions matrix: a delegation's stance on items, and our own line and
 * fallback. An unknown stance without a note is no position at all, so it removes the row
 * rather than storing "unknown"; a line with neither text is removed the same way. Each method
 * is one {@link ChangeSet} (one undo) and returns false when it would change nothing.
 */
public final class PositionEdits {

    /** How many cells a change history entry names one by one; the rest are counted. */
    static final int NAMED_CELLS = 6;

    private final Editor editor;

    public PositionEdits(Editor editor) {
        this.editor = editor;
    }

    /** Sets one delegation's stance and note on one item. */
    public boolean setStance(long delegationId, Item item, Stance stance, String note) throws EditException {
        EditBuilder b = editor.edit();
        if (!put(b, positions(), new Position(delegationId, item, stance, note))) {
            return false;
        }
        String said = note == null || note.isBlank() ? "" : " (\"" + note.strip() + "\")";
        editor.apply(b.build("Set stance", said(delegationId, editor.data().describe(item), stance) + said));
        return true;
    }

    /** Sets one stance on many cells at once (a selection typed over), keeping each note. */
    public boolean setStances(Collection<Position.Key> keys, Stance stance) throws EditException {
        EditBuilder b = editor.edit();
        Map<Position.Key, Position> now = positions();
        List<String> changed = new ArrayList<>();
        for (Position.Key k : new LinkedHashSet<>(keys)) {
            if (put(b, now, new Position(k.delegationId(), k.item(), stance, noteOf(now, k)))) {
                changed.add(said(k.delegationId(), editor.data().describe(k.item()), stance));
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        // The history (and the daily brief that prints it) names who and on what, not "Set 2 stances".
        String description = changed.size() <= NAMED_CELLS ? String.join("; ", changed)
                : String.join("; ", changed.subList(0, NAMED_CELLS)) + "; and " + (changed.size() - NAMED_CELLS)
                + " more set to " + stance.label();
        editor.apply(b.build("Set stances", description));
        return true;
    }

    /** A delegation's stance on every amendment of a proposal (a proposal dropped on its row), keeping notes. */
    public boolean setStanceOnProposal(long delegationId, long proposalId, Stance stance) throws EditException {
        Proposal p = editor.data().proposal(proposalId).orElseThrow(() -> ProposalEdits.unknown("proposal", proposalId));
        EditBuilder b = editor.edit();
        Map<Position.Key, Position> now = positions();
        boolean changed = false;
        for (Amendment a : p.amendments()) {
            Position.Key k = new Position.Key(delegationId, Item.amendment(a.id()));
            changed |= put(b, now, new Position(delegationId, k.item(), stance, noteOf(now, k)));
        }
        if (!changed) {
            return false;
        }
        editor.apply(b.build("Set stance", said(delegationId, "the " + p.amendments().size() + " amendments of "
                + code(p.delegationId()) + " \"" + p.title() + "\"", stance)));
        return true;
    }

    /** Sets our line and fallback on an item; both blank removes them. */
    public boolean setOurLine(Item item, String line, String fallback) throws EditException {
        NegotiationData d = editor.data();
        OurLine now = d.ourLines().stream().filter(l -> l.item().equals(item)).findFirst().orElse(null);
        OurLine next = new OurLine(item, line, fallback);
        boolean remove = next.line().isEmpty() && next.fallback().isEmpty();
        EditBuilder b = editor.edit();
        if (now == null && remove || next.equals(now)) {
            return false;
        }
        if (now == null) {
            b.create(Part.OUR_LINES, next);
        } else if (remove) {
            b.delete(Part.OUR_LINES, now);
        } else {
            b.update(Part.OUR_LINES, next);
        }
        editor.apply(b.build("Set our line", (remove ? "Clear our line on " : "Our line on ") + d.describe(item)
                + (remove ? "" : ": \"" + next.line() + "\", fallback \"" + next.fallback() + "\"")));
        return true;
    }

    /**
     * Adds the step that makes {@code p} the position of its cell; false when it already is.
     * {@code current} indexes the positions before the gesture; each cell is put once per gesture.
     */
    private static boolean put(EditBuilder b, Map<Position.Key, Position> current, Position p) {
        Optional<Position> now = Optional.ofNullable(current.get(p.key()));
        boolean remove = p.stance() == Stance.UNKNOWN && p.note().isEmpty();
        if (now.isEmpty()) {
            if (remove) {
                return false;
            }
            b.create(Part.POSITIONS, p);
        } else if (now.get().equals(p)) {
            return false;
        } else if (remove) {
            b.delete(Part.POSITIONS, now.get());
        } else {
            b.update(Part.POSITIONS, p);
        }
        return true;
    }

    private Map<Position.Key, Position> positions() {
        Map<Position.Key, Position> map = new HashMap<>();
        editor.data().positions().forEach(p -> map.put(p.key(), p));
        return map;
    }

    private static String noteOf(Map<Position.Key, Position> current, Position.Key k) {
        Position p = current.get(k);
        return p == null ? "" : p.note();
    }

    /** "RU: stance on MONUSCO / Human rights −50% set to flexible": who, on what, now what. */
    private String said(long delegationId, String on, Stance stance) {
        return code(delegationId) + ": stance on " + on + " set to " + stance.label();
    }

    private String code(long delegationId) {
        return editor.data().delegation(delegationId).map(Delegation::code)
                .orElseThrow(() -> ProposalEdits.unknown("delegation", delegationId));
    }

}
