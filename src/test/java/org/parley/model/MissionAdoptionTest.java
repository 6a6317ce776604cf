package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;

/**
 * The per-mission adoption the briefs use gives, for every mission of the sample, exactly what the
 * scenario calculator gives for a scenario of the same proposals at the same share: one asked
 * object reused across missions, proposal sets and shares (its index is shared), and from several
 * threads at once.
 */
class MissionAdoptionTest {

    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    @Test
    void everyMission_everySetOfProposals_everyShare_equalsTheScenarioCalculator() {
        MissionAdoption adoption = new MissionAdoption(sample);
        List<Proposal> proposals = sample.proposals();
        assertThat(proposals).hasSizeGreaterThanOrEqualTo(3);
        int compared = 0;
        int touched = 0;
        for (List<Proposal> set : sets(proposals)) {
            for (Share share : List.of(Share.WHOLE, Share.ofBasisPoints(50 * 100), Share.ofBasisPoints(25 * 100), Share.ofBasisPoints(33 * 100))) {
                ScenarioTotals expected = ScenarioCalculator.of(sample, new Scenario(0, "expected", 0,
                        set.stream().map(p -> ScenarioItem.proposal(p.id(), share)).toList()));
                for (Mission m : sample.missions()) {
                    Optional<MissionTotals> actual = adoption.of(set.stream().map(Proposal::id).toList(), share, m.id());
                    assertThat(actual).as(m.code() + " " + names(set) + " at " + share).isEqualTo(expected.mission(m.id()));
                    compared++;
                    touched += actual.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(touched).as("missions some set of proposals touches").isGreaterThan(20);
    }

    @Test
    void fromSeveralThreads_theSameAnswers() {
        MissionAdoption adoption = new MissionAdoption(sample);
        List<Long> all = sample.proposals().stream().map(Proposal::id).toList();
        ScenarioTotals expected = ScenarioCalculator.of(sample, new Scenario(0, "expected", 0,
                all.stream().map(id -> ScenarioItem.proposal(id, Share.ofBasisPoints(50 * 100))).toList()));
        List<Mission> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.addAll(sample.missions());
        }
        many.parallelStream().forEach(m -> assertThat(adoption.of(all, Share.ofBasisPoints(50 * 100), m.id()))
                .as(m.code()).isEqualTo(expected.mission(m.id())));
    }

    @Test
    void anUnknownMission_isRefusedByName() {
        MissionAdoption adoption = new MissionAdoption(sample);
        assertThatThrownBy(() -> adoption.of(List.of(), Share.WHOLE, 987_654L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("987654");
    }

    /** Every non-empty subset of the proposals, each also reversed (order decides nothing, it must not). */
    private static List<List<Proposal>> sets(List<Proposal> proposals) {
        List<List<Proposal>> out = new ArrayList<>();
        int n = Math.min(proposals.size(), 5);
        for (int mask = 1; mask < (1 << n); mask++) {
            List<Proposal> set = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(proposals.get(i));
                }
            }
            out.add(set);
            if (set.size() > 1) {
                List<Proposal> reversed = new ArrayList<>(set);
                java.util.Collections.reverse(reversed);
                out.add(reversed);
            }
        }
        return out;
    }

    private static String names(List<Proposal> set) {
        return set.stream().map(Proposal::title).toList().toString();
    }
}
