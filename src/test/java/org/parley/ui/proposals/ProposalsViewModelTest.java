package org.parley.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.NegotiationBuilder;
import org.parley.model.Proposal;
import org.parley.model.Target;

class ProposalsViewModelTest {

    private final ProposalsViewModel vm = new ProposalsViewModel();
    private Delegation ru;
    private Proposal ruProposal;
    private Proposal usProposal;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        ru = b.delegation("RU", "Russian Federation");
        Delegation us = b.delegation("US", "United States");
        b.delegation("JP", "Japan");
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        Mission unmiss = b.mission("UNMISS", 1_000_000_000, hr);
        ruProposal = b.proposal(ru, b.amend(Target.line(unmiss.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000),
                b.amend(Target.mission(unmiss.id()), AmendmentKind.AMOUNT_CUT, 1_000_000));
        usProposal = b.proposal(us, b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 129_000_000));
        vm.setData(b.build());
    }

    @Test
    void afterAGesture_aRowWhoseAmendmentAndMissionAreTheSame_isKept_andOneWhoseMissionChanged_isMadeAgain() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation cn = b.delegation("CN", "China");
        BudgetLine hrA = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        BudgetLine hrB = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 2_000_000);
        Mission a = b.mission("MINUSCA", 900_000_000, hrA);
        Mission m = b.mission("MONUSCO", 1_000_000_000, hrB);
        Proposal p = b.proposal(cn, b.amend(Target.line(a.id(), hrA.id()), AmendmentKind.PERCENT_CUT, 5000),
                b.amend(Target.line(m.id(), hrB.id()), AmendmentKind.PERCENT_CUT, 5000));
        org.parley.model.NegotiationData before = b.build();
        vm.setData(before);
        vm.selectedProposalProperty().set(p);
        AmendmentRow first = vm.getAmendments().get(0);
        AmendmentRow second = vm.getAmendments().get(1);
        assertThat(second.dollars()).isEqualTo("−$1.0M*");

        // MONUSCO's line doubled (a new mission object); MINUSCA untouched (the same object)
        Mission grown = new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(),
                m.baselines(), java.util.List.of(line(hrB.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000)),
                m.notes());
        java.util.List<Mission> missions = before.missions().stream().map(x -> x.id() == m.id() ? grown : x).toList();
        vm.setData(before.with(before.negotiation(), before.delegations(), missions, before.proposals(),
                before.events(), before.positions(), before.ourLines(), before.compromises(), before.scenarios()));

        assertThat(vm.getAmendments().get(0)).isSameAs(first);
        assertThat(vm.getAmendments().get(1)).isNotSameAs(second);
        assertThat(vm.getAmendments().get(1).dollars()).isEqualTo("−$2.0M*");
    }

    @Test
    void groups_listOnlyDelegationsWithProposals() {
        assertThat(vm.getGroups()).extracting(g -> g.delegation().code()).containsExactly("RU", "US");
    }

    @Test
    void filter_byTargetMission_findsTheProposalThatTouchesIt() {
        vm.filterProperty().set("unmiss");
        assertThat(vm.getGroups()).extracting(g -> g.delegation().code()).containsExactly("RU");
        assertThat(vm.proposalsOf(ru)).extracting(r -> r.proposal().id()).containsExactly(ruProposal.id());
    }

    @Test
    void selectingAProposal_listsItsAmendmentsWithTheirCuts() {
        vm.selectedProposalProperty().set(ruProposal);
        assertThat(vm.getAmendments()).extracting(AmendmentRow::target, AmendmentRow::value, AmendmentRow::dollars)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UNMISS / Human rights", "50%", "−$2.0M*"),
                        org.assertj.core.groups.Tuple.tuple("UNMISS", "$1.0M", "−$1.0M*"));
    }

    @Test
    void anAllocatedTopLineCut_saysHowItIsSpread_notUnallocated() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation us = b.delegation("US", "United States");
        b.mission("UNMISS", 1_000_000_000);
        Proposal p = b.proposal(us, b.topLine(129_000_000,
                org.parley.model.Allocation.proRata(org.parley.model.Baseline.ACABQ_RECOMMENDED)));
        vm.setData(b.build());
        vm.selectedProposalProperty().set(p);
        assertThat(vm.getAmendments().get(0).target())
                .isEqualTo("Whole budget (allocated pro rata to the ACABQ recommended figure)");
    }

    @Test
    void topLineCut_readsAsUnallocated() {
        vm.selectedProposalProperty().set(usProposal);
        AmendmentRow row = vm.getAmendments().get(0);
        assertThat(row.target()).isEqualTo("Whole budget (unallocated)");
        assertThat(row.dollars()).isEqualTo("−$129.0M");
    }

    @Test
    void describe_aProposal_givesItsSource() {
        String text = vm.describe(new ProposalRow.OfProposal(ru, ruProposal));
        assertThat(text).contains("Tabled 25 Jun 2018").contains("Illustrative");
    }

    @Test
    void aTablingDateChosenForTheReplay_isMarked_inTheColumnAndTheTooltip_withTheReason() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation cn = b.delegation("CN", "China");
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        Mission m = b.mission("MONUSCO", 1_000_000_000, hr);
        Proposal p = b.proposal(cn, b.amend(Target.line(m.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000));
        org.parley.model.NegotiationData built = b.build();
        Proposal chosen = p.withTiming(org.parley.model.EventTiming.DATE_ILLUSTRATIVE);
        vm.setData(built.withProposals(java.util.List.of(chosen)));
        ProposalRow.OfProposal row = vm.proposalsOf(vm.getGroups().get(0)).get(0);

        assertThat(vm.tabledText(row)).isEqualTo("25 Jun 2018*");
        assertThat(vm.describe(row)).contains("Tabled 25 Jun 2018*, opening bid\n"
                + "* Tabled: the date and the hour are illustrative, chosen for the replay");
    }

    @Test
    void rows_giveTheTextsThePaneShows_soThePaneNeedsNoModelType() {
        ProposalRow.OfDelegation group = vm.getGroups().get(0);
        ProposalRow.OfProposal row = vm.proposalsOf(group).get(0);

        assertThat(group.text()).isEqualTo("Russian Federation (RU)");
        assertThat(vm.tabledText(group)).isEmpty();
        assertThat(row.text()).isEqualTo("RU proposal");
        assertThat(vm.tabledText(row)).isEqualTo("25 Jun 2018");
        assertThat(row.statusText()).isEqualTo("opening bid");
        assertThat(row.amendmentCount()).isEqualTo("2");
        assertThat(row.proposalId()).isEqualTo(ruProposal.id());
        assertThat(row.key()).isEqualTo(ProposalRow.proposalKey(ruProposal.id())).isNotEqualTo(group.key());
    }

    @Test
    void selectRow_selectsTheRowsProposal_andTheIdFollows() {
        ProposalRow.OfDelegation group = vm.getGroups().get(0);

        vm.selectRow(vm.proposalsOf(group).get(0));
        assertThat(vm.selectedProposalProperty().get()).isSameAs(ruProposal);
        assertThat(vm.selectedProposalIdProperty().get()).isEqualTo(ruProposal.id());

        vm.selectRow(group);
        assertThat(vm.selectedProposalProperty().get()).isNull();
        assertThat(vm.selectedProposalIdProperty().get()).isNull();
    }

    @Test
    void amendmentRows_giveTheirIdRationaleAndWhetherTheSourceIsIllustrative() {
        vm.selectedProposalProperty().set(ruProposal);
        AmendmentRow row = vm.getAmendments().get(1);
        assertThat(row.amendmentId()).isEqualTo(ruProposal.amendments().get(1).id());
        assertThat(row.rationale()).isEqualTo(ruProposal.amendments().get(1).rationale());
        assertThat(row.sourceIllustrative()).isTrue();
    }

    @Test
    void setData_keepsTheSelectedProposalAndAmendment_byId() {
        vm.select(ruProposal.id(), ruProposal.amendments().get(1).id());
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru2 = b.delegation("RU", "Russian Federation");
        b.delegation("US", "United States");
        b.delegation("JP", "Japan");
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        Mission unmiss = b.mission("UNMISS", 1_000_000_000, hr);
        // The same ids as before (the builder hands them out in the same order), new objects.
        Proposal again = b.proposal(ru2, b.amend(Target.line(unmiss.id(), hr.id()), AmendmentKind.PERCENT_CUT, 2500),
                b.amend(Target.mission(unmiss.id()), AmendmentKind.AMOUNT_CUT, 1_000_000));

        vm.setData(b.build());

        assertThat(vm.selectedProposalProperty().get()).isEqualTo(again);
        assertThat(vm.selectedAmendmentIdProperty().get()).isEqualTo(again.amendments().get(1).id());
        assertThat(vm.getAmendments().get(0).value()).isEqualTo("25%");
    }

    @Test
    void setData_withoutTheSelectedProposal_selectsNothing() {
        vm.select(usProposal.id(), null);
        NegotiationBuilder b = new NegotiationBuilder();
        b.delegation("RU", "Russian Federation");

        vm.setData(b.build());

        assertThat(vm.selectedProposalProperty().get()).isNull();
        assertThat(vm.getAmendments()).isEmpty();
    }
}
