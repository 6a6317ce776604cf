package org.parley.service;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.parley.model.Amendment;
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
import org.parley.store.Writer;

/**
 * A kind of aggregate a {@link Change} replaces: how to find it in a negotiation, put it back,
 * and write it. One instance per kind; the set is closed.
 *
 * @param <T> the aggregate's type
 */
public final class Part<T> {

    /** Writes one aggregate at its index among its siblings; {@code before} is null when it is new. */
    @FunctionalInterface
    interface Put<T> {
        void put(Writer w, T before, T value, int index);
    }

    /** Deletes one aggregate. */
    @FunctionalInterface
    interface Remove<T> {
        void remove(Writer w, T value);
    }

    public static final Part<Negotiation> NEGOTIATION = new Part<>("negotiation", Negotiation::id,
            d -> List.of(d.negotiation()), (w, b, n, i) -> w.putNegotiation(n),
            (w, n) -> {
                throw new UnsupportedOperationException("a negotiation is not removed by an edit");
            }, null, (n, d) -> Set.of());
    public static final Part<Mission> MISSIONS = new Part<>("mission", Mission::id, NegotiationData::missions, (w, b, m, i) -> w.putMission(m, i), (w, m) -> w.removeMission(m.id()),
            Writer.Siblings.MISSIONS, (m, d) -> Set.of(m.id()));
    public static final Part<Delegation> DELEGATIONS = new Part<>("delegation", Delegation::id,
            NegotiationData::delegations, (w, b, x, i) -> w.putDelegation(x, i),
            (w, x) -> w.removeDelegation(x.id()), Writer.Siblings.DELEGATIONS, (x, d) -> Set.of());
    public static final Part<Proposal> PROPOSALS = new Part<>("proposal", Proposal::id, NegotiationData::proposals, Writer::putProposal, (w, p) -> w.removeProposal(p.id()),
            Writer.Siblings.PROPOSALS, (p, d) -> missionsOf(p.amendments()));
    public static final Part<TimelineEvent> EVENTS = new Part<>("event", TimelineEvent::id, NegotiationData::events, (w, b, e, i) -> w.putEvent(e, i), (w, e) -> w.removeEvent(e.id()), Writer.Siblings.EVENTS,
            (e, d) -> Set.of());
    public static final Part<Position> POSITIONS = new Part<>("position", Position::key, NegotiationData::positions, (w, b, p, i) -> w.putPosition(p), (w, p) -> w.removePosition(p.key()), null,
            (p, d) -> Set.of());
    public static final Part<OurLine> OUR_LINES = new Part<>("our line", OurLine::item, NegotiationData::ourLines, (w, b, l, i) -> w.putOurLine(l), (w, l) -> w.removeOurLine(l.item()), null,
            (l, d) -> Set.of());
    public static final Part<TalkingPoints> TALKING_POINTS = new Part<>("talking points", TalkingPoints::missionId,
            NegotiationData::talkingPoints, (w, b, t, i) -> w.putTalkingPoints(t),
            (w, t) -> w.removeTalkingPoints(t.missionId()), null, (t, d) -> Set.of());
    public static final Part<Compromise> COMPROMISES = new Part<>("compromise", Compromise::id,
            NegotiationData::compromises, (w, b, k, i) -> w.putCompromise(k),
            (w, k) -> w.removeCompromise(k.id()), null,
            (k, d) -> d.amendment(k.amendmentId()).map(a -> missionsOf(List.of(a))).orElse(Set.of()));
    public static final Part<Scenario> SCENARIOS = new Part<>("scenario", Scenario::id, NegotiationData::scenarios, (w, b, x, i) -> w.putScenario(x, i), (w, s) -> w.removeScenario(s.id()),
            Writer.Siblings.SCENARIOS, (s, d) -> Set.of());

    private final String name;
    private final Function<T, Object> key;
    private final Function<NegotiationData, List<T>> list;
    private final Put<T> put;
    private final Remove<T> remove;
    private final Writer.Siblings siblings;
    private final BiFunction<T, NegotiationData, Set<Long>> missions;

    private Part(String name, Function<T, Object> key, Function<NegotiationData, List<T>> list,
                 Put<T> put, Remove<T> remove,
                 Writer.Siblings siblings, BiFunction<T, NegotiationData, Set<Long>> missions) {
        this.name = name;
        this.key = key;
        this.list = list;
        this.put = put;
        this.remove = remove;
        this.siblings = siblings;
        this.missions = missions;
    }

    /** What identifies one aggregate among its siblings: an id, or a position's row and column. */
    Object key(T value) {
        return key.apply(value);
    }

    List<T> list(NegotiationData data) {
        return list.apply(data);
    }

    void put(Writer w, T before, T value, int index) {
        put.put(w, before, value, index);
    }

    void remove(Writer w, T value) {
        remove.remove(w, value);
    }

    /** The siblings to renumber after an insert, removal or move; null when the kind has no order. */
    Writer.Siblings siblings() {
        return siblings;
    }

    /** The missions whose figures an aggregate bears on (for recomputing totals). */
    Set<Long> missions(T value, NegotiationData data) {
        return value == null ? Set.of() : missions.apply(value, data);
    }

    /** The index of the aggregate with this key, or -1. */
    int indexOf(List<T> values, Object k) {
        for (int i = 0; i < values.size(); i++) {
            if (Objects.equals(key(values.get(i)), k)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<Long> missionsOf(List<Amendment> amendments) {
        Set<Long> ids = new HashSet<>();
        for (Amendment a : amendments) {
            if (a.target().missionId() != null) {
                ids.add(a.target().missionId());
            }
        }
        return ids;
    }


    @Override
    public String toString() {
        return name;
    }
}
