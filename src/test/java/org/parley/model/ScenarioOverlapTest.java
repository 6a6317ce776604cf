package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of amendment kinds on one line, with the figures worked out by hand. MONUSCO's
 * human-rights line is $4,000,000 and pays for 10 P-3 officers at $150,000 ($1,500,000) and one
 * P-4 advocate at $180,000: 11 posts.
 *
 * <p>The overlap rule: posts abolished outright go first, and percent and amount cuts are
 * measured against what is left of the line (its reference less those posts' cost), so an
 * abolished post is never paid for twice; the line's sum is then capped at its reference. The
 * dollars beyond the abolished posts, over what is left, are the fraction of the remaining posts
 * at risk (an estimate), rounded half up per line and shared among grades by largest remainder.
 *
 * <p>Each pair is adopted twice: as two amendments of one proposal, and as two proposals of two
 * delegations. Both give the same figures (only two abolitions of one row differ, see
 * {@link ScenarioPostsTest}). The single proposal also gives the same in {@link ProposedCuts}.
 */
class ScenarioOverlapTest {

    /** Two amendments on the human-rights line, each built on fresh fixtures. */
    record Pair(Function<ScenarioFixtures, Amendment> first, Function<ScenarioFixtures, Amendment> second,
                long lineUsd, Map<Grade, Integer> lost, Map<Grade, Integer> atRisk) {
    }

    static Stream<Named<Pair>> pairs() {
        return Stream.of(
                // abolished 4 × 150,000 = 600,000; left 3,400,000; 50% of it = 1,700,000; line 2,300,000.
                // at risk: 1,700,000 / 3,400,000 = 1/2 of the 7 posts left (6 P-3, 1 P-4) = 3.5 → 4;
                // P-3 6/2 = 3 exactly, P-4 1/2 = 0.5 → the remaining post goes to the P-4.
                Named.of("percent 50% + abolish 4 officers: the percent is of what is left", new Pair(
                        f -> f.percent(f.hr(), 5_000), f -> f.abolish(f.officers, 4),
                        2_300_000, Map.of(Grade.P3, 4), Map.of(Grade.P3, 3, Grade.P4, 1))),
                // abolished 600,000; left 3,400,000; amount 1,000,000 (under what is left); line 1,600,000.
                // at risk: 1,000,000 / 3,400,000 × 7 = 2.06 → 2; P-3 6 × 1/3.4 = 1.76 (floor 1, rest .76),
                // P-4 1/3.4 = .29 (floor 0, rest .29) → the second goes to the P-3.
                Named.of("amount $1M + abolish 4 officers: both count", new Pair(
                        f -> f.amount(f.hr(), 1_000_000), f -> f.abolish(f.officers, 4),
                        1_600_000, Map.of(Grade.P3, 4), Map.of(Grade.P3, 2))),
                // amount 3,800,000 is more than the 3,400,000 left: 3,400,000 + 600,000 = 4,000,000, the
                // whole line; all 7 posts left are at risk.
                Named.of("amount $3.8M + abolish 4 officers: no more than what is left", new Pair(
                        f -> f.amount(f.hr(), 3_800_000), f -> f.abolish(f.officers, 4),
                        4_000_000, Map.of(Grade.P3, 4), Map.of(Grade.P3, 6, Grade.P4, 1))),
                // 50% of 4,000,000 = 2,000,000 + 1,000,000 = 3,000,000. at risk 3/4 × 11 = 8.25 → 8;
                // P-3 7.5 (floor 7, rest .5), P-4 .75 (floor 0, rest .75) → the eighth goes to the P-4.
                Named.of("percent 50% + amount $1M: they add", new Pair(
                        f -> f.percent(f.hr(), 5_000), f -> f.amount(f.hr(), 1_000_000),
                        3_000_000, Map.of(), Map.of(Grade.P3, 7, Grade.P4, 1))),
                // 80% = 3,200,000 + 3,000,000 = 6,200,000, capped at 4,000,000: all 11 at risk.
                Named.of("percent 80% + amount $3M: capped at the line", new Pair(
                        f -> f.percent(f.hr(), 8_000), f -> f.amount(f.hr(), 3_000_000),
                        4_000_000, Map.of(), Map.of(Grade.P3, 10, Grade.P4, 1))),
                // 50% = 2,000,000 + 30% = 1,200,000 = 3,200,000; at risk 3.2/4 × 11 = 8.8 → 9;
                // P-3 8 exactly, P-4 .8 → the ninth to the P-4.
                Named.of("percent 50% + percent 30%: they add", new Pair(
                        f -> f.percent(f.hr(), 5_000), f -> f.percent(f.hr(), 3_000),
                        3_200_000, Map.of(), Map.of(Grade.P3, 8, Grade.P4, 1))),
                // 1,000,000 + 1,000,000 = 2,000,000; at risk 1/2 × 11 = 5.5 → 6; P-3 5, P-4 .5 → P-4.
                Named.of("amount $1M + amount $1M: they add", new Pair(
                        f -> f.amount(f.hr(), 1_000_000), f -> f.amount(f.hr(), 1_000_000),
                        2_000_000, Map.of(), Map.of(Grade.P3, 5, Grade.P4, 1))),
                // 600,000 − 500,000 = 100,000: less than the posts abolished, so nothing more at risk.
                Named.of("abolish 4 officers + restore $500,000: the posts still go", new Pair(
                        f -> f.abolish(f.officers, 4), f -> f.restore(f.hr(), 500_000),
                        100_000, Map.of(Grade.P3, 4), Map.of())),
                // 2,000,000 − 500,000 = 1,500,000; at risk 1.5/4 × 11 = 4.125 → 4; P-3 3.75 (floor 3,
                // rest .75), P-4 .375 (rest .375) → the fourth to the P-3.
                Named.of("percent 50% + restore $500,000: the restoration comes off", new Pair(
                        f -> f.percent(f.hr(), 5_000), f -> f.restore(f.hr(), 500_000),
                        1_500_000, Map.of(), Map.of(Grade.P3, 4))),
                // 1,000,000 − 1,500,000 = −500,000: a net restoration puts nothing at risk.
                Named.of("amount $1M + restore $1.5M: a net restoration", new Pair(
                        f -> f.amount(f.hr(), 1_000_000), f -> f.restore(f.hr(), 1_500_000),
                        -500_000, Map.of(), Map.of())),
                // all 10 officers: 1,500,000; left 2,500,000; 50% = 1,250,000; line 2,750,000;
                // at risk 1/2 of the advocate = .5 → 1 P-4.
                Named.of("percent 50% + abolish the whole officers row", new Pair(
                        f -> f.percent(f.hr(), 5_000), f -> f.abolish(f.officers, 10),
                        2_750_000, Map.of(Grade.P3, 10), Map.of(Grade.P4, 1))));
    }

    @ParameterizedTest(name = "one proposal: {0}")
    @MethodSource("pairs")
    void twoAmendmentsOfOneProposal(Pair c) {
        ScenarioFixtures f = new ScenarioFixtures();
        Proposal p = f.proposal(f.ru, c.first().apply(f), c.second().apply(f));
        ScenarioTotals t = f.totals(items(adopt(p, FULL)));

        assertLine(f, t, c);
        ProposedCuts cuts = ProposedCuts.of(f.build());
        assertThat(cuts.forLine(f.ru.id(), f.humanRights.id())).isEqualTo(f.lineCut(t, f.humanRights));
        assertThat(cuts.atRiskForLine(f.ru.id(), f.humanRights.id()).byGrade()).isEqualTo(c.atRisk());
        assertThat(cuts.atRiskForMission(f.ru.id(), f.monusco.id()).byGrade()).isEqualTo(c.atRisk());
    }

    @ParameterizedTest(name = "two proposals: {0}")
    @MethodSource("pairs")
    void oneAmendmentEachOfTwoProposals(Pair c) {
        ScenarioFixtures f = new ScenarioFixtures();
        Proposal ru = f.proposal(f.ru, c.first().apply(f));
        Proposal cn = f.proposal(f.cn, c.second().apply(f));
        ScenarioTotals t = f.totals(items(adopt(ru, FULL), adopt(cn, FULL)));

        assertLine(f, t, c);
    }

    private static void assertLine(ScenarioFixtures f, ScenarioTotals t, Pair c) {
        Cut line = f.lineCut(t, f.humanRights);
        MissionTotals monusco = t.mission(f.monusco.id()).orElseThrow();
        assertThat(line.usd()).as("line dollars").isEqualTo(c.lineUsd());
        assertThat(line.postsByGrade()).as("posts abolished").isEqualTo(c.lost());
        assertThat(monusco.lineAtRisk(f.humanRights.id()).byGrade()).as("posts at risk").isEqualTo(c.atRisk());
        assertThat(monusco.atRisk().byGrade()).isEqualTo(c.atRisk());
        assertThat(t.postsAtRisk().byGrade()).isEqualTo(c.atRisk());
        int lost = c.lost().values().stream().mapToInt(Integer::intValue).sum();
        int atRisk = c.atRisk().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(t.jobsAtRisk()).as("jobs at risk").isEqualTo(lost + atRisk);
    }

    @Test
    void halfShares_scaleThePostsFirst_thenThePercentOfWhatIsLeft() {
        ScenarioFixtures f = new ScenarioFixtures();
        Proposal p = f.proposal(f.ru, f.percent(f.hr(), 5_000), f.abolish(f.officers, 4));
        ScenarioTotals t = f.totals(items(adopt(p, HALF)));

        // 4 at half = 2 officers = 300,000; left 3,700,000; 50% = 1,850,000, at half 925,000;
        // line 1,225,000. at risk 925,000 / 3,700,000 = 1/4 of 9 posts = 2.25 → 2: P-3 8/4 = 2.
        Cut line = f.lineCut(t, f.humanRights);
        assertThat(line.usd()).isEqualTo(1_225_000);
        assertThat(line.postsByGrade()).isEqualTo(Map.of(Grade.P3, 2));
        assertThat(t.postsAtRisk().byGrade()).isEqualTo(Map.of(Grade.P3, 2));
    }

    @Test
    void missionLevelPercent_isOfTheMissionLessItsAbolishedPosts_andPutsNoPostAtRisk() {
        ScenarioFixtures f = new ScenarioFixtures();
        Proposal p = f.proposal(f.ru, f.percent(f.wholeMonusco(), 1_000), f.abolish(f.officers, 4));
        ScenarioTotals t = f.totals(items(adopt(p, FULL)));

        // 1,000,000,000 − 600,000 = 999,400,000; 10% = 99,940,000; + the posts 600,000.
        assertThat(f.monuscoCut(t).usd()).isEqualTo(100_540_000);
        assertThat(f.monuscoCut(t).postsByGrade()).isEqualTo(Map.of(Grade.P3, 4));
        assertThat(t.postsAtRisk().isNone()).isTrue();
        assertThat(ProposedCuts.of(f.build()).forMission(f.ru.id(), f.monusco.id())).isEqualTo(f.monuscoCut(t));
    }

    @Test
    void aDelegationsJobsAtRisk_addAbolishedAndAtRiskOverItsMissions() {
        ScenarioFixtures f = new ScenarioFixtures();
        f.proposal(f.ru, f.percent(f.hr(), 5_000), f.abolish(f.officers, 4));
        f.proposal(f.ru, f.percent(Target.line(f.unmiss.id(), f.unmissHumanRights.id()), 5_000));
        ProposedCuts cuts = ProposedCuts.of(f.build());

        // MONUSCO: 4 P-3 abolished, 3 P-3 + 1 P-4 at risk (as above); UNMISS: 50% of 3,000,000 on
        // 5 P-3 = 2.5 → 3 P-3 at risk. Together 10 P-3 and 1 P-4.
        assertThat(cuts.jobsAtRiskOfDelegation(f.ru.id())).isEqualTo(Map.of(Grade.P3, 10, Grade.P4, 1));
        assertThat(cuts.jobsAtRiskOfDelegation(f.cn.id())).isEmpty();
        assertThat(cuts.atRiskForMission(f.ru.id(), f.unmiss.id()).byGrade()).isEqualTo(Map.of(Grade.P3, 3));
    }
}
