package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.Target;

/** The missions a gesture bears on: as few as the gesture allows, so totals recompute little. */
class ChangedMissionsTest {

    private static final NegotiationData DATA = sample();
    private final NegotiationData data = DATA;
    private final Proposal ru = data.proposals().get(0);
    private final Proposal cn = data.proposals().get(1);

    private static NegotiationData sample() {
        try {
            return NegotiationJson.readSample();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAmendmentEdited_namesOnlyItsMission_notEveryMissionOfItsProposal() {
        Amendment a = ru.amendments().get(3);
        List<Amendment> list = new ArrayList<>(ru.amendments());
        list.set(3, new Amendment(a.id(), a.target(), a.kind(), a.value() + 1, a.rationale(), a.provenance()));

        assertThat(missions((update(ru, with(ru, list))))).containsExactly(a.target().missionId());
    }

    @Test
    void anAmendmentMovedToAnotherProposal_namesItsMission() {
        Amendment a = ru.amendments().get(0);
        List<Amendment> from = new ArrayList<>(ru.amendments());
        from.remove(0);
        List<Amendment> to = new ArrayList<>(cn.amendments());
        to.add(a);

        assertThat(missions(update(ru, with(ru, from)), update(cn, with(cn, to))))
                .containsExactly(a.target().missionId());
    }

    @Test
    void anAmendmentRetargeted_namesTheMissionsBeforeAndAfter() {
        Amendment a = ru.amendments().get(0);
        Mission other = data.missions().stream().filter(m -> !a.target().missionId().equals(m.id())).findFirst()
                .orElseThrow();
        List<Amendment> list = new ArrayList<>(ru.amendments());
        list.set(0, new Amendment(a.id(), Target.mission(other.id()), a.kind(), a.value(),
                a.rationale(), a.provenance()));

        assertThat(missions(update(ru, with(ru, list))))
                .containsExactlyInAnyOrder(a.target().missionId(), other.id());
    }

    @Test
    void aReorderWithinAProposal_namesNone() {
        List<Amendment> list = new ArrayList<>(ru.amendments());
        Collections.reverse(list);

        assertThat(missions((update(ru, with(ru, list))))).isEmpty();
    }

    @Test
    void aScenarioChange_namesNone() {
        Scenario s = new Scenario(1, "Plan A", 0, List.of());
        Change<Scenario> c = new Change<>(Part.SCENARIOS, null, s, -1, 0);

        assertThat(missions((c))).isEmpty();
    }

    @Test
    void aMissionChange_namesTheMission() {
        Mission m = data.missions().get(0);
        Change<Mission> c = new Change<>(Part.MISSIONS, m, m, 0, 0);

        assertThat(missions((c))).containsExactly(m.id());
    }

    @Test
    void aProposalWithdrawn_namesEveryMissionItTouches() {
        Proposal withdrawn = new Proposal(ru.id(), ru.delegationId(), ru.title(), ru.tabledAt(),
                org.parley.model.ProposalStatus.WITHDRAWN, ru.provenance(), ru.amendments());
        Set<Long> all = new java.util.HashSet<>();
        ru.amendments().forEach(a -> all.add(a.target().missionId()));

        assertThat(missions((update(ru, withdrawn)))).isEqualTo(all);
    }

    private static Proposal with(Proposal p, List<Amendment> amendments) {
        return new Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(), p.provenance(), amendments);
    }

    private static Change<Proposal> update(Proposal before, Proposal after) {
        return new Change<>(Part.PROPOSALS, before, after, 0, 0);
    }

    private Set<Long> missions(Change<?>... changes) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Change<?> c : changes) {
            ids.addAll(c.missions(data, data));
        }
        return ids;
    }
}
