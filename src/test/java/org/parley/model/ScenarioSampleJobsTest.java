package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jobs at risk on the real 2018 sample: the posts Russia's and China's proposals abolish and
 * the estimate of the posts their dollar cuts put at risk, worked out by hand per line from the
 * data, not taken from the calculator.
 */
class ScenarioSampleJobsTest extends SampleScenarioTest {

    /**
     * Russia's proposal alone: 50% of nine lines and one P-4 abolished. Each line's reference is
     * even and nothing is abolished on the nine lines, so exactly half of each line's posts is at
     * risk; a grade with an odd count leaves .5, and the half-up line total places the odd posts
     * on the senior grades with .5 (every remainder ties). Worked out by hand per line:
     *
     * <pre>
     * line (posts by grade)                              half     at risk
     * MONUSCO HR   P5 1, P4 7, P3 24, P2 6, NPO 20, UNV 14 = 72  36  P5 1, P4 3, P3 12, P2 3, NPO 10, UNV 7
     * UNFICYP HR   P3 1, NPO 1 = 2                            1  P3 1
     * MINUJUSTH HR P5 1, P4 2, P3 8, P2 1, NPO 4, UNV 2 = 18   9  P5 1, P4 1, P3 4, NPO 2, UNV 1
     * UNAMID HR    P5 1, P4 3, P3 10, P2 2, NPO 8, UNV 4 = 28 14  P5 1, P4 1, P3 5, P2 1, NPO 4, UNV 2
     * UNMISS HR    P5 1, P4 6, P3 19, P2 4, NPO 10, UNV 12 = 52 26 P5 1, P4 3, P3 9, P2 2, NPO 5, UNV 6
     * UNISFA HR    P4 1, P3 2, NPO 1 = 4                      2  P4 1, P3 1
     * UNISFA SEA   P4 1, P3 1, NPO 1 = 3                    1.5→2 P4 1, P3 1
     * MINUSCA SEA  P5 1, P4 3, P3 3, FS 1, NPO 2, UNV 2 = 12  6  P5 1, P4 2, P3 1, NPO 1, UNV 1
     * MINUJUSTH SEA P4 2, P3 2, NPO 1 = 5                   2.5→3 P4 1, P3 1, NPO 1
     * </pre>
     * 99 posts at risk (of the 196 on those lines) and 1 P-4 abolished: 100 jobs, against the
     * sources' "about 170" (docs/scenario-rules.md says why).
     */
    @Test
    void ru_jobsAtRisk_workedOutByHand() {
        ScenarioTotals t = ScenarioCalculator.of(sample, inFull(ru));

        assertThat(t.postsLostByGrade()).isEqualTo(Map.of(Grade.P4, 1));
        assertThat(t.postsAtRisk().byGrade()).isEqualTo(Map.of(Grade.P5, 1 + 1 + 1 + 1 + 1,
                Grade.P4, 3 + 1 + 1 + 3 + 1 + 1 + 2 + 1, Grade.P3, 12 + 1 + 4 + 5 + 9 + 1 + 1 + 1 + 1,
                Grade.P2, 3 + 1 + 2, Grade.NPO, 10 + 2 + 4 + 5 + 1 + 1, Grade.UNV, 7 + 1 + 2 + 6 + 1));
        assertThat(t.postsAtRisk().total()).isEqualTo(36 + 1 + 9 + 14 + 26 + 2 + 2 + 6 + 3).isEqualTo(99);
        assertThat(t.jobsAtRisk()).isEqualTo(100);

        MissionTotals monusco = t.mission(missionId("MONUSCO")).orElseThrow();
        assertThat(monusco.lineAtRisk(lineId("MONUSCO", "Human rights")).byGrade()).isEqualTo(Map.of(
                Grade.P5, 1, Grade.P4, 3, Grade.P3, 12, Grade.P2, 3, Grade.NPO, 10, Grade.UNV, 7));
        assertThat(monusco.jobsAtRisk()).isEqualTo(36 + 1);
        ProposedCuts cuts = ProposedCuts.of(sample);
        assertThat(cuts.jobsAtRiskOfDelegation(ru.delegationId()).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(100);

        // the legend beside the estimate quotes these figures: it must say what the sample gives
        int onHalvedLines = 72 + 2 + 18 + 28 + 52 + 4 + 3 + 12 + 5;
        assertThat(ru.amendments().stream().filter(a -> a.kind() == AmendmentKind.PERCENT_CUT)
                .mapToInt(a -> sample.line(a.target().missionId(), a.target().lineId()).orElseThrow().postCount())
                .sum()).isEqualTo(onHalvedLines).isEqualTo(196);
        assertThat(PostsAtRisk.PRESS_FIGURES).contains("99 at risk plus 1 abolished")
                .contains("99 of the " + onHalvedLines + " posts").contains("about 170");
    }

    /**
     * RU and CN in full on MONUSCO's human-rights line: CN's 8 P-3 go first, RU's 50% is of what
     * is left, so half of the 64 posts left (P5 1, P4 7, P3 16, P2 6, NPO 20, UNV 14) are at risk:
     * 0 + 3 + 8 + 3 + 10 + 7 = 31 whole, the P-5 and the P-4 tie at .5 and the 32nd goes to the P-5.
     */
    @Test
    void ruAndCn_onMonuscoHumanRights_putHalfOfThePostsLeftAtRisk() {
        ScenarioTotals t = ScenarioCalculator.of(sample, inFull(ru, cn));

        MissionTotals monusco = t.mission(missionId("MONUSCO")).orElseThrow();
        assertThat(monusco.lineAtRisk(lineId("MONUSCO", "Human rights")).byGrade()).isEqualTo(Map.of(
                Grade.P5, 1, Grade.P4, 3, Grade.P3, 8, Grade.P2, 3, Grade.NPO, 10, Grade.UNV, 7));
        // 8 P-3 on human rights, 1 P-4 on SEA prevention, 1 P-3 on gender
        assertThat(monusco.jobsAtRisk()).isEqualTo(10 + 32);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleProposals")
    void oneProposalInFull_putsAtRiskWhatProposedCutsSaysForItsDelegation(Proposal p) {
        ScenarioTotals t = ScenarioCalculator.of(sample, inFull(p));
        ProposedCuts cuts = ProposedCuts.of(sample);
        long d = p.delegationId();

        for (Mission m : sample.missions()) {
            MissionTotals mt = t.mission(m.id()).orElse(null);
            for (BudgetLine line : m.lines()) {
                assertThat(mt == null ? PostsAtRisk.NONE : mt.lineAtRisk(line.id())).as(m.code() + " / " + line.name())
                        .isEqualTo(cuts.atRiskForLine(d, line.id()));
            }
            assertThat(mt == null ? PostsAtRisk.NONE : mt.atRisk()).as(m.code())
                    .isEqualTo(cuts.atRiskForMission(d, m.id()));
        }
    }
}
