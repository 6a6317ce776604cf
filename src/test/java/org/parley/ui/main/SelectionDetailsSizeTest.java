package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.parley.bench.ScaleShapes;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;

/** The details of a selection stay a few dozen lines whatever the size of what is selected (issue 12). */
class SelectionDetailsSizeTest {

    @Test
    void aProposalOfThousandsOfAmendments_listsTheFirstOnes_andSaysHowManyMore() {
        NegotiationData data = ScaleShapes.build("copies", 10);
        Proposal big = data.proposals().stream().max(Comparator.comparingInt(p -> p.amendments().size())).orElseThrow();
        assertThat(big.amendments().size()).isGreaterThan(1_000);

        String text = new SelectionDetails(data, ProposedCuts.of(data), java.time.Instant::now).of(big);

        int listed = SelectionDetails.LISTED_AMENDMENTS;
        assertThat(text).contains("\n  " + listed + ". ").doesNotContain("\n  " + (listed + 1) + ". ")
                .contains(String.format(java.util.Locale.ROOT, "… and %,d more: see the amendments table",
                        big.amendments().size() - listed));
        assertThat(text.lines().count()).isLessThan(listed + SelectionDetails.LISTED_EVENTS + 10);
    }

    @Test
    void aProposalOfAFewAmendments_listsThemAll() throws Exception {
        NegotiationData data = org.parley.io.NegotiationJson.readSample();
        Proposal small = data.proposals().stream().filter(p -> p.amendments().size() > 2
                && p.amendments().size() <= SelectionDetails.LISTED_AMENDMENTS).findFirst().orElseThrow();

        String text = new SelectionDetails(data, ProposedCuts.of(data), java.time.Instant::now).of(small);

        assertThat(text).contains("\n  " + small.amendments().size() + ". ").doesNotContain("more: see the amendments");
    }

    @Test
    void aDelegationOfManyProposals_listsTheFirstOnes_andSaysHowManyMore() throws Exception {
        NegotiationData sample = org.parley.io.NegotiationJson.readSample();
        Proposal first = sample.proposals().get(0);
        java.util.List<Proposal> many = new java.util.ArrayList<>(sample.proposals());
        int extra = SelectionDetails.LISTED_PROPOSALS + 5;
        for (int n = 0; n < extra; n++) {
            many.add(new Proposal(100_000 + n, first.delegationId(), "Copy " + n, first.tabledAt(), first.status(),
                    first.provenance(), java.util.List.of()));
        }
        NegotiationData data = sample.withProposals(many);
        org.parley.model.Delegation d = data.delegation(first.delegationId()).orElseThrow();
        long own = data.proposals().stream().filter(p -> p.delegationId() == d.id()).count();

        String text = new SelectionDetails(data, ProposedCuts.of(data), java.time.Instant::now).of(d);

        assertThat(text).startsWith(d.name() + " (" + d.code() + ")").contains("\nProposals:")
                .contains(String.format(java.util.Locale.ROOT, "… and %,d more: see the proposals tree",
                        own - SelectionDetails.LISTED_PROPOSALS));
        assertThat(text.lines().filter(l -> l.startsWith("  ") && l.contains(" — ")).count())
                .isEqualTo(SelectionDetails.LISTED_PROPOSALS);
    }
}
