package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;
import static org.parley.model.NegotiationBuilder.post;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProposedCutsTest {

    private NegotiationBuilder b;
    private Delegation ru;
    private Delegation cn;
    private Mission monusco;
    private BudgetLine humanRights;
    private Post officers;
    private Post advocate;

    @BeforeEach
    void setUp() {
        b = new NegotiationBuilder();
        ru = b.delegation("RU", "Russian Federation");
        cn = b.delegation("CN", "China");
        officers = post(b.id(), "Human Rights Officer", Grade.P3, 10, 150_000);
        advocate = post(b.id(), "Field Victims' Rights Advocate", Grade.P4, 1, 180_000);
        humanRights = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, officers, advocate);
        monusco = b.mission("MONUSCO", 1_000_000_000, humanRights);
    }

    private Target hr() {
        return Target.line(monusco.id(), humanRights.id());
    }

    private Target postOf(Post p) {
        return Target.post(monusco.id(), humanRights.id(), p.id());
    }

    @Test
    void percentCut_isMeasuredAgainstTheLineReference() {
        b.proposal(ru, b.amend(hr(), AmendmentKind.PERCENT_CUT, 5000));
        ProposedCuts cuts = ProposedCuts.of(b.build());
        assertThat(cuts.forLine(ru.id(), humanRights.id()).usd()).isEqualTo(2_000_000);
        assertThat(cuts.forMission(ru.id(), monusco.id()).usd()).isEqualTo(2_000_000);
        assertThat(cuts.forMission(cn.id(), monusco.id())).isEqualTo(Cut.NONE);
    }

    @Test
    void abolishPosts_costsTheirAnnualCostAndCountsByGrade() {
        b.proposal(cn, b.amend(postOf(officers), AmendmentKind.ABOLISH_POSTS, 3));
        Cut cut = ProposedCuts.of(b.build()).forLine(cn.id(), humanRights.id());
        assertThat(cut.usd()).isEqualTo(450_000);
        assertThat(cut.postsByGrade()).isEqualTo(Map.of(Grade.P3, 3));
    }

    @Test
    void onePostRow_neverLosesMorePostsThanItHas_evenWhenNamedTwice() {
        b.proposal(cn, b.amend(postOf(officers), AmendmentKind.ABOLISH_POSTS, 8),
                b.amend(postOf(officers), AmendmentKind.ABOLISH_POSTS, 8));
        Cut cut = ProposedCuts.of(b.build()).forLine(cn.id(), humanRights.id());
        assertThat(cut.posts()).isEqualTo(10);
        assertThat(cut.usd()).isEqualTo(1_500_000);
    }

    @Test
    void postsAbolished_perPostRow_isCappedAtItsCount() {
        b.proposal(cn, b.amend(postOf(officers), AmendmentKind.ABOLISH_POSTS, 8),
                b.amend(postOf(officers), AmendmentKind.ABOLISH_POSTS, 8));
        ProposedCuts cuts = ProposedCuts.of(b.build());
        assertThat(cuts.postsAbolished(cn.id(), officers.id())).isEqualTo(10);
        assertThat(cuts.postsAbolished(ru.id(), officers.id())).isZero();
        assertThat(cuts.postsAbolished(cn.id(), advocate.id())).isZero();
    }

    @Test
    void aLine_neverLosesMoreThanItHas() {
        b.proposal(ru, b.amend(hr(), AmendmentKind.PERCENT_CUT, 8000),
                b.amend(hr(), AmendmentKind.AMOUNT_CUT, 3_000_000));
        assertThat(ProposedCuts.of(b.build()).forLine(ru.id(), humanRights.id()).usd()).isEqualTo(4_000_000);
    }

    @Test
    void withdrawnProposals_doNotCount() {
        b.proposal(ru, ProposalStatus.WITHDRAWN, b.amend(hr(), AmendmentKind.PERCENT_CUT, 5000));
        assertThat(ProposedCuts.of(b.build()).forMission(ru.id(), monusco.id())).isEqualTo(Cut.NONE);
    }

    @Test
    void topLineCut_isUnallocatedAndTouchesNoMission() {
        Delegation us = b.delegation("US", "United States");
        b.proposal(us, b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 129_000_000));
        ProposedCuts cuts = ProposedCuts.of(b.build());
        assertThat(cuts.unallocated(us.id())).isEqualTo(129_000_000);
        assertThat(cuts.forMission(us.id(), monusco.id())).isEqualTo(Cut.NONE);
    }

    @Test
    void missionLevelCut_addsToLineCutsAndIsCappedAtTheMission() {
        b.proposal(ru, b.amend(hr(), AmendmentKind.PERCENT_CUT, 5000),
                b.amend(Target.mission(monusco.id()), AmendmentKind.AMOUNT_CUT, 10_000_000));
        assertThat(ProposedCuts.of(b.build()).forMission(ru.id(), monusco.id()).usd()).isEqualTo(12_000_000);
    }

    @Test
    void restore_countsAsANegativeCut() {
        b.proposal(ru, b.amend(hr(), AmendmentKind.RESTORE, 100_000));
        assertThat(ProposedCuts.of(b.build()).forLine(ru.id(), humanRights.id()).usd()).isEqualTo(-100_000);
    }

    @Test
    void impactOf_oneAmendment_measuresItAlone() {
        NegotiationData data = b.build();
        assertThat(ProposedCuts.impactOf(data, b.amend(hr(), AmendmentKind.PERCENT_CUT, 2500)).usd())
                .isEqualTo(1_000_000);
        assertThat(ProposedCuts.impactOf(data, b.amend(postOf(advocate), AmendmentKind.ABOLISH_POSTS, 5)))
                .isEqualTo(Cut.posts(Grade.P4, 1, 180_000));
        assertThat(ProposedCuts.impactOf(data, b.amend(hr(), AmendmentKind.AMOUNT_CUT, 9_000_000)).usd())
                .isEqualTo(4_000_000);
    }
}
