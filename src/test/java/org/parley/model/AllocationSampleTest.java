package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;

/**
 * The US $129M top-line cut on the 2018 sample under each allocation rule (decision 0025,
 * docs/scenario-rules.md). The parts were worked out apart from Parley, from the sample's
 * figures, and are written here: whole part of 129,000,000 × weight / total, then the dollars
 * left one each to the largest remainders.
 */
class AllocationSampleTest {

    private static final long US = 129_000_000;

    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    private static Map<String, Long> byCode(TopLineAllocation t) {
        Map<String, Long> out = new LinkedHashMap<>();
        t.parts().forEach((id, usd) -> out.put(sample.mission(id).orElseThrow().code(), usd));
        return out;
    }

    @Test
    void proRataToTheAcabqFigures_theSamplesRule() {
        // ACABQ recommended, 14 budgets, total 6,865,000,000 (UNFICYP and MINURSO have none: left out).
        // Whole parts add up to 128,999,993; the 7 dollars left go to the largest remainders (in
        // 6,865,000,000ths): RSCE 6,850M, MINUSCA 6,000M, UNMIK 5,775M, UNISFA 5,240M, SUPPORT 4,565M,
        // UNAMID 4,170M, MINUSMA 3,360M.
        Amendment us = usCut();
        assertThat(us.allocation()).isEqualTo(Allocation.proRata(Baseline.ACABQ_RECOMMENDED));

        TopLineAllocation t = TopLineAllocation.of(sample, us.allocation(), US);

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("MONUSCO", 20_857_975L);   // 1,110,000,000 x 129 / 6,865 = 20,857,975.1
        expected.put("MINUJUSTH", 2_273_707L);  //   121,000,000 -> 2,273,707.2
        expected.put("UNAMID", 13_435_543L);    //   715,000,000 -> 13,435,542.6 (+1)
        expected.put("UNMISS", 20_294_246L);    // 1,080,000,000 -> 20,294,246.2
        expected.put("UNISFA", 4_942_025L);     //   263,000,000 -> 4,942,024.8 (+1)
        expected.put("MINUSCA", 17_475_601L);   //   930,000,000 -> 17,475,600.9 (+1)
        expected.put("MINUSMA", 20_106_337L);   // 1,070,000,000 -> 20,106,336.5 (+1)
        expected.put("UNIFIL", 8_925_710L);     //   475,000,000 -> 8,925,710.1
        expected.put("UNMIK", 695_266L);        //    37,000,000 -> 695,265.8 (+1)
        expected.put("UNDOF", 1_127_458L);      //    60,000,000 -> 1,127,458.1
        expected.put("UNSOS", 10_522_942L);     //   560,000,000 -> 10,522,942.5 (remainder 3,170M: no)
        expected.put("UNLB", 1_540_859L);       //    82,000,000 -> 1,540,859.4
        expected.put("RSCE", 601_311L);         //    32,000,000 -> 601,310.998 (+1)
        expected.put("SUPPORT", 6_201_020L);    //   330,000,000 -> 6,201,019.7 (+1)
        assertThat(byCode(t)).containsExactlyEntriesOf(expected);
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(US);
        assertThat(t.leftOut()).containsExactly("UNFICYP", "MINURSO");
        assertThat(t.illustrative()).isTrue();
    }

    @Test
    void proRataToTheAcabqReductions_onlyWhereTheAcabqFoundSavings() {
        // SG − ACABQ: 1.5% of each illustrative ACABQ figure to the nearest 100,000, and UNMIK's
        // sourced $727,700 (GA/AB/4277); total 103,027,700. Whole parts add up to 128,999,993; the 7
        // dollars go to UNAMID, UNSOS, MINUJUSTH, UNISFA, MONUSCO, UNLB, UNDOF (largest remainders).
        TopLineAllocation t = TopLineAllocation.of(sample, Allocation.acabqReductions(), US);

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("MONUSCO", 20_784_702L);   // 16,600,000 x 129,000,000 / 103,027,700 = 20,784,701.6 (+1)
        expected.put("MINUJUSTH", 2_253_763L);  //  1,800,000 -> 2,253,762.8 (+1)
        expected.put("UNAMID", 13_397_368L);    // 10,700,000 -> 13,397,367.9 (+1)
        expected.put("UNMISS", 20_283_865L);    // 16,200,000 -> 20,283,865.4
        expected.put("UNISFA", 4_883_153L);     //  3,900,000 -> 4,883,152.8 (+1)
        expected.put("MINUSCA", 17_529_266L);   // 14,000,000 -> 17,529,266.4
        expected.put("MINUSMA", 20_033_447L);   // 16,000,000 -> 20,033,447.3
        expected.put("UNIFIL", 8_889_842L);     //  7,100,000 -> 8,889,842.2
        expected.put("UNMIK", 911_146L);        //    727,700 -> 911,146.2
        expected.put("UNDOF", 1_126_882L);      //    900,000 -> 1,126,881.4 (+1)
        expected.put("UNSOS", 10_517_560L);     //  8,400,000 -> 10,517,559.8 (+1)
        expected.put("UNLB", 1_502_509L);       //  1,200,000 -> 1,502,508.5 (+1)
        expected.put("RSCE", 626_045L);         //    500,000 -> 626,045.2
        expected.put("SUPPORT", 6_260_452L);    //  5,000,000 -> 6,260,452.3
        assertThat(byCode(t)).containsExactlyEntriesOf(expected);
        assertThat(t.leftOut()).containsExactly("UNFICYP", "MINURSO");
    }

    @Test
    void byHand_onTheBudgetsWithoutLines() {
        Map<Long, Long> parts = new LinkedHashMap<>();
        parts.put(code("UNIFIL"), 50_000_000L);
        parts.put(code("UNSOS"), 50_000_000L);
        parts.put(code("SUPPORT"), 29_000_000L);

        TopLineAllocation t = TopLineAllocation.of(sample, Allocation.byHand(parts), US);

        assertThat(byCode(t)).containsExactly(Map.entry("UNIFIL", 50_000_000L), Map.entry("UNSOS", 50_000_000L),
                Map.entry("SUPPORT", 29_000_000L));
    }

    @Test
    void ruCnAndUs_inFull_theGrandTotalCountsTheUsCutOnce_andMonuscoCarriesItsPart() {
        Proposal ru = proposalOf("RU");
        Proposal cn = proposalOf("CN");
        Proposal us = proposalOf("US");
        Scenario s = new Scenario(1, "all", US, List.of(ScenarioItem.proposal(ru.id(), Share.WHOLE),
                ScenarioItem.proposal(cn.id(), Share.WHOLE), ScenarioItem.proposal(us.id(), Share.WHOLE)));

        ScenarioTotals t = ScenarioCalculator.of(sample, s);

        // MONUSCO: RU and CN's 5,955,000 (docs/scenario-rules.md) + the US part 20,857,975
        MissionTotals monusco = t.mission(code("MONUSCO")).orElseThrow();
        assertThat(monusco.cut().usd()).isEqualTo(26_812_975L);
        assertThat(monusco.allocatedUsd()).isEqualTo(20_857_975L);
        // the eight missions' 18,705,000 + 129,000,000, as when the cut was unallocated: not twice
        assertThat(t.grandTotalUsd()).isEqualTo(147_705_000L);
        assertThat(t.unallocatedUsd()).isZero();
        assertThat(t.allocatedUsd()).isEqualTo(US);
        assertThat(t.gapToTarget().getAsLong()).isEqualTo(-18_705_000L);
        // the budgets with no lines now carry their part: UNIFIL
        assertThat(t.mission(code("UNIFIL")).orElseThrow().cut().usd()).isEqualTo(8_925_710L);
    }

    private static long code(String code) {
        return sample.missionByCode(code).orElseThrow().id();
    }

    private static Amendment usCut() {
        return proposalOf("US").amendments().get(0);
    }

    private static Proposal proposalOf(String delegation) {
        long id = sample.delegations().stream().filter(d -> d.code().equals(delegation)).findFirst().orElseThrow().id();
        return sample.proposals().stream().filter(p -> p.delegationId() == id).findFirst().orElseThrow();
    }
}
