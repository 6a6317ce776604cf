package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mission's totals are marked illustrative when a figure they were measured from is: the
 * mission's reference, a touched line's reference, a lost post's cost or count, or a human-rights
 * or SEA line's reference when that share is given. Figures the scenario never reads do not count.
 */
class ScenarioIllustrativeTest {

    private static final Figure SOURCED = Figure.sourced(1_000_000, "A/72/000");
    private static final Figure MADE_UP = Figure.illustrative(1_000_000);

    /** Which figures are illustrative, and whether the scenario's totals say so. */
    record IllustrativeCase(Figure missionRef, Figure cutLineRef, Figure otherHrLineRef,
                            Figure postCost, boolean postLost, boolean expected) {
    }

    static Stream<Named<IllustrativeCase>> cases() {
        return Stream.of(
                Named.of("all sourced",
                        new IllustrativeCase(SOURCED, SOURCED, SOURCED, SOURCED, true, false)),
                Named.of("the mission's figure made up",
                        new IllustrativeCase(MADE_UP, SOURCED, SOURCED, SOURCED, true, true)),
                Named.of("the cut line's figure made up",
                        new IllustrativeCase(SOURCED, MADE_UP, SOURCED, SOURCED, true, true)),
                Named.of("another human-rights line's figure made up (in the share)",
                        new IllustrativeCase(SOURCED, SOURCED, MADE_UP, SOURCED, true, true)),
                Named.of("a lost post's cost made up",
                        new IllustrativeCase(SOURCED, SOURCED, SOURCED, MADE_UP, true, true)),
                Named.of("a made-up post that is kept does not count",
                        new IllustrativeCase(SOURCED, SOURCED, SOURCED, MADE_UP, false, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void illustrative_whenAFigureMeasuredFromIs(IllustrativeCase c) {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Post post = new Post(b.id(), "Human Rights Officer", Grade.P3, 2, PostStatus.ENCUMBERED,
                new Figure(150_000, c.postCost().provenance()), Provenance.sourced("A/72/000"));
        BudgetLine cut = new BudgetLine(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, current(c.cutLineRef()),
                List.of(post));
        BudgetLine other = new BudgetLine(b.id(), "Human rights (regional)", LineCategory.HUMAN_RIGHTS,
                current(c.otherHrLineRef()), List.of());
        Mission m = new Mission(b.id(), "UNMISS", "UNMISS mission", "", "", MissionStatus.OPEN,
                current(new Figure(900_000_000, c.missionRef().provenance())), List.of(cut, other), "");
        NegotiationData data = new NegotiationData(b.build().negotiation(), List.of(ru), List.of(m), List.of(
                new Proposal(b.id(), ru.id(), "Cuts", NegotiationBuilder.DESK, ProposalStatus.OPENING_BID,
                        Provenance.UNSOURCED, List.of(new Amendment(b.id(), Target.post(m.id(), cut.id(), post.id()),
                        AmendmentKind.ABOLISH_POSTS, 1, "", Provenance.UNSOURCED)))), List.of());
        Share share = c.postLost() ? Share.WHOLE : Share.ofBasisPoints(1_000);
        Scenario s = new Scenario(b.id(), "What if", 0, List.of(ScenarioItem.proposal(data.proposals().get(0).id(),
                share)));

        MissionTotals t = ScenarioCalculator.of(data, s).mission(m.id()).orElseThrow();

        assertThat(t.cut().posts()).isEqualTo(c.postLost() ? 1 : 0);
        assertThat(t.illustrative()).isEqualTo(c.expected());
    }

    private static Baselines current(Figure f) {
        return Baselines.of(Map.of(Baseline.CURRENT, f));
    }
}
