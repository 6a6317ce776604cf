package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.QUARTER;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts a scenario abolishes: scaled and rounded half up, added within a proposal, lost once
 * across proposals, never more than a row has. MONUSCO's officers row has 10 P-3 posts at
 * $150,000; its advocate row one P-4 at $180,000.
 */
class ScenarioPostsTest {

    record PostCase(ScenarioFixtures.Setup setup, Map<Grade, Integer> posts, long lineUsd) {
    }

    static Stream<Named<PostCase>> acrossProposals() {
        return Stream.of(
                Named.of("3 and 5 officers by two proposals lose 5", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 3)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 5)), FULL)), Map.of(Grade.P3, 5), 750_000)),
                Named.of("3 officers named by both lose 3", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 3)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 3)), FULL)), Map.of(Grade.P3, 3), 450_000)),
                Named.of("8 in full and 8 at half (4) lose 8", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 8)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 8)), HALF)), Map.of(Grade.P3, 8), 1_200_000)),
                Named.of("4 at half (2) and 3 at half (1.5 rounds to 2) lose 2", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 4)), HALF),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 3)), HALF)), Map.of(Grade.P3, 2), 300_000)),
                Named.of("three proposals on one row lose the largest", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 2)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 6)), FULL),
                        adopt(f.proposal(f.us, f.abolish(f.officers, 4)), FULL)), Map.of(Grade.P3, 6), 900_000)),
                Named.of("different rows add up", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 3)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.advocate, 1)), FULL)),
                        Map.of(Grade.P3, 3, Grade.P4, 1), 630_000)),
                Named.of("a proposal's sum on a row counts against another's", new PostCase(f -> items(
                        adopt(f.proposal(f.ru, f.abolish(f.officers, 3), f.abolish(f.officers, 4)), FULL),
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 5)), FULL)), Map.of(Grade.P3, 7), 1_050_000)));
    }

    static Stream<Named<PostCase>> withinOneProposal() {
        return Stream.of(
                Named.of("3 and 4 officers add up to 7", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 3), f.abolish(f.officers, 4)), FULL)),
                        Map.of(Grade.P3, 7), 1_050_000)),
                Named.of("8 and 8 officers stop at the row's 10", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 8), f.abolish(f.officers, 8)), FULL)),
                        Map.of(Grade.P3, 10), 1_500_000)),
                Named.of("15 officers stop at the row's 10", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 15)), FULL)), Map.of(Grade.P3, 10), 1_500_000)),
                Named.of("1 and 1 at half round up each (0.5 → 1) and add to 2", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 1), f.abolish(f.officers, 1)), HALF)),
                        Map.of(Grade.P3, 2), 300_000)),
                Named.of("3 at a quarter (0.75) rounds to 1", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 3)), QUARTER)), Map.of(Grade.P3, 1), 150_000)),
                Named.of("5 at a quarter (1.25) rounds to 1", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.officers, 5)), QUARTER)), Map.of(Grade.P3, 1), 150_000)),
                Named.of("a single post at a quarter (0.25) is kept", new PostCase(f -> items(
                        adopt(f.proposal(f.cn, f.abolish(f.advocate, 1)), QUARTER)), Map.of(), 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"acrossProposals", "withinOneProposal"})
    void postsLost_andTheirCost_countOnTheirLine(PostCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        ScenarioTotals t = f.totals(c.setup());

        Cut line = f.lineCut(t, f.humanRights);
        assertThat(line.postsByGrade()).isEqualTo(c.posts());
        assertThat(line.usd()).isEqualTo(c.lineUsd());
        assertThat(t.postsLostByGrade()).isEqualTo(c.posts());
    }
}
