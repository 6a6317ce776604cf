package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;

/**
 * With an allocated top-line cut on the table (the sample's US $129M, pro rata to the ACABQ
 * figures, decision 0025), {@link ScenarioCalculator#update} and {@link ProposedCuts#update}
 * recompute only the missions an edit changed plus those whose parts moved, and still give what a
 * full computation gives after every edit of a series, each update starting from the last one's
 * result. The caller names only the missions it knows it touched, as the desk does: a change to
 * a weight or to the cut names none of the other missions whose parts move.
 */
class AllocatedUpdateTest {

    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    /** One edit: the data after it and the missions the caller names. */
    private record Edit(String what, UnaryOperator<NegotiationData> apply, Set<String> named) {
    }

    private static List<Edit> series() {
        return List.of(
                new Edit("RU's MONUSCO human-rights cut goes from 50% to 80%",
                        d -> replace(d, first(d, "RU", a -> a.target().touchesMission(id(d, "MONUSCO"))
                                && a.kind() == AmendmentKind.PERCENT_CUT), a -> withValue(a, 8_000)), Set.of("MONUSCO")),
                new Edit("CN abolishes one more post in UNMISS",
                        d -> replace(d, first(d, "CN", a -> a.target().touchesMission(id(d, "UNMISS"))
                                && a.kind() == AmendmentKind.ABOLISH_POSTS), a -> withValue(a, a.value() + 1)),
                        Set.of("UNMISS")),
                new Edit("UNIFIL's ACABQ figure is revised: every part moves", d -> d.withMissions(d.missions().stream()
                        .map(m -> !m.code().equals("UNIFIL") ? m : new Mission(m.id(), m.code(), m.name(), m.location(),
                                m.coordinator(), m.status(), m.baselines().with(Baseline.ACABQ_RECOMMENDED,
                                Figure.illustrative(600_000_000)), m.lines(), m.notes())).toList()), Set.of("UNIFIL")),
                new Edit("the US cut goes down to $100M", d -> replace(d, first(d, "US", a -> true),
                        a -> withValue(a, 100_000_000)), Set.of()),
                new Edit("the US cut is allocated by hand to UNIFIL and UNSOS", d -> replace(d, first(d, "US", a -> true),
                        a -> a.withAllocation(Allocation.byHand(Map.of(id(d, "UNIFIL"), 60_000_000L,
                                id(d, "UNSOS"), 40_000_000L)))), Set.of()),
                new Edit("RU adds nothing, but edits its MONUSCO cut back to 50%",
                        d -> replace(d, first(d, "RU", a -> a.target().touchesMission(id(d, "MONUSCO"))
                                && a.kind() == AmendmentKind.PERCENT_CUT), a -> withValue(a, 5_000)), Set.of("MONUSCO")),
                new Edit("the US cut is left unallocated", d -> replace(d, first(d, "US", a -> true),
                        a -> a.withAllocation(Allocation.NONE)), Set.of()),
                new Edit("and allocated pro rata to the SG figures again", d -> replace(d, first(d, "US", a -> true),
                        a -> a.withAllocation(Allocation.proRata(Baseline.SG_PROPOSED))), Set.of()));
    }

    @Test
    void scenarioTotals_afterEachEditOfASeries_equalAFullComputation() {
        Scenario all = new Scenario(1, "all", 129_000_000, sample.proposals().stream()
                .map(p -> ScenarioItem.proposal(p.id(), Share.ofBasisPoints(5_000))).toList());
        NegotiationData data = sample;
        ScenarioTotals totals = ScenarioCalculator.of(data, all);
        for (Edit e : series()) {
            NegotiationData after = e.apply().apply(data);
            ScenarioTotals updated = ScenarioCalculator.update(totals, after, all, ids(after, e.named()));
            ScenarioTotals full = ScenarioCalculator.of(after, all);
            assertThat(updated).as(e.what()).isEqualTo(full);
            assertThat(updated.grandTotalUsd()).as(e.what()).isEqualTo(full.grandTotalUsd());
            assertThat(updated.allocatedUsd()).as(e.what()).isEqualTo(full.allocatedUsd());
            for (Mission m : after.missions()) {
                assertThat(updated.mission(m.id())).as(e.what() + ": " + m.code()).isEqualTo(full.mission(m.id()));
            }
            data = after;
            totals = updated;
        }
    }

    @Test
    void scenarioTotals_anEditToALineCut_keepsEveryOtherMissionAsItWas() {
        Scenario all = new Scenario(1, "all", 129_000_000, sample.proposals().stream()
                .map(p -> ScenarioItem.proposal(p.id(), Share.WHOLE)).toList());
        ScenarioTotals before = ScenarioCalculator.of(sample, all);
        Edit e = series().get(0);
        NegotiationData after = e.apply().apply(sample);

        ScenarioTotals updated = ScenarioCalculator.update(before, after, all, ids(after, e.named()));

        // the parts did not move: UNIFIL's totals are the very object computed before, not a new one
        MissionTotals unifil = before.mission(id(sample, "UNIFIL")).orElseThrow();
        assertThat(updated.mission(id(sample, "UNIFIL")).orElseThrow()).isSameAs(unifil);
        assertThat(updated.mission(id(sample, "MONUSCO"))).isNotEqualTo(before.mission(id(sample, "MONUSCO")));
        assertThat(updated).isEqualTo(ScenarioCalculator.of(after, all));
    }

    @Test
    void proposedCuts_afterEachEditOfASeries_equalAFullComputation() {
        NegotiationData data = sample;
        ProposedCuts cuts = ProposedCuts.of(data);
        for (Edit e : series()) {
            NegotiationData after = e.apply().apply(data);
            ProposedCuts updated = ProposedCuts.update(cuts, after, ids(after, e.named()));
            assertSame(e.what(), updated, ProposedCuts.of(after), after);
            data = after;
            cuts = updated;
        }
    }

    @Test
    void proposedCuts_anEditToALineCut_keepsTheOtherMissionsAsTheyWere() {
        ProposedCuts before = ProposedCuts.of(sample);
        Edit e = series().get(0);
        NegotiationData after = e.apply().apply(sample);

        ProposedCuts updated = ProposedCuts.update(before, after, ids(after, e.named()));

        long us = delegation(sample, "US");
        long unifil = id(sample, "UNIFIL");
        assertThat(updated.forMission(us, unifil)).isSameAs(before.forMission(us, unifil));
        assertSame(e.what(), updated, ProposedCuts.of(after), after);
    }

    private static void assertSame(String what, ProposedCuts actual, ProposedCuts expected, NegotiationData data) {
        for (Delegation d : data.delegations()) {
            assertThat(actual.unallocated(d.id())).as(what + ": " + d.code()).isEqualTo(expected.unallocated(d.id()));
            for (Mission m : data.missions()) {
                String where = what + ": " + d.code() + " " + m.code();
                assertThat(actual.forMission(d.id(), m.id())).as(where).isEqualTo(expected.forMission(d.id(), m.id()));
                assertThat(actual.allocatedTo(d.id(), m.id())).as(where).isEqualTo(expected.allocatedTo(d.id(), m.id()));
                assertThat(actual.atRiskForMission(d.id(), m.id())).as(where)
                        .isEqualTo(expected.atRiskForMission(d.id(), m.id()));
                for (BudgetLine l : m.lines()) {
                    assertThat(actual.forLine(d.id(), l.id())).as(where).isEqualTo(expected.forLine(d.id(), l.id()));
                    for (Post p : l.posts()) {
                        assertThat(actual.postsAbolished(d.id(), p.id())).as(where)
                                .isEqualTo(expected.postsAbolished(d.id(), p.id()));
                    }
                }
            }
        }
    }

    private static Set<Long> ids(NegotiationData d, Set<String> codes) {
        return Set.copyOf(codes.stream().map(c -> id(d, c)).toList());
    }

    private static long id(NegotiationData d, String code) {
        return d.missionByCode(code).orElseThrow().id();
    }

    private static long delegation(NegotiationData d, String code) {
        return d.delegations().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static Amendment first(NegotiationData d, String delegation, java.util.function.Predicate<Amendment> which) {
        long del = delegation(d, delegation);
        return d.proposals().stream().filter(p -> p.delegationId() == del && d.counts(p))
                .flatMap(p -> p.amendments().stream()).filter(which).findFirst().orElseThrow();
    }

    private static Amendment withValue(Amendment a, long value) {
        return new Amendment(a.id(), a.target(), a.kind(), value, a.rationale(), a.provenance(), a.allocation());
    }

    private static NegotiationData replace(NegotiationData d, Amendment was, UnaryOperator<Amendment> edit) {
        Amendment now = edit.apply(was);
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal p : d.proposals()) {
            proposals.add(p.withAmendments(p.amendments().stream().map(a -> a.id() == was.id() ? now : a).toList()));
        }
        return d.withProposals(proposals);
    }
}
