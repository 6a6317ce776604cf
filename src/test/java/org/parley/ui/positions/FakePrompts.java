package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.parley.model.Proposal;
import org.parley.model.Stance;

/** Answers the matrix's questions from a script, and remembers what was asked. */
final class FakePrompts implements PositionPrompts {

    final List<String> asked = new ArrayList<>();
    Stance lastInitial;
    Optional<Stance> stance = Optional.empty();
    Optional<StanceAndNote> stanceAndNote = Optional.empty();
    Optional<LineAndFallback> ourLine = Optional.empty();
    Optional<ProposalStance> proposalStance = Optional.empty();

    @Override
    public void stance(String title, String question, Stance initial, Consumer<Stance> chosen) {
        asked.add(question);
        lastInitial = initial;
        stance.ifPresent(chosen);
    }

    @Override
    public Optional<StanceAndNote> stanceAndNote(String title, Stance initial, String note) {
        asked.add(title);
        lastInitial = initial;
        return stanceAndNote;
    }

    @Override
    public Optional<LineAndFallback> ourLine(String title, String line, String fallback) {
        asked.add(title);
        return ourLine;
    }

    @Override
    public Optional<ProposalStance> proposalStance(String title, List<Proposal> proposals, Proposal initial,
                                                   Function<Proposal, String> name, Stance initialStance) {
        asked.add(title + ": " + name.apply(initial));
        lastInitial = initialStance;
        return proposalStance;
    }
}
