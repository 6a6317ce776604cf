package org.parley.model;

import static org.parley.model.NegotiationBuilder.line;
import static org.parley.model.NegotiationBuilder.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test data for scenarios: two missions with human-rights, SEA-prevention and gender lines, the
 * delegations of 2018, and helpers to table amendments, float compromises and add up a scenario.
 * Every figure is round so that expected totals can be worked out by hand.
 */
final class ScenarioFixtures {

    /** What a test case adopts, built on fresh fixtures. */
    interface Setup {
        List<ScenarioItem> adopt(ScenarioFixtures f);
    }

    static final Share FULL = Share.WHOLE;
    static final Share HALF = Share.ofBasisPoints(5_000);
    static final Share QUARTER = Share.ofBasisPoints(2_500);

    final NegotiationBuilder b = new NegotiationBuilder();
    final Delegation ru = b.delegation("RU", "Russian Federation");
    final Delegation cn = b.delegation("CN", "China");
    final Delegation us = b.delegation("US", "United States");
    /** 10 × P-3 at $150,000 on MONUSCO's human-rights line. */
    final Post officers = post(b.id(), "Human Rights Officer", Grade.P3, 10, 150_000);
    /** 1 × P-4 at $180,000 on MONUSCO's human-rights line. */
    final Post advocate = post(b.id(), "Human Rights Advocate", Grade.P4, 1, 180_000);
    /** 2 × P-4 at $200,000 on MONUSCO's SEA-prevention line. */
    final Post conduct = post(b.id(), "Conduct and Discipline Officer", Grade.P4, 2, 200_000);
    /** $4,000,000. */
    final BudgetLine humanRights = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000, officers,
            advocate);
    /** $2,000,000. */
    final BudgetLine seaPrevention = line(b.id(), "Conduct and discipline", LineCategory.SEA_PREVENTION, 2_000_000,
            conduct);
    /** $1,000,000, no posts. */
    final BudgetLine gender = line(b.id(), "Gender", LineCategory.GENDER, 1_000_000);
    final Mission monusco;
    /** 5 × P-3 at $100,000 on UNMISS's human-rights line. */
    final Post unmissOfficers = post(b.id(), "Human Rights Officer", Grade.P3, 5, 100_000);
    /** $3,000,000. */
    final BudgetLine unmissHumanRights = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 3_000_000,
            unmissOfficers);
    /** $900,000,000, one human-rights line. */
    final Mission unmiss;
    private final List<Compromise> compromises = new ArrayList<>();

    /** MONUSCO at $1,000,000,000. */
    ScenarioFixtures() {
        this(1_000_000_000);
    }

    /** MONUSCO at {@code monuscoUsd}, to reach its cap. */
    ScenarioFixtures(long monuscoUsd) {
        monusco = b.mission("MONUSCO", monuscoUsd, humanRights, seaPrevention, gender);
        unmiss = b.mission("UNMISS", 900_000_000, unmissHumanRights);
    }

    Target hr() {
        return Target.line(monusco.id(), humanRights.id());
    }

    Target sea() {
        return Target.line(monusco.id(), seaPrevention.id());
    }

    Target genderLine() {
        return Target.line(monusco.id(), gender.id());
    }

    Target wholeMonusco() {
        return Target.mission(monusco.id());
    }

    Target postOf(Post p) {
        for (Mission m : List.of(monusco, unmiss)) {
            for (BudgetLine l : m.lines()) {
                if (l.posts().contains(p)) {
                    return Target.post(m.id(), l.id(), p.id());
                }
            }
        }
        throw new IllegalArgumentException("no such post in the fixtures: " + p);
    }

    Amendment percent(Target t, long basisPoints) {
        return b.amend(t, AmendmentKind.PERCENT_CUT, basisPoints);
    }

    Amendment amount(Target t, long usd) {
        return b.amend(t, AmendmentKind.AMOUNT_CUT, usd);
    }

    Amendment restore(Target t, long usd) {
        return b.amend(t, AmendmentKind.RESTORE, usd);
    }

    Amendment abolish(Post p, long posts) {
        return b.amend(postOf(p), AmendmentKind.ABOLISH_POSTS, posts);
    }

    Amendment topline(long usd) {
        return b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, usd);
    }

    Proposal proposal(Delegation d, Amendment... amendments) {
        return b.proposal(d, amendments);
    }

    Compromise compromise(Amendment a, long value) {
        Compromise c = new Compromise(b.id(), a.id(), "instead of " + a.value(), value, "the coordinator",
                NegotiationBuilder.DESK, CompromiseStatus.FLOATED);
        compromises.add(c);
        return c;
    }

    NegotiationData build() {
        return b.build().withCompromises(compromises);
    }

    Scenario scenario(long targetUsd, List<ScenarioItem> items) {
        return new Scenario(b.id(), "What if", targetUsd, items);
    }

    /** The totals of a scenario without target over the fixtures as they stand. */
    ScenarioTotals totals(List<ScenarioItem> items) {
        return totals(0, items);
    }

    ScenarioTotals totals(long targetUsd, List<ScenarioItem> items) {
        NegotiationData data = build();
        Scenario s = scenario(targetUsd, items);
        return ScenarioCalculator.of(data.withScenarios(List.of(s)), s);
    }

    ScenarioTotals totals(Setup setup) {
        return totals(setup.adopt(this));
    }

    static List<ScenarioItem> items(ScenarioItem... items) {
        return Arrays.asList(items);
    }

    static ScenarioItem adopt(Proposal p, Share share) {
        return ScenarioItem.proposal(p.id(), share);
    }

    static ScenarioItem adopt(Compromise c, Share share) {
        return ScenarioItem.compromise(c.id(), share);
    }

    /** The cut of MONUSCO, or none. */
    Cut monuscoCut(ScenarioTotals t) {
        return t.mission(monusco.id()).map(MissionTotals::cut).orElse(Cut.NONE);
    }

    /** The cut of one MONUSCO line, or none. */
    Cut lineCut(ScenarioTotals t, BudgetLine line) {
        return t.mission(monusco.id()).map(m -> m.lines().getOrDefault(line.id(), Cut.NONE)).orElse(Cut.NONE);
    }
}
