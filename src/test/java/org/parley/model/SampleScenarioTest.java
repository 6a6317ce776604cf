package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.parley.io.NegotiationJson;

/**
 * What the scenario tests on the real 2018 sample share: the sample, read once, with Russia's and
 * China's proposals; its proposals as test arguments; a scenario adopting proposals in full; and
 * missions and lines by the names people use.
 */
abstract class SampleScenarioTest {

    static NegotiationData sample;
    static Proposal ru;
    static Proposal cn;

    @BeforeAll
    static void readSample() throws Exception {
        sample = NegotiationJson.readSample();
        ru = proposalOf("RU");
        cn = proposalOf("CN");
    }

    /** Every proposal of the sample, named by its title; for {@code @MethodSource}. */
    static Stream<Named<Proposal>> sampleProposals() throws Exception {
        return NegotiationJson.readSample().proposals().stream().map(p -> Named.of(p.title(), p));
    }

    /** The one proposal the delegation of that code tables. */
    static Proposal proposalOf(String code) {
        long id = sample.delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
        List<Proposal> ps = sample.proposals().stream().filter(p -> p.delegationId() == id).toList();
        assertThat(ps).as(code + " tables one proposal in the sample").hasSize(1);
        return ps.get(0);
    }

    /** A scenario adopting the proposals in full. */
    static Scenario inFull(Proposal... adopted) {
        return new Scenario(1, "In full", 0, Stream.of(adopted)
                .map(p -> ScenarioItem.proposal(p.id(), Share.WHOLE)).toList());
    }

    static long missionId(String code) {
        return sample.missions().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().id();
    }

    static long lineId(String code, String lineName) {
        return sample.missions().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().lines().stream()
                .filter(l -> l.name().equals(lineName)).findFirst().orElseThrow().id();
    }
}
