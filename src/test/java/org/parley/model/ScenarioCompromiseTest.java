package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.adopt;
import static org.parley.model.ScenarioFixtures.items;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compromises in a scenario: each replaces its amendment, at its own value and its item's share.
 * MONUSCO's human-rights line is $4M, its SEA line $2M; the officers row has 10 P-3 posts.
 */
class ScenarioCompromiseTest {

    record CompromiseCase(ScenarioFixtures.Setup setup, long hrUsd, long seaUsd,
                          Map<Grade, Integer> posts) {
    }

    static Stream<Named<CompromiseCase>> cases() {
        return Stream.of(
                Named.of("25% instead of 50%, with the proposal too, counts once at 25%", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    Proposal ru = f.proposal(f.ru, cut);
                    return items(adopt(ru, FULL), adopt(f.compromise(cut, 2_500), FULL));
                }, 1_000_000, 0, Map.of())),
                Named.of("listed before the proposal, it still replaces the amendment", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    Proposal ru = f.proposal(f.ru, cut);
                    return items(adopt(f.compromise(cut, 2_500), FULL), adopt(ru, FULL));
                }, 1_000_000, 0, Map.of())),
                Named.of("the compromise's item share applies, not the proposal's", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    Proposal ru = f.proposal(f.ru, cut);
                    return items(adopt(ru, FULL), adopt(f.compromise(cut, 2_500), HALF));
                }, 500_000, 0, Map.of())),
                Named.of("the proposal's other amendments count at the proposal's share", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    Proposal ru = f.proposal(f.ru, cut, f.percent(f.sea(), 5_000));
                    return items(adopt(ru, HALF), adopt(f.compromise(cut, 2_500), FULL));
                }, 1_000_000, 500_000, Map.of())),
                Named.of("a compromise alone adopts only its amendment", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    f.proposal(f.ru, cut, f.percent(f.sea(), 5_000));
                    return items(adopt(f.compromise(cut, 2_500), FULL));
                }, 1_000_000, 0, Map.of())),
                Named.of("of two compromises on one amendment the later wins (10%)", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    f.proposal(f.ru, cut);
                    Compromise quarter = f.compromise(cut, 2_500);
                    Compromise tenth = f.compromise(cut, 1_000);
                    return items(adopt(quarter, FULL), adopt(tenth, FULL));
                }, 400_000, 0, Map.of())),
                Named.of("of two compromises on one amendment the later wins (25%)", new CompromiseCase(f -> {
                    Amendment cut = f.percent(f.hr(), 5_000);
                    f.proposal(f.ru, cut);
                    Compromise quarter = f.compromise(cut, 2_500);
                    Compromise tenth = f.compromise(cut, 1_000);
                    return items(adopt(tenth, FULL), adopt(quarter, FULL));
                }, 1_000_000, 0, Map.of())),
                Named.of("\"post kept\": 0 posts instead of 3", new CompromiseCase(f -> {
                    Amendment posts = f.abolish(f.officers, 3);
                    Proposal cn = f.proposal(f.cn, posts);
                    return items(adopt(cn, FULL), adopt(f.compromise(posts, 0), FULL));
                }, 0, 0, Map.of())),
                Named.of("1 post instead of 3, while another proposal abolishes 2", new CompromiseCase(f -> {
                    Amendment posts = f.abolish(f.officers, 3);
                    Proposal cn = f.proposal(f.cn, posts);
                    Proposal ru = f.proposal(f.ru, f.abolish(f.officers, 2));
                    return items(adopt(cn, FULL), adopt(ru, FULL), adopt(f.compromise(posts, 1), FULL));
                }, 300_000, 0, Map.of(Grade.P3, 2))),
                Named.of("a compromise adds up with its own proposal's posts on the row", new CompromiseCase(f -> {
                    Amendment posts = f.abolish(f.officers, 3);
                    Proposal cn = f.proposal(f.cn, posts, f.abolish(f.officers, 4));
                    return items(adopt(cn, FULL), adopt(f.compromise(posts, 1), FULL));
                }, 750_000, 0, Map.of(Grade.P3, 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compromise_replacesItsAmendment(CompromiseCase c) {
        ScenarioFixtures f = new ScenarioFixtures();
        ScenarioTotals t = f.totals(c.setup());

        assertThat(f.lineCut(t, f.humanRights).usd()).as("human-rights line").isEqualTo(c.hrUsd());
        assertThat(f.lineCut(t, f.seaPrevention).usd()).as("SEA line").isEqualTo(c.seaUsd());
        assertThat(t.postsLostByGrade()).isEqualTo(c.posts());
    }
}
