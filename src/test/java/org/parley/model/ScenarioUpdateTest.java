package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.ScenarioFixtures.FULL;
import static org.parley.model.ScenarioFixtures.HALF;
import static org.parley.model.ScenarioFixtures.QUARTER;
import static org.parley.model.ScenarioFixtures.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Updating totals after an edit, naming the missions it changed, gives what a full recompute
 * gives. The scenario before each edit adopts RU's cuts (MONUSCO and UNMISS human rights) at
 * half, CN's posts (in both) in full and the US top-line cut in full, against $129M.
 */
class ScenarioUpdateTest {

    /** The world before an edit. */
    record Before(ScenarioFixtures f, Proposal ru, Proposal cn, Proposal us, Amendment ruCut, NegotiationData data,
                  Scenario scenario) {
    }

    /** The world after an edit and the missions the edit changed. */
    record After(NegotiationData data, Scenario scenario, Set<Long> changedMissionIds) {
    }

    interface Edit {
        After apply(Before before);
    }

    static Stream<Named<Edit>> edits() {
        return Stream.of(
                Named.of("MONUSCO's human-rights line is revised to $3M", b -> {
                    Mission revised = withLine(b.f().monusco, b.f().humanRights, 3_000_000);
                    NegotiationData data = b.data().withMissions(List.of(revised, b.f().unmiss));
                    return new After(data, b.scenario(), Set.of(b.f().monusco.id()));
                }),
                Named.of("RU's share goes from half to a quarter", b -> new After(b.data(),
                        withItems(b.scenario(), adopt(b.ru(), QUARTER), adopt(b.cn(), FULL), adopt(b.us(), FULL)),
                        Set.of(b.f().monusco.id(), b.f().unmiss.id()))),
                Named.of("CN's proposal is taken out", b -> new After(b.data(),
                        withItems(b.scenario(), adopt(b.ru(), HALF), adopt(b.us(), FULL)),
                        Set.of(b.f().monusco.id(), b.f().unmiss.id()))),
                Named.of("the US top-line cut goes to half; no mission changes", b -> new After(b.data(),
                        withItems(b.scenario(), adopt(b.ru(), HALF), adopt(b.cn(), FULL), adopt(b.us(), HALF)),
                        Set.of())),
                Named.of("a compromise of 10% on RU's MONUSCO cut is added", b -> {
                    Compromise c = new Compromise(b.f().b.id(), b.ruCut().id(), "10% instead", 1_000, "",
                            NegotiationBuilder.DESK, CompromiseStatus.FLOATED);
                    NegotiationData data = b.data().withCompromises(List.of(c));
                    List<ScenarioItem> items = new ArrayList<>(b.scenario().items());
                    items.add(ScenarioItem.compromise(c.id(), FULL));
                    return new After(data, withItems(b.scenario(), items.toArray(ScenarioItem[]::new)),
                            Set.of(b.f().monusco.id()));
                }),
                Named.of("RU's MONUSCO cut is edited from 50% to 80%", b -> {
                    Amendment a = b.ruCut();
                    Amendment edited = new Amendment(a.id(), a.target(), a.kind(), 8_000, "", a.provenance());
                    List<Amendment> amendments = b.ru().amendments().stream().map(x -> x.id() == a.id() ? edited : x)
                            .toList();
                    Proposal ru = b.ru();
                    Proposal revised = new Proposal(ru.id(), ru.delegationId(), ru.title(), ru.tabledAt(), ru.status(),
                            ru.provenance(), amendments);
                    NegotiationData data = b.data().withProposals(List.of(revised, b.cn(), b.us()));
                    return new After(data, b.scenario(), Set.of(b.f().monusco.id()));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void update_equalsAFullRecompute(Edit edit) {
        Before before = before();
        ScenarioTotals previous = ScenarioCalculator.of(before.data(), before.scenario());
        After after = edit.apply(before);

        ScenarioTotals updated = ScenarioCalculator.update(previous, after.data(), after.scenario(),
                after.changedMissionIds());

        ScenarioTotals full = ScenarioCalculator.of(after.data(), after.scenario());
        assertThat(full).as("the edit changes the totals").isNotEqualTo(previous);
        assertThat(updated).isEqualTo(full);
        assertThat(updated.grandTotalUsd()).isEqualTo(full.grandTotalUsd());
    }

    @Test
    void update_takesMissionsItIsNotToldAbout_fromPrevious() {
        Before before = before();
        ScenarioTotals previous = ScenarioCalculator.of(before.data(), before.scenario());
        Scenario noCn = withItems(before.scenario(), adopt(before.ru(), HALF), adopt(before.us(), FULL));

        ScenarioTotals updated = ScenarioCalculator.update(previous, before.data(), noCn,
                Set.of(before.f().unmiss.id()));

        long monusco = before.f().monusco.id();
        assertThat(updated.mission(monusco)).isEqualTo(previous.mission(monusco));
        assertThat(updated.mission(before.f().unmiss.id()))
                .isEqualTo(ScenarioCalculator.of(before.data(), noCn).mission(before.f().unmiss.id()));
    }

    private static Before before() {
        ScenarioFixtures f = new ScenarioFixtures();
        Amendment ruCut = f.percent(f.hr(), 5_000);
        Proposal ru = f.proposal(f.ru, ruCut, f.percent(Target.line(f.unmiss.id(), f.unmissHumanRights.id()), 5_000));
        Proposal cn = f.proposal(f.cn, f.abolish(f.officers, 3), f.abolish(f.unmissOfficers, 2));
        Proposal us = f.proposal(f.us, f.topline(129_000_000));
        Scenario s = f.scenario(129_000_000, List.of(adopt(ru, HALF), adopt(cn, FULL), adopt(us, FULL)));
        return new Before(f, ru, cn, us, ruCut, f.build(), s);
    }

    private static Scenario withItems(Scenario s, ScenarioItem... items) {
        return new Scenario(s.id(), s.name(), s.targetUsd(), List.of(items));
    }

    private static Mission withLine(Mission m, BudgetLine line, long currentUsd) {
        BudgetLine revised = new BudgetLine(line.id(), line.name(), line.category(),
                Baselines.of(Map.of(Baseline.CURRENT, Figure.illustrative(currentUsd))), line.posts());
        List<BudgetLine> lines = m.lines().stream().map(l -> l.id() == line.id() ? revised : l).toList();
        return new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(), m.baselines(),
                lines, m.notes());
    }
}
