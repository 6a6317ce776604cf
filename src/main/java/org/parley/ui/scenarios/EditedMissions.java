package org.parley.ui.scenarios;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.parley.model.Amendment;
import org.parley.model.Proposal;
import org.parley.service.Change;
import org.parley.service.Editor;
import org.parley.service.Part;

/**
 * The missions whose scenario totals a gesture can move, as narrowly as the gesture allows.
 * The editor names every mission a changed proposal touches, since a proposal is one
 * aggregate; but an edit to one amendment of a proposal with thousands moves only that
 * amendment's mission. So an updated proposal counts for the missions of the amendments that
 * were added, removed or changed (before and after); their order within a proposal does not
 * bear on totals. Parts that bear on no mission's figures (delegations, events, positions, our
 * lines, the negotiation, scenarios themselves) count for none; anything else counts for what
 * the editor says.
 */
public final class EditedMissions {

    private EditedMissions() {
    }

    /** The missions whose figures, as scenarios adopt them, the gesture may have moved. */
    public static Set<Long> of(Editor.Applied applied) {
        Set<Long> ids = new HashSet<>();
        for (Change<?> c : applied.changes().changes()) {
            Part<?> part = c.part();
            if (part == Part.PROPOSALS && c.before() != null && c.after() != null) {
                changedAmendments((Proposal) c.before(), (Proposal) c.after(), ids);
            } else if (part != Part.DELEGATIONS && part != Part.EVENTS && part != Part.POSITIONS
                    && part != Part.OUR_LINES && part != Part.NEGOTIATION && part != Part.SCENARIOS) {
                return applied.missionIds();
            }
        }
        return ids;
    }

    private static void changedAmendments(Proposal before, Proposal after, Set<Long> ids) {
        Map<Long, Amendment> was = new HashMap<>();
        for (Amendment a : before.amendments()) {
            was.put(a.id(), a);
        }
        for (Amendment a : after.amendments()) {
            Amendment b = was.remove(a.id());
            if (!a.equals(b)) {
                add(a, ids);
                if (b != null) {
                    add(b, ids);
                }
            }
        }
        was.values().forEach(a -> add(a, ids));
    }

    private static void add(Amendment a, Set<Long> ids) {
        if (a.target().missionId() != null) {
            ids.add(a.target().missionId());
        }
    }
}
