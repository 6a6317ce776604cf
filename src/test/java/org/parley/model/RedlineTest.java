package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What changed between a proposal and its revision, amendment by amendment (decision 0023). */
class RedlineTest {

    private final NegotiationBuilder b = new NegotiationBuilder();
    private final Delegation us = b.delegation("US", "United States");
    private final Post officers = NegotiationBuilder.post(b.id(), "Human Rights Officer", Grade.P3, 2, 150_000);
    private final BudgetLine hr = NegotiationBuilder.line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 400_000,
            officers);
    private final BudgetLine gender = NegotiationBuilder.line(b.id(), "Gender", LineCategory.GENDER, 90_000);
    private final Mission monusco = b.mission("MONUSCO", 1_000_000, hr, gender);
    private final Mission unmiss = b.mission("UNMISS", 2_000_000);

    @Test
    void changedAddedAndRemoved_areListed_andWhatStayedIsNot() {
        Amendment tenPercent = b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 1_000);
        Amendment onePost = b.amend(Target.post(monusco.id(), hr.id(), officers.id()), AmendmentKind.ABOLISH_POSTS, 1);
        Amendment unmissAmount = b.amend(Target.mission(unmiss.id()), AmendmentKind.AMOUNT_CUT, 50_000);
        Amendment genderAmount = b.amend(Target.line(monusco.id(), gender.id()), AmendmentKind.AMOUNT_CUT, 30_000);
        Proposal original = b.proposal(us, tenPercent, onePost, unmissAmount, genderAmount);
        Proposal rev = new Proposal(b.id(), us.id(), "US proposal (Rev.1)", NegotiationBuilder.DESK,
                ProposalStatus.REVISED, Provenance.UNSOURCED, List.of(
                b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 2_500),
                b.amend(Target.post(monusco.id(), hr.id(), officers.id()), AmendmentKind.ABOLISH_POSTS, 1),
                b.amend(Target.line(monusco.id(), gender.id()), AmendmentKind.PERCENT_CUT, 500),
                b.amend(Target.mission(monusco.id()), AmendmentKind.RESTORE, 20_000)), original.id());
        NegotiationData data = b.build();
        NegotiationData withRev = data.withProposals(List.of(original, rev));

        Redline r = Redline.of(withRev, rev).orElseThrow();

        assertThat(r.revised()).isEqualTo(original);
        assertThat(r.entries()).extracting(e -> Redline.text(withRev, e)).containsExactly(
                "changed: MONUSCO / Human rights −10% → −25%",
                "changed: MONUSCO / Gender −$30,000 → −5%",
                "added: MONUSCO +$20,000",
                "removed: UNMISS −$50,000");
        assertThat(Redline.of(withRev, original)).isEmpty();
    }

    @Test
    void aCopyWithNothingChanged_hasAnEmptyRedline_andARationaleAloneIsAChange() {
        Amendment a = b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 1_000);
        Proposal original = b.proposal(us, a);
        Amendment copy = new Amendment(b.id(), a.target(), a.kind(), a.value(), a.rationale(), a.provenance());
        Amendment reasoned = new Amendment(b.id(), a.target(), a.kind(), a.value(), "duplicates UNMISS",
                a.provenance());

        assertThat(Redline.between(original, revisionWith(original, copy)).entries()).isEmpty();
        Redline r = Redline.between(original, revisionWith(original, reasoned));
        assertThat(r.entries()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(Redline.Change.CHANGED);
            assertThat(e.rationaleChanged()).isTrue();
        });
    }

    private Proposal revisionWith(Proposal original, Amendment a) {
        return new Proposal(b.id(), us.id(), "US proposal (Rev.1)", NegotiationBuilder.DESK, ProposalStatus.REVISED,
                Provenance.UNSOURCED, List.of(a), original.id());
    }
}
