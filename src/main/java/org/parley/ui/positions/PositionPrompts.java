package org.parley.ui.positions;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.parley.model.Proposal;
import org.parley.model.Stance;

/**
 * The small questions the positions matrix asks: a stance, a stance with its note, our line and
 * fallback. The pane answers them with forms; tests answer them directly.
 */
public interface PositionPrompts {

    /** A stance and what was said. */
    record StanceAndNote(Stance stance, String note) {
    }

    /** Our line and the fallback. */
    record LineAndFallback(String line, String fallback) {
    }

    /** A proposal and a stance on all its amendments. */
    record ProposalStance(Proposal proposal, Stance stance) {
    }

    /**
     * Asks for a stance only, after a drop, and calls {@code chosen} unless cancelled. It must not
     * wait for the answer: the platform's drag-and-drop loop may still be running, and a modal
     * loop entered inside it breaks both.
     */
    void stance(String title, String question, Stance initial, Consumer<Stance> chosen);

    Optional<StanceAndNote> stanceAndNote(String title, Stance initial, String note);

    Optional<LineAndFallback> ourLine(String title, String line, String fallback);

    /** Asks which proposal and which stance: the keyboard way of dropping a proposal on a row. */
    Optional<ProposalStance> proposalStance(String title, List<Proposal> proposals, Proposal initial,
                                            Function<Proposal, String> name, Stance initialStance);
}
