package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revisions (issue 13, decision 0023): a proposal revised by a later one of its delegation is
 * superseded and no longer counts; its revision counts instead, once. Figures worked by hand:
 * MONUSCO's current figure is $1,000,000; its human-rights line $400,000 with 2 P-3 posts at
 * $150,000 a year.
 */
class RevisionRulesTest {

    private NegotiationBuilder b;
    private Delegation us;
    private Delegation ru;
    private Mission monusco;
    private BudgetLine hr;
    private Post officers;

    @BeforeEach
    void build() {
        b = new NegotiationBuilder();
        us = b.delegation("US", "United States");
        ru = b.delegation("RU", "Russian Federation");
        officers = NegotiationBuilder.post(b.id(), "Human Rights Officer", Grade.P3, 2, 150_000);
        hr = NegotiationBuilder.line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 400_000, officers);
        monusco = b.mission("MONUSCO", 1_000_000, hr);
    }

    /**
     * The original: 1 post ($150,000) and 10% of the line. Posts abolished come off the line first
     * and a percentage is of what is left (docs/scenario-rules.md, overlaps): 10% of $250,000 =
     * $25,000, so $175,000 and 1 post.
     */
    private Proposal original() {
        return b.proposal(us, b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 1_000),
                b.amend(Target.post(monusco.id(), hr.id(), officers.id()), AmendmentKind.ABOLISH_POSTS, 1));
    }

    /** A revision of {@code of}: 25% of the line ($100,000), no posts. */
    private Proposal revision(Proposal of, Long revisesId, ProposalStatus status) {
        return new Proposal(b.id(), of.delegationId(), Revisions.title(of.title(), 1), NegotiationBuilder.DESK,
                status, Provenance.illustrative("test"),
                List.of(b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 2_500)), revisesId);
    }

    private static NegotiationData plus(NegotiationData data, Proposal... more) {
        List<Proposal> all = new ArrayList<>(data.proposals());
        all.addAll(List.of(more));
        return data.withProposals(all);
    }

    @Test
    void theOriginalAlone_counts175000AndOnePost() {
        original();
        ProposedCuts cuts = ProposedCuts.of(b.build());

        assertThat(cuts.forMission(us.id(), monusco.id())).isEqualTo(Cut.posts(Grade.P3, 1, 0).plus(Cut.dollars(175_000)));
    }

    @Test
    void aRevision_supersedesTheOriginal_andOnlyTheRevisionCounts() {
        Proposal original = original();
        NegotiationData data = plus(b.build(), revision(original, original.id(), ProposalStatus.REVISED));

        ProposedCuts cuts = ProposedCuts.of(data);

        // 25% of $400,000 = $100,000; the original's 10% and its post no longer count.
        assertThat(cuts.forMission(us.id(), monusco.id())).isEqualTo(Cut.dollars(100_000));
        assertThat(cuts.forLine(us.id(), hr.id())).isEqualTo(Cut.dollars(100_000));
        assertThat(cuts.postsAbolished(us.id(), officers.id())).isZero();
        assertThat(data.isSuperseded(original.id())).isTrue();
        assertThat(data.counts(original)).isFalse();
        assertThat(data.revisionOf(original.id()).orElseThrow().title()).isEqualTo("US proposal (Rev.1)");
    }

    @Test
    void aRev1EnteredAsANewProposal_countsTwice_whichIsWhatTheLinkPrevents() {
        Proposal original = original();
        NegotiationData data = plus(b.build(), revision(original, null, ProposalStatus.OPENING_BID));

        // both texts count: the post ($150,000) off first, then 10% and 25% of the $250,000 left
        // ($25,000 + $62,500): $237,500 and the post, where the revision alone is $100,000.
        assertThat(ProposedCuts.of(data).forMission(us.id(), monusco.id()))
                .isEqualTo(Cut.posts(Grade.P3, 1, 0).plus(Cut.dollars(237_500)));
    }

    @Test
    void aWithdrawnRevision_leavesTheOriginalSuperseded_soNeitherCounts() {
        Proposal original = original();
        NegotiationData data = plus(b.build(), revision(original, original.id(), ProposalStatus.WITHDRAWN));

        assertThat(ProposedCuts.of(data).forMission(us.id(), monusco.id())).isEqualTo(Cut.NONE);
    }

    @Test
    void aSupersededTopLineCut_isNoLongerUnallocated() {
        Proposal original = b.proposal(us, b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 5_000_000));
        Proposal rev = new Proposal(b.id(), us.id(), "US proposal (Rev.1)", NegotiationBuilder.DESK,
                ProposalStatus.REVISED, Provenance.illustrative("test"),
                List.of(b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 3_000_000)), original.id());

        assertThat(ProposedCuts.of(plus(b.build(), rev)).unallocated(us.id())).isEqualTo(3_000_000);
    }

    @Test
    void revisionsAreNumbered_andTitledRevOneThenRevTwo() {
        Proposal original = original();
        Proposal rev1 = revision(original, original.id(), ProposalStatus.REVISED);
        NegotiationData data = plus(b.build(), rev1);

        assertThat(data.revisionNumber(original)).isZero();
        assertThat(data.revisionNumber(rev1)).isEqualTo(1);
        assertThat(Revisions.nextTitle(data, original)).isEqualTo("US proposal (Rev.1)");
        assertThat(Revisions.nextTitle(data, rev1)).isEqualTo("US proposal (Rev.2)");
        assertThat(Revisions.title("Cuts (Rev.9)", 10)).isEqualTo("Cuts (Rev.10)");
    }

    @Test
    void aRevisionListedBeforeWhatItRevises_isRefused() {
        Proposal original = original();
        NegotiationData data = b.build();
        Proposal rev = revision(original, original.id(), ProposalStatus.REVISED);

        assertThatThrownBy(() -> data.withProposals(List.of(rev, original))).isInstanceOf(Refused.class)
                .hasMessage("proposal \"US proposal (Rev.1)\" revises proposal id " + original.id()
                        + ", which is not a proposal listed before it");
    }

    @Test
    void aRevisionOfAnotherDelegationsProposal_isRefused() {
        Proposal original = original();
        NegotiationData data = b.build();
        Proposal byRussia = new Proposal(b.id(), ru.id(), "Russian text", NegotiationBuilder.DESK,
                ProposalStatus.REVISED, Provenance.illustrative("test"), List.of(), original.id());

        assertThatThrownBy(() -> plus(data, byRussia)).isInstanceOf(Refused.class)
                .hasMessageContaining("a revision is tabled by the same delegation");
    }

    @Test
    void aProposalRevisedTwice_isRefused() {
        Proposal original = original();
        NegotiationData data = b.build();

        assertThatThrownBy(() -> plus(data, revision(original, original.id(), ProposalStatus.REVISED),
                revision(original, original.id(), ProposalStatus.REVISED)))
                .isInstanceOf(Refused.class).hasMessageContaining("\"US proposal\" is revised twice");
    }
}
