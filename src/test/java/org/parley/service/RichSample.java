package org.parley.service;

import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;

import java.time.Instant;
import java.util.List;

/** The sample with everything version 2 adds: positions, our lines, a compromise and scenarios. */
public final class RichSample {

    private RichSample() {
    }

    public static NegotiationData data() throws Exception {
        NegotiationData s = NegotiationJson.readSample();
        Proposal first = s.proposals().get(0);
        Proposal second = s.proposals().get(1);
        Amendment a = first.amendments().get(0);
        Delegation d0 = s.delegations().get(0);
        Delegation d1 = s.delegations().get(1);
        long mission = s.missions().get(0).id();
        List<Position> positions = List.of(
                new Position(d1.id(), Item.amendment(a.id()), Stance.OPPOSES, "Says the cut hurts mandate delivery"),
                new Position(d0.id(), Item.mission(mission), Stance.FLEXIBLE, ""),
                new Position(d0.id(), Item.amendment(a.id()), Stance.RED_LINE, "Capital's instruction"));
        List<OurLine> ours = List.of(new OurLine(Item.amendment(a.id()), "Accept half", "Accept a third"),
                new OurLine(Item.mission(mission), "Hold the SG's level", ""));
        Compromise c = new Compromise(1, a.id(), "Half the cut", a.value() / 2, "EG",
                Instant.parse("2018-06-25T15:30:00Z"), CompromiseStatus.UNDER_CONSIDERATION);
        List<Scenario> scenarios = List.of(
                new Scenario(1, "Middle ground", 50_000_000, List.of(ScenarioItem.compromise(1, Share.WHOLE),
                        ScenarioItem.proposal(second.id(), Share.ofBasisPoints(1250)))),
                new Scenario(2, "Nothing adopted", 0, List.of()));
        return s.with(s.negotiation(), s.delegations(), s.missions(), s.proposals(), s.events(), positions, ours,
                List.of(c), scenarios);
    }
}
