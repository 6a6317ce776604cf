package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.QUARTER;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dollars a scenario takes from lines and missions: shares, rounding and caps. */
class ScenarioCalculatorTest {

    /** A human-rights line of {@code lineUsd} cut by {@code percentBp}, adopted at {@code share}. */
    record PercentCase(long lineUsd, long percentBp, Share share, long expectedUsd) {
    }

    static Stream<Named<PercentCase>> percentCases() {
        return Stream.of(
                Named.of("50% of $4M in full", new PercentCase(4_000_000, 5_000, FULL, 2_000_000)),
                Named.of("50% of $4M at half", new PercentCase(4_000_000, 5_000, HALF, 1_000_000)),
                Named.of("50% of $4M at a quarter", new PercentCase(4_000_000, 5_000, QUARTER, 500_000)),
                Named.of("10% of $5 = $0.50 rounds up", new PercentCase(5, 1_000, FULL, 1)),
                Named.of("10% of $4 = $0.40 rounds down", new PercentCase(4, 1_000, FULL, 0)),
                Named.of("50% of $101 = $50.50 rounds up", new PercentCase(101, 5_000, FULL, 51)),
                Named.of("half of 50% of $6 = half of $3 = $1.50 rounds up", new PercentCase(6, 5_000, HALF, 2)),
                Named.of("12.5% share of 100% of $4", new PercentCase(4, 10_000, Share.ofBasisPoints(1_250), 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("percentCases")
    void percentCut_isTheShareOfThePercentOfTheLineReference_roundedHalfUp(PercentCase c) {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        BudgetLine hr = NegotiationBuilder.line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, c.lineUsd());
        Mission m = b.mission("UNMISS", 1_000_000_000, hr);
        Proposal p = b.proposal(ru, b.amend(Target.line(m.id(), hr.id()), AmendmentKind.PERCENT_CUT, c.percentBp()));
        Scenario s = new Scenario(b.id(), "What if", 0, List.of(ScenarioItem.proposal(p.id(), c.share())));

        ScenarioTotals t = ScenarioCalculator.of(b.build(), s);

        assertThat(t.mission(m.id()).orElseThrow().cut().usd()).isEqualTo(c.expectedUsd());
    }

    /** What is adopted, and the dollars expected on MONUSCO's human-rights line and on MONUSCO. */
    record DollarCase(ScenarioFixtures.Setup setup, long monuscoRefUsd, long lineUsd, long missionUsd) {
    }

    static Stream<Named<DollarCase>> amountAndRestoreCases() {
        long ref = 1_000_000_000;
        return Stream.of(
                Named.of("amount in full", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 1_000_000)), FULL)), ref, 1_000_000, 1_000_000)),
                Named.of("amount at half", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 1_000_000)), HALF)), ref, 500_000, 500_000)),
                Named.of("amount above the line's $4M is measured as $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 9_000_000)), FULL)), ref, 4_000_000, 4_000_000)),
                Named.of("half of an amount above the line's $4M is half of $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 9_000_000)), HALF)), ref, 2_000_000, 2_000_000)),
                Named.of("restore in full is negative", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.restore(f.hr(), 100_000)), FULL)), ref, -100_000, -100_000)),
                Named.of("restore at a quarter", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.restore(f.hr(), 100_000)), QUARTER)), ref, -25_000, -25_000)),
                Named.of("half of a $3 restore is -$2 (half away from zero)", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.restore(f.hr(), 3)), HALF)), ref, -2, -2)),
                Named.of("a restore offsets a cut of another proposal", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000)), FULL),
                        adopt(f.proposal(f.cn, f.restore(f.hr(), 500_000)), FULL)), ref, 1_500_000, 1_500_000)));
    }

    static Stream<Named<DollarCase>> lineCapCases() {
        long ref = 1_000_000_000;
        return Stream.of(
                Named.of("80% and $3M on a $4M line stop at $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 8_000), f.amount(f.hr(), 3_000_000)), FULL)),
                        ref, 4_000_000, 4_000_000)),
                Named.of("60% by two proposals stop at the line's $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 6_000)), FULL),
                        adopt(f.proposal(f.cn, f.percent(f.hr(), 6_000)), FULL)), ref, 4_000_000, 4_000_000)),
                // 10 posts at $150,000 come off first; the 50% is of the $2.5M left: 1.5M + 1.25M
                Named.of("50% plus 10 posts at $150,000 stay under the cap", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 10)), FULL)), ref, 2_750_000, 2_750_000)),
                // 1.5M + 80% of 2.5M (2M) + $3M (at most the 2.5M left) = 6M, capped at $4M
                Named.of("10 posts, 80% and $3M stop at $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 8_000), f.amount(f.hr(), 3_000_000)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 10)), FULL)), ref, 4_000_000, 4_000_000)),
                Named.of("the cap applies after a restore, to the sum", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 8_000), f.amount(f.hr(), 3_000_000),
                                f.restore(f.hr(), 1_000_000)), FULL)), ref, 4_000_000, 4_000_000)),
                Named.of("half of three whole-line cuts is $6M, capped at $4M", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 10_000), f.amount(f.hr(), 4_000_000),
                                f.amount(f.hr(), 4_000_000)), HALF)), ref, 4_000_000, 4_000_000)));
    }

    static Stream<Named<DollarCase>> missionCapCases() {
        return Stream.of(
                Named.of("whole human-rights and SEA lines ($6M) stop at a $5M mission", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 10_000), f.percent(f.sea(), 10_000)), FULL)),
                        5_000_000, 4_000_000, 5_000_000)),
                Named.of("a mission-level amount adds to the lines, capped at the mission", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000), f.amount(f.wholeMonusco(), 10_000_000)),
                                FULL)), 5_000_000, 2_000_000, 5_000_000)),
                Named.of("a mission-level percent is of the mission's figure", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000), f.percent(f.wholeMonusco(), 1_000)),
                                FULL)), 5_000_000, 2_000_000, 2_500_000)),
                Named.of("a mission-level restore lowers the mission, not the line", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000), f.restore(f.wholeMonusco(), 300_000)),
                                FULL)), 1_000_000_000, 2_000_000, 1_700_000)),
                Named.of("mission-level cuts at half", new DollarCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.wholeMonusco(), 1_000_000)), HALF)),
                        1_000_000_000, 0, 500_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"amountAndRestoreCases", "lineCapCases", "missionCapCases"})
    void lineAndMissionDollars_followTheShareAndCapRules(DollarCase c) {
        ScenarioFixtures f = new ScenarioFixtures(c.monuscoRefUsd());
        ScenarioTotals t = f.totals(c.setup());

        assertThat(f.lineCut(t, f.humanRights).usd()).as("human-rights line").isEqualTo(c.lineUsd());
        assertThat(f.monuscoCut(t).usd()).as("MONUSCO").isEqualTo(c.missionUsd());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missionCapCases")
    void missionCap_neverTakesPostsAway(DollarCase c) {
        ScenarioFixtures f = new ScenarioFixtures(c.monuscoRefUsd());
        List<ScenarioItem> adopted = c.setup().adopt(f);
        Proposal cn = f.proposal(f.cn, f.abolish(f.conduct, 2));
        List<ScenarioItem> withPosts = Stream.concat(adopted.stream(), Stream.of(adopt(cn, FULL))).toList();

        ScenarioTotals t = f.totals(withPosts);

        assertThat(f.monuscoCut(t).postsByGrade()).isEqualTo(Map.of(Grade.P4, 2));
        assertThat(f.monuscoCut(t).usd()).isLessThanOrEqualTo(c.monuscoRefUsd());
    }
}
