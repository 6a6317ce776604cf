package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.QUARTER;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scenario's totals beyond one line: unallocated top-line cuts, the grand total and the gap to a
 * target, and the shares of the human-rights and SEA-prevention budgets lost. MONUSCO's
 * human-rights line is $4M, its SEA line $2M; UNMISS's human-rights line $3M.
 */
class ScenarioTotalsTest {

    private static final long US_TARGET = 129_000_000;

    record GapCase(ScenarioFixtures.Setup setup, long targetUsd, long unallocatedUsd,
                   long grandTotalUsd, OptionalLong gap) {
    }

    static Stream<Named<GapCase>> gapCases() {
        return Stream.of(
                Named.of("$129M top-line in full meets a $129M target", new GapCase(f -> items(
                        adopt(f.proposal(f.us, f.topline(US_TARGET)), FULL)),
                        US_TARGET, US_TARGET, US_TARGET, OptionalLong.of(0))),
                Named.of("$129M top-line at half falls $64.5M short", new GapCase(f -> items(
                        adopt(f.proposal(f.us, f.topline(US_TARGET)), HALF)),
                        US_TARGET, 64_500_000, 64_500_000, OptionalLong.of(64_500_000))),
                Named.of("top-line plus a $2M line cut overshoots by $2M", new GapCase(f -> items(
                        adopt(f.proposal(f.us, f.topline(US_TARGET)), FULL),
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000)), FULL)),
                        US_TARGET, US_TARGET, 131_000_000, OptionalLong.of(-2_000_000))),
                Named.of("line cuts in two missions alone: $2M + $1.5M, $125.5M short", new GapCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000),
                                f.percent(Target.line(f.unmiss.id(), f.unmissHumanRights.id()), 5_000)), FULL)),
                        US_TARGET, 0, 3_500_000, OptionalLong.of(125_500_000))),
                Named.of("a restore lowers the grand total", new GapCase(f -> items(
                        adopt(f.proposal(f.us, f.topline(US_TARGET)), FULL),
                        adopt(f.proposal(f.ru, f.restore(f.hr(), 1_000_000)), FULL)),
                        US_TARGET, US_TARGET, 128_000_000, OptionalLong.of(1_000_000))),
                Named.of("no target, no gap", new GapCase(f -> items(
                        adopt(f.proposal(f.us, f.topline(US_TARGET)), QUARTER)),
                        0, 32_250_000, 32_250_000, OptionalLong.empty())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gapCases")
    void grandTotal_addsUnallocatedToMissions_andGapIsTargetMinusIt(GapCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        ScenarioTotals t = f.totals(c.targetUsd(), c.setup().adopt(f));

        assertThat(t.unallocatedUsd()).as("unallocated").isEqualTo(c.unallocatedUsd());
        assertThat(t.grandTotalUsd()).as("grand total").isEqualTo(c.grandTotalUsd());
        assertThat(t.gapToTarget()).as("gap").isEqualTo(c.gap());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gapCases")
    void topLineCut_belongsToNoMission(GapCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        ScenarioTotals t = f.totals(c.targetUsd(), c.setup().adopt(f));

        long missions = t.missions().values().stream().mapToLong(m -> m.cut().usd()).sum();
        assertThat(missions).isEqualTo(c.grandTotalUsd() - c.unallocatedUsd());
    }

    record ShareLostCase(ScenarioFixtures.Setup setup, Optional<Share> hr, Optional<Share> sea) {
    }

    private static Optional<Share> bp(int basisPoints) {
        return Optional.of(Share.ofBasisPoints(basisPoints));
    }

    static Stream<Named<ShareLostCase>> shareLostCases() {
        return Stream.of(
                Named.of("50% of the human-rights line is 50% of human rights", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000)), FULL)), bp(5_000), bp(0))),
                Named.of("3 officers ($450,000 of $4M) are 11.25%", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 3)), FULL)), bp(1_125), bp(0))),
                Named.of("$500,000 of the $2M SEA line is 25%", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.sea(), 500_000)), FULL)), bp(0), bp(2_500))),
                Named.of("$1 of $4M (0.0025 bp) rounds to 0%", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 1)), FULL)), bp(0), bp(0))),
                Named.of("$200 of $4M (0.5 bp) rounds half up to 0.01%", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.hr(), 200)), FULL)), bp(1), bp(0))),
                // 10 officers (1.5M), then 80% (2M) and $3M (at most the 2.5M left) of what is left: 6M, capped
                Named.of("a line capped at its figure has lost 100%", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 8_000), f.amount(f.hr(), 3_000_000)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 10)), FULL)), bp(10_000), bp(0))),
                Named.of("a restore alone loses 0%, not less", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.restore(f.hr(), 100_000)), FULL)), bp(0), bp(0))),
                Named.of("a mission-level cut is in no line's share", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.amount(f.wholeMonusco(), 1_000_000)), FULL)), bp(0), bp(0))),
                Named.of("human rights at half and SEA at a quarter", new ShareLostCase(f -> items(
                        adopt(f.proposal(f.ru, f.percent(f.hr(), 5_000)), HALF),
                        adopt(f.proposal(f.cn, f.percent(f.sea(), 5_000)), QUARTER)), bp(2_500), bp(1_250))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shareLostCases")
    void humanRightsAndSeaShareLost_areOfTheirLinesReferenceTotal(ShareLostCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        MissionTotals monusco = f.totals(c.setup()).mission(f.monusco.id()).orElseThrow();

        assertThat(monusco.humanRightsLost()).as("human rights").isEqualTo(c.hr());
        assertThat(monusco.seaPreventionLost()).as("SEA prevention").isEqualTo(c.sea());
    }

    record NoLinesCase(LineCategory category, boolean hasHumanRights, boolean hasSea) {
    }

    static Stream<Named<NoLinesCase>> missionsWithoutSuchLines() {
        return Stream.of(
                Named.of("only a gender line: neither share",
                        new NoLinesCase(LineCategory.GENDER, false, false)),
                Named.of("only a human-rights line: no SEA share",
                        new NoLinesCase(LineCategory.HUMAN_RIGHTS, true, false)),
                Named.of("only an SEA line: no human-rights share",
                        new NoLinesCase(LineCategory.SEA_PREVENTION, false, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missionsWithoutSuchLines")
    void shareLost_isAbsent_whenTheMissionHasNoSuchLine(NoLinesCase c) {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        BudgetLine only = NegotiationBuilder.line(b.id(), "Only line", c.category(), 1_000_000);
        Mission m = b.mission("UNIFIL", 400_000_000, only);
        Proposal p = b.proposal(ru, b.amend(Target.line(m.id(), only.id()), AmendmentKind.PERCENT_CUT, 5_000));
        Scenario s = new Scenario(b.id(), "What if", 0, List.of(ScenarioItem.proposal(p.id(), FULL)));

        MissionTotals t = ScenarioCalculator.of(b.build(), s).mission(m.id()).orElseThrow();

        assertThat(t.humanRightsLost().isPresent()).as("human rights").isEqualTo(c.hasHumanRights());
        assertThat(t.seaPreventionLost().isPresent()).as("SEA prevention").isEqualTo(c.hasSea());
    }

    @Test
    void postsLostInTotal_areEveryMissionsPostsAddedUp() {
        ScenarioFixtures f = new ScenarioFixtures();
        Proposal cn = f.proposal(f.cn, f.abolish(f.officers, 2), f.abolish(f.advocate, 1),
                f.abolish(f.unmissOfficers, 3));

        ScenarioTotals t = f.totals(items(adopt(cn, FULL)));

        assertThat(t.postsLostByGrade()).isEqualTo(Map.of(Grade.P3, 5, Grade.P4, 1));
        assertThat(t.postsLost()).isEqualTo(6);
    }
}
