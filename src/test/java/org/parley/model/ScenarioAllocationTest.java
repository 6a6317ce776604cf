package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An allocated top-line cut in the totals (decision 0025): each mission's part counts in that
 * mission, the grand total counts the cut once, and the scenario, the per-mission adoption of
 * the briefs and the proposed cuts of the missions pane agree. Figures by hand, on the budgets of
 * {@link TopLineAllocationTest} (ACABQ recommended A 480M, B 290M, C 200M, D 100M), with a
 * separate $1,000,000 cut aimed at A by another delegation.
 */
class ScenarioAllocationTest {

    private static final long US = 129_000_000;

    private NegotiationBuilder b;
    private Delegation us;
    private Delegation ru;
    private Mission a;
    private Mission bee;
    private Mission c;
    private Mission d;
    private Proposal ruOnA;

    @BeforeEach
    void budgets() {
        b = new NegotiationBuilder();
        us = b.delegation("US", "United States");
        ru = b.delegation("RU", "Russian Federation");
        a = b.mission("A", TopLineAllocationTest.figures(500_000_000L, 480_000_000L));
        bee = b.mission("B", TopLineAllocationTest.figures(300_000_000L, 290_000_000L));
        c = b.mission("C", TopLineAllocationTest.figures(null, 200_000_000L));
        d = b.mission("D", TopLineAllocationTest.figures(100_000_000L, 100_000_000L));
        ruOnA = b.proposal(ru, b.amend(Target.mission(a.id()), AmendmentKind.AMOUNT_CUT, 1_000_000));
    }

    private static Scenario scenario(Share share, Proposal... proposals) {
        return new Scenario(1, "test", US, java.util.Arrays.stream(proposals)
                .map(p -> ScenarioItem.proposal(p.id(), share)).toList());
    }

    @Test
    void proRata_theGrandTotalCountsTheTopLineOnce_notAlsoItsParts() {
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
        NegotiationData data = b.build();

        ScenarioTotals t = ScenarioCalculator.of(data, scenario(Share.WHOLE, ruOnA, usCut));

        // A: its part 57,869,159 (TopLineAllocationTest) + RU's 1,000,000 = 58,869,159
        assertThat(t.mission(a.id()).orElseThrow().cut().usd()).isEqualTo(58_869_159L);
        assertThat(t.mission(a.id()).orElseThrow().allocatedUsd()).isEqualTo(57_869_159L);
        assertThat(t.mission(bee.id()).orElseThrow().cut().usd()).isEqualTo(34_962_617L);
        assertThat(t.mission(c.id()).orElseThrow().cut().usd()).isEqualTo(24_112_149L);
        assertThat(t.mission(d.id()).orElseThrow().cut().usd()).isEqualTo(12_056_075L);
        assertThat(t.unallocatedUsd()).isZero();
        assertThat(t.allocatedUsd()).isEqualTo(US);
        // 129,000,000 + 1,000,000: not 258,000,000 + 1,000,000
        assertThat(t.grandTotalUsd()).isEqualTo(130_000_000L);
        assertThat(t.gapToTarget().getAsLong()).isEqualTo(-1_000_000L);
    }

    @Test
    void unallocated_asBefore_inNoMissionButInTheGrandTotal() {
        Proposal usCut = b.proposal(us, b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, US));

        ScenarioTotals t = ScenarioCalculator.of(b.build(), scenario(Share.WHOLE, ruOnA, usCut));

        assertThat(t.unallocatedUsd()).isEqualTo(US);
        assertThat(t.mission(bee.id())).isEmpty();
        assertThat(t.grandTotalUsd()).isEqualTo(130_000_000L);
    }

    @Test
    void acabqReductions_atHalf_onlyAAndB() {
        // 64,500,000 x 20/30 = 43,000,000 to A, x 10/30 = 21,500,000 to B; C and D nothing
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.acabqReductions()));

        ScenarioTotals t = ScenarioCalculator.of(b.build(), scenario(Share.ofBasisPoints(5_000), usCut));

        assertThat(t.mission(a.id()).orElseThrow().cut().usd()).isEqualTo(43_000_000L);
        assertThat(t.mission(bee.id()).orElseThrow().cut().usd()).isEqualTo(21_500_000L);
        assertThat(t.missions().keySet()).containsExactly(a.id(), bee.id());
        assertThat(t.grandTotalUsd()).isEqualTo(64_500_000L);
    }

    @Test
    void byHand_aPartAboveWhatTheMissionHas_isCappedLikeAnAmountCut_andTheGapShowsIt() {
        Mission small = b.mission("E", TopLineAllocationTest.figures(null, 1_000_000L));
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.byHand(Map.of(a.id(), 127_000_000L,
                small.id(), 2_000_000L))));

        ScenarioTotals t = ScenarioCalculator.of(b.build(), scenario(Share.WHOLE, usCut));

        // E has 1,000,000: it loses 1,000,000 of its 2,000,000 part; A its 127,000,000
        assertThat(t.mission(small.id()).orElseThrow().cut().usd()).isEqualTo(1_000_000L);
        assertThat(t.grandTotalUsd()).isEqualTo(128_000_000L);
        assertThat(t.gapToTarget().getAsLong()).isEqualTo(1_000_000L);
    }

    @Test
    void theBriefsPerMissionAdoption_andTheProposedCuts_giveTheSameParts() {
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
        NegotiationData data = b.build();
        MissionAdoption adoption = new MissionAdoption(data);
        ProposedCuts cuts = ProposedCuts.of(data);

        assertThat(adoption.of(List.of(usCut.id()), Share.WHOLE, d.id()).orElseThrow().cut().usd())
                .isEqualTo(12_056_075L);
        assertThat(adoption.of(List.of(ruOnA.id(), usCut.id()), Share.WHOLE, a.id()).orElseThrow().cut().usd())
                .isEqualTo(58_869_159L);
        assertThat(cuts.forMission(us.id(), c.id()).usd()).isEqualTo(24_112_149L);
        assertThat(cuts.allocatedTo(us.id(), a.id())).isEqualTo(57_869_159L);
        assertThat(cuts.unallocated(us.id())).isZero();
    }

    @Test
    void anUpdateAfterAFigureChanges_equalsAFullRecompute_sinceEveryPartMoves() {
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
        NegotiationData before = b.build();
        Scenario s = scenario(Share.WHOLE, ruOnA, usCut);
        ScenarioTotals previous = ScenarioCalculator.of(before, s);
        Mission cheaperD = new Mission(d.id(), d.code(), d.name(), "", "", d.status(),
                TopLineAllocationTest.figures(100_000_000L, 50_000_000L), List.of(), "");
        List<Mission> missions = before.missions().stream().map(m -> m.id() == d.id() ? cheaperD : m).toList();
        NegotiationData after = new NegotiationData(before.negotiation(), before.delegations(), missions,
                before.proposals(), before.events());

        ScenarioTotals updated = ScenarioCalculator.update(previous, after, s, Set.of(d.id()));

        assertThat(updated).isEqualTo(ScenarioCalculator.of(after, s));
        // weights 480 : 290 : 200 : 50, total 1,020: A 129M x 480/1,020 = 60,705,882.35...
        assertThat(updated.mission(a.id()).orElseThrow().allocatedUsd()).isBetween(60_705_882L, 60_705_883L);
        assertThat(ProposedCuts.update(ProposedCuts.of(before), after, Set.of(d.id())).forMission(us.id(), a.id()))
                .isEqualTo(ProposedCuts.of(after).forMission(us.id(), a.id()));
    }

    @Test
    void anUpdateAfterTheAllocationIsDropped_equalsAFullRecompute_thoughNoMissionIsNamed() {
        Proposal usCut = b.proposal(us, b.topLine(US, Allocation.proRata(Baseline.ACABQ_RECOMMENDED)));
        NegotiationData before = b.build();
        Scenario s = scenario(Share.WHOLE, ruOnA, usCut);
        ScenarioTotals previous = ScenarioCalculator.of(before, s);
        Amendment unallocated = usCut.amendments().get(0).withAllocation(Allocation.NONE);
        NegotiationData after = before.withProposals(before.proposals().stream()
                .map(p -> p.id() != usCut.id() ? p : new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(),
                        p.status(), p.provenance(), List.of(unallocated)))
                .toList());

        // a top-line change names no mission (docs/scenario-rules.md, "Recomputing after an edit")
        ScenarioTotals updated = ScenarioCalculator.update(previous, after, s, Set.of());

        assertThat(updated).isEqualTo(ScenarioCalculator.of(after, s));
        assertThat(updated.mission(bee.id())).isEmpty();
        assertThat(updated.unallocatedUsd()).isEqualTo(US);
    }
}
