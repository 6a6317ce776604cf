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
}
