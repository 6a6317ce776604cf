package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The US $129M top-line cut spread over four hand-made budgets by each rule (decision 0025).
 * Every expected figure is worked out in the comments, not by the code under test:
 *
 * <pre>
 *          SG proposed    ACABQ recommended   ACABQ's reduction
 *   A      500,000,000    480,000,000         20,000,000
 *   B      300,000,000    290,000,000         10,000,000
 *   C      (none)         200,000,000         (no SG figure: left out)
 *   D      100,000,000    100,000,000          0
 * </pre>
 */
class TopLineAllocationTest {

    private static final long US = 129_000_000;

    private NegotiationBuilder b;
    private Mission a;
    private Mission bee;
    private Mission c;
    private Mission d;

    @BeforeEach
    void budgets() {
        b = new NegotiationBuilder();
        a = b.mission("A", figures(500_000_000L, 480_000_000L));
        bee = b.mission("B", figures(300_000_000L, 290_000_000L));
        c = b.mission("C", figures(null, 200_000_000L));
        d = b.mission("D", figures(100_000_000L, 100_000_000L));
    }

    static Baselines figures(Long sg, Long acabq) {
        Baselines f = Baselines.none();
        if (sg != null) {
            f = f.with(Baseline.SG_PROPOSED, Figure.sourced(sg, "test"));
        }
        if (acabq != null) {
            f = f.with(Baseline.ACABQ_RECOMMENDED, Figure.sourced(acabq, "test"));
        }
        return f;
    }

    @Test
    void proRataToAcabq_largestRemainder_addsUpToTheCut() {
        // weights 480 : 290 : 200 : 100 (millions), total 1,070.
        // A: 129,000,000 x 480 / 1,070 = 57,869,158 remainder 940/1,070
        // B: 129,000,000 x 290 / 1,070 = 34,962,616 remainder 880/1,070
        // C: 129,000,000 x 200 / 1,070 = 24,112,149 remainder 570/1,070
        // D: 129,000,000 x 100 / 1,070 = 12,056,074 remainder 820/1,070
        // whole parts add up to 128,999,997: the 3 dollars left go to A (940), B (880), D (820).
        TopLineAllocation t = TopLineAllocation.of(b.build(), Allocation.proRata(Baseline.ACABQ_RECOMMENDED), US);

        assertThat(t.parts()).containsExactly(Map.entry(a.id(), 57_869_159L), Map.entry(bee.id(), 34_962_617L),
                Map.entry(c.id(), 24_112_149L), Map.entry(d.id(), 12_056_075L));
        assertThat(t.unallocatedUsd()).isZero();
        assertThat(t.leftOut()).isEmpty();
    }

    @Test
    void proRataToAcabq_atHalf_theLeftoverDollarsGoToTheLargestRemainders() {
        // 64,500,000 x 480 / 1,070 = 28,934,579 r 470; x 290 = 17,481,308 r 440;
        // x 200 = 12,056,074 r 820; x 100 = 6,028,037 r 410; 2 dollars left: C (820), A (470).
        TopLineAllocation t = TopLineAllocation.of(b.build(), Allocation.proRata(Baseline.ACABQ_RECOMMENDED),
                64_500_000);

        assertThat(t.parts()).containsExactly(Map.entry(a.id(), 28_934_580L), Map.entry(bee.id(), 17_481_308L),
                Map.entry(c.id(), 12_056_075L), Map.entry(d.id(), 6_028_037L));
    }

    @Test
    void proRataToSg_leavesOutAndNamesTheMissionWithoutAnSgFigure() {
        // weights 500 : 300 : 100, total 900: A 129M x 5/9 = 71,666,666 r 6/9 ... B 129M x 3/9 = 43,000,000,
        // D 129M x 1/9 = 14,333,333 r 3/9; 1 dollar left goes to A (the larger remainder).
        TopLineAllocation t = TopLineAllocation.of(b.build(), Allocation.proRata(Baseline.SG_PROPOSED), US);

        assertThat(t.parts()).containsExactly(Map.entry(a.id(), 71_666_667L), Map.entry(bee.id(), 43_000_000L),
                Map.entry(d.id(), 14_333_333L));
        assertThat(t.leftOut()).containsExactly("C");
    }

    @Test
    void proRataToAcabqReductions_onlyWhereTheAcabqFoundSavings() {
        // reductions A 20M, B 10M, D 0 (gets nothing), C has no SG figure (left out, named):
        // A 129M x 20/30 = 86,000,000; B 129M x 10/30 = 43,000,000.
        TopLineAllocation t = TopLineAllocation.of(b.build(), Allocation.acabqReductions(), US);

        assertThat(t.parts()).containsExactly(Map.entry(a.id(), 86_000_000L), Map.entry(bee.id(), 43_000_000L));
        assertThat(t.leftOut()).containsExactly("C");
        assertThat(t.unallocatedUsd()).isZero();
    }

    @Test
    void byHand_givesEachMissionItsPart_andAtHalfScalesThem() {
        Map<Long, Long> parts = new LinkedHashMap<>();
        parts.put(a.id(), 100_000_000L);
        parts.put(d.id(), 29_000_000L);
        Allocation byHand = Allocation.byHand(parts);

        assertThat(TopLineAllocation.of(b.build(), byHand, US).parts())
                .containsExactly(Map.entry(a.id(), 100_000_000L), Map.entry(d.id(), 29_000_000L));
        // at half: 50,000,000 and 14,500,000
        assertThat(TopLineAllocation.of(b.build(), byHand, 64_500_000).parts())
                .containsExactly(Map.entry(a.id(), 50_000_000L), Map.entry(d.id(), 14_500_000L));
    }

    @Test
    void byHand_partsThatDoNotAddUpToTheCut_areRefusedSayingBothSums() {
        Map<Long, Long> parts = Map.of(a.id(), 100_000_000L, d.id(), 28_000_000L);

        assertThatThrownBy(() -> b.topLine(US, Allocation.byHand(parts)))
                .isInstanceOf(Refused.class)
                .hasMessage("top-line cut: the amounts allocated by hand add up to $128,000,000, not the cut's"
                        + " $129,000,000");
    }

    @Test
    void onlyATopLineCutIsAllocated_andAProRataRuleNeedsItsBaseline() {
        assertThatThrownBy(() -> new Amendment(1, Target.mission(a.id()), AmendmentKind.AMOUNT_CUT, 5,
                "", Provenance.illustrative("test"), Allocation.acabqReductions()))
                .isInstanceOf(Refused.class).hasMessageContaining("only a top-line cut is allocated");
        assertThatThrownBy(() -> new Allocation(AllocationRule.PRO_RATA, null, Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("needs the baseline");
    }

    @Test
    void noMissionWithTheFigure_leavesTheWholeCutUnallocated() {
        TopLineAllocation t = TopLineAllocation.of(List.of(c), Allocation.acabqReductions(), US);

        assertThat(t.parts()).isEmpty();
        assertThat(t.unallocatedUsd()).isEqualTo(US);
        assertThat(t.leftOut()).containsExactly("C");
    }
}
