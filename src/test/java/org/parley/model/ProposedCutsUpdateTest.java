package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;

/** Recomputing only the missions an edit touched gives what a full computation gives. */
class ProposedCutsUpdateTest {

    private final NegotiationData sample;

    ProposedCutsUpdateTest() throws Exception {
        sample = unallocated(NegotiationJson.readSample());
    }

    /**
     * The sample with its US top-line cut left unallocated, so that these cases test the update
     * of the missions named alone; with an allocated cut, see {@code AllocatedUpdateTest}.
     */
    private static NegotiationData unallocated(NegotiationData data) {
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal p : data.proposals()) {
            proposals.add(new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(), p.provenance(),
                    p.amendments().stream().map(a -> a.withAllocation(Allocation.NONE)).toList(), p.revisesId()));
        }
        return data.withProposals(proposals);
    }

    @Test
    void update_afterAnAmendmentMovesToAnotherMission_equalsAFullComputation() {
        Proposal ru = sample.proposals().get(0);
        Amendment first = ru.amendments().get(0);
        Mission other = sample.missions().stream().filter(m -> m.id() != first.target().missionId()
                && !m.lines().isEmpty()).findFirst().orElseThrow();
        Amendment moved = new Amendment(first.id(), Target.line(other.id(), other.lines().get(0).id()),
                AmendmentKind.PERCENT_CUT, 2500, "", first.provenance());
        NegotiationData edited = withFirstAmendment(ru, moved);

        ProposedCuts updated = ProposedCuts.update(ProposedCuts.of(sample), edited,
                Set.of(first.target().missionId(), other.id()));

        assertSame(updated, ProposedCuts.of(edited), edited);
    }

    @Test
    void update_afterAPostCountChanges_equalsAFullComputation() {
        Proposal cn = sample.proposals().get(1);
        Amendment posts = cn.amendments().stream().filter(a -> a.kind() == AmendmentKind.ABOLISH_POSTS).findFirst()
                .orElseThrow();
        Amendment more = new Amendment(posts.id(), posts.target(), posts.kind(), posts.value() + 3, "",
                posts.provenance());
        List<Amendment> list = new ArrayList<>(cn.amendments());
        list.set(list.indexOf(posts), more);
        List<Proposal> proposals = new ArrayList<>(sample.proposals());
        proposals.set(1, new Proposal(cn.id(), cn.delegationId(), cn.title(), cn.tabledAt(), cn.status(),
                cn.provenance(), list));
        NegotiationData edited = sample.withProposals(proposals);

        ProposedCuts updated = ProposedCuts.update(ProposedCuts.of(sample), edited, Set.of(posts.target().missionId()));

        assertSame(updated, ProposedCuts.of(edited), edited);
    }

    @Test
    void update_thatForgetsAMission_keepsItsOldCut() {
        Proposal ru = sample.proposals().get(0);
        Amendment first = ru.amendments().get(0);
        Amendment bigger = new Amendment(first.id(), first.target(), AmendmentKind.PERCENT_CUT, 9000, "",
                first.provenance());
        NegotiationData edited = withFirstAmendment(ru, bigger);

        ProposedCuts stale = ProposedCuts.update(ProposedCuts.of(sample), edited, Set.of());

        long mission = first.target().missionId();
        assertThat(stale.forMission(ru.delegationId(), mission))
                .isEqualTo(ProposedCuts.of(sample).forMission(ru.delegationId(), mission))
                .isNotEqualTo(ProposedCuts.of(edited).forMission(ru.delegationId(), mission));
    }

    private NegotiationData withFirstAmendment(Proposal p, Amendment a) {
        List<Amendment> list = new ArrayList<>(p.amendments());
        list.set(0, a);
        List<Proposal> proposals = new ArrayList<>(sample.proposals());
        proposals.set(proposals.indexOf(p), new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(),
                p.status(), p.provenance(), list));
        return sample.withProposals(proposals);
    }

    private static void assertSame(ProposedCuts actual, ProposedCuts expected, NegotiationData data) {
        for (Delegation d : data.delegations()) {
            assertThat(actual.unallocated(d.id())).isEqualTo(expected.unallocated(d.id()));
            for (Mission m : data.missions()) {
                assertThat(actual.forMission(d.id(), m.id())).as(d.code() + " " + m.code())
                        .isEqualTo(expected.forMission(d.id(), m.id()));
                for (BudgetLine l : m.lines()) {
                    assertThat(actual.forLine(d.id(), l.id())).isEqualTo(expected.forLine(d.id(), l.id()));
                    for (Post p : l.posts()) {
                        assertThat(actual.postsAbolished(d.id(), p.id())).isEqualTo(expected.postsAbolished(d.id(), p.id()));
                    }
                }
            }
        }
    }
}
