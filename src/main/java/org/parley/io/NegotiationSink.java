package org.parley.io;

import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.TalkingPoints;
import org.parley.model.TimelineEvent;

import java.util.List;

/**
 * Where a streamed read ({@link NegotiationJson#stream}) puts a file's negotiations, part by part,
 * each part bound and checked before it is handed over, in reference order: the negotiation, its
 * delegations, then each mission, proposal, event, position, our line, compromise and scenario, talking points,
 * then {@link #end}. Ids are document-local (counted from 1 per kind across the negotiation), as in
 * a {@code NegotiationData} read whole. A part handed over may be forgotten at once: nothing keeps
 * it. A sink that fails throws an unchecked exception, which ends the read as it is.
 *
 * <p>Every method does nothing by default, so {@code new NegotiationSink() { }} only checks a file.
 */
public interface NegotiationSink {

    /** How many negotiations the file holds: said once, after the file was found well formed, before any part. */
    default void documents(int count) {
    }

    /** A new negotiation starts; the parts after it are its own. */
    default void negotiation(Negotiation negotiation) {
    }

    /** All the delegations of the negotiation (a short list), groups after their members' codes are known. */
    default void delegations(List<Delegation> delegations) {
    }

    default void mission(Mission mission) {
    }

    /** A proposal with all its amendments, whose targets name missions, lines and posts already handed over. */
    default void proposal(Proposal proposal) {
    }

    default void event(TimelineEvent event) {
    }

    default void position(Position position) {
    }

    default void ourLine(OurLine ourLine) {
    }

    default void compromise(Compromise compromise) {
    }

    default void scenario(Scenario scenario) {
    }

    /** Our talking points on one mission, with every version (after the scenarios; optional in the file). */
    default void talkingPoints(TalkingPoints talkingPoints) {
    }

    /** The negotiation is complete and every check on it passed. */
    default void end() {
    }
}
