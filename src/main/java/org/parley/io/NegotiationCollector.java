package org.parley.io;

import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.TalkingPoints;
import org.parley.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps every part and builds each negotiation whole when it ends, for reads that
 * want the model in memory (the sample, tests, small files). The {@link NegotiationData}
 * constructor is the model's own last check over the whole negotiation.
 */
final class NegotiationCollector implements NegotiationSink {

    private final List<NegotiationData> all = new ArrayList<>();
    private Negotiation negotiation;
    private List<Delegation> delegations;
    private final List<Mission> missions = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<OurLine> ourLines = new ArrayList<>();
    private final List<Compromise> compromises = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<TalkingPoints> talkingPoints = new ArrayList<>();

    List<NegotiationData> negotiations() {
        return List.copyOf(all);
    }

    @Override
    public void negotiation(Negotiation n) {
        negotiation = n;
        delegations = List.of();
        for (List<?> list : List.of(missions, proposals, events, positions, ourLines, compromises, scenarios,
                talkingPoints)) {
            list.clear();
        }
    }

    @Override
    public void delegations(List<Delegation> list) {
        delegations = list;
    }

    @Override
    public void mission(Mission mission) {
        missions.add(mission);
    }

    @Override
    public void proposal(Proposal proposal) {
        proposals.add(proposal);
    }

    @Override
    public void event(TimelineEvent event) {
        events.add(event);
    }

    @Override
    public void position(Position position) {
        positions.add(position);
    }

    @Override
    public void ourLine(OurLine ourLine) {
        ourLines.add(ourLine);
    }

    @Override
    public void compromise(Compromise compromise) {
        compromises.add(compromise);
    }

    @Override
    public void scenario(Scenario scenario) {
        scenarios.add(scenario);
    }

    @Override
    public void talkingPoints(TalkingPoints points) {
        talkingPoints.add(points);
    }

    @Override
    public void end() {
        all.add(new NegotiationData(negotiation, delegations, missions, proposals, events, positions, ourLines,
                compromises, scenarios, talkingPoints));
    }
}
