package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The difference between two scenarios: the second's figures minus the first's. */
class ScenarioComparisonTest {

    /** Two scenarios on the same fixtures. */
    interface Pair {
        List<List<ScenarioItem>> adopt(ScenarioFixtures f);
    }

    record ComparisonCase(Pair pair, long monuscoUsd, Map<Grade, Integer> monuscoPosts,
                          long unmissUsd, long grandTotalUsd) {
    }

    static Stream<Named<ComparisonCase>> cases() {
        return Stream.of(
                Named.of("RU in full, then at half: $1M less", new ComparisonCase(f -> {
                    Proposal ru = f.proposal(f.ru, f.percent(f.hr(), 5_000));
                    return List.of(items(adopt(ru, FULL)), items(adopt(ru, HALF)));
                }, -1_000_000, Map.of(), 0, -1_000_000)),
                // 450,000 + 50% of the 3,550,000 left = 2,225,000, against 2,000,000: the officers
                // were already half inside RU's 50%
                Named.of("adding CN's 3 officers: $225,000 and 3 P-3 more", new ComparisonCase(f -> {
                    Proposal ru = f.proposal(f.ru, f.percent(f.hr(), 5_000));
                    Proposal cn = f.proposal(f.cn, f.abolish(f.officers, 3));
                    return List.of(items(adopt(ru, FULL)), items(adopt(ru, FULL), adopt(cn, FULL)));
                }, 225_000, Map.of(Grade.P3, 3), 0, 225_000)),
                Named.of("CN's posts, then RU's dollars instead", new ComparisonCase(f -> {
                    Proposal ru = f.proposal(f.ru, f.percent(f.hr(), 5_000));
                    Proposal cn = f.proposal(f.cn, f.abolish(f.officers, 3));
                    return List.of(items(adopt(cn, FULL)), items(adopt(ru, FULL)));
                }, 1_550_000, Map.of(Grade.P3, -3), 0, 1_550_000)),
                Named.of("a mission only the second touches", new ComparisonCase(f -> {
                    Proposal ru = f.proposal(f.ru, f.percent(f.hr(), 5_000));
                    Proposal unmiss = f.proposal(f.cn,
                            f.percent(Target.line(f.unmiss.id(), f.unmissHumanRights.id()), 5_000));
                    return List.of(items(adopt(ru, FULL)), items(adopt(ru, FULL), adopt(unmiss, FULL)));
                }, 0, Map.of(), 1_500_000, 1_500_000)),
                Named.of("a top-line cut only in the second changes only the grand total", new ComparisonCase(f -> {
                    Proposal ru = f.proposal(f.ru, f.percent(f.hr(), 5_000));
                    Proposal us = f.proposal(f.us, f.topline(129_000_000));
                    return List.of(items(adopt(ru, FULL)), items(adopt(ru, FULL), adopt(us, FULL)));
                }, 0, Map.of(), 0, 129_000_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void comparison_isSecondMinusFirst(ComparisonCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        List<List<ScenarioItem>> pair = c.pair().adopt(f);

        ScenarioComparison diff = ScenarioComparison.of(f.totals(pair.get(0)), f.totals(pair.get(1)));

        assertThat(diff.mission(f.monusco.id()).orElseThrow().usd()).as("MONUSCO dollars").isEqualTo(c.monuscoUsd());
        assertThat(diff.mission(f.monusco.id()).orElseThrow().postsByGrade()).as("MONUSCO posts")
                .isEqualTo(c.monuscoPosts());
        assertThat(diff.mission(f.unmiss.id()).map(ScenarioComparison.MissionDifference::usd).orElse(0L))
                .as("UNMISS dollars").isEqualTo(c.unmissUsd());
        assertThat(diff.grandTotalUsd()).as("grand total").isEqualTo(c.grandTotalUsd());
    }
}
