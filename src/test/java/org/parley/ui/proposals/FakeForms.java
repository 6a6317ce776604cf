package org.parley.ui.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * Answers the proposal gestures' questions as a test tells it, and records what was asked.
 * By default the user cancels.
 */
final class FakeForms implements ProposalForms {

    final List<ProposalFields> proposalsAsked = new ArrayList<>();
    final List<AmendmentFields> amendmentsAsked = new ArrayList<>();
    final List<List<Proposal>> choicesOffered = new ArrayList<>();
    UnaryOperator<ProposalFields> proposalAnswer;
    UnaryOperator<AmendmentFields> amendmentAnswer;
    Long choice;

    @Override
    public Optional<ProposalFields> proposal(String heading, ProposalFields initial, NegotiationData data) {
        proposalsAsked.add(initial);
        return proposalAnswer == null ? Optional.empty() : Optional.of(proposalAnswer.apply(initial));
    }

    @Override
    public Optional<AmendmentFields> amendment(String heading, AmendmentFields initial, NegotiationData data) {
        amendmentsAsked.add(initial);
        return amendmentAnswer == null ? Optional.empty() : Optional.of(amendmentAnswer.apply(initial));
    }

    @Override
    public Optional<Long> chooseProposal(String heading, String question, List<Proposal> choices,
                                         NegotiationData data) {
        choicesOffered.add(choices);
        return Optional.ofNullable(choice);
    }

    /** Types a value into the amendment form and presses OK. */
    void answerAmendmentWith(long value) {
        amendmentAnswer = f -> new AmendmentFields(f.proposalId(), f.target(), f.kind(), value, "typed in the room",
                f.provenance());
    }
}
