package org.parley.service;

import java.nio.file.Path;
import java.util.List;

import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Stance;

/**
 * The child of {@link KillTest}: opens a workspace and sets stances through the {@link Editor}
 * as fast as it can, printing one acknowledgement line after each gesture has returned, i.e.
 * once the screen would show it. The parent kills it hard at a random moment and then checks
 * that every acknowledged gesture is on disk.
 *
 * <p>Gesture {@code i} of round {@code r} writes the note {@code load-r-i} on cell
 * {@link #cell(int) i mod cells}, so the expected state follows from the list of notes alone.
 * Arguments: the workspace file and the round number.
 */
public final class EditLoad {

    /** How many cells of the matrix the load cycles over. */
    static final int CELLS = 12;

    private EditLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        try (Desk desk = new DeskService(NegotiationJson::readSample).open(file)) {
            Editor editor = desk.editor();
            PositionEdits positions = new PositionEdits(editor);
            List<Delegation> delegations = editor.data().delegations();
            List<Amendment> amendments = editor.data().proposals().get(0).amendments();
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                int c = i % CELLS;
                long delegation = delegations.get(c % delegations.size()).id();
                Item item = Item.amendment(amendments.get(c / delegations.size() % amendments.size()).id());
                String note = note(round, i);
                positions.setStance(delegation, item, Stance.values()[i % 4], note);
                System.out.println("ACK " + note);
                System.out.flush();
            }
        }
    }

    static String note(int round, int i) {
        return "load-" + round + "-" + i;
    }
}
