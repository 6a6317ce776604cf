package org.parley.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One negotiation with everything in it: the unit that is loaded, imported and exported.
 * The constructor checks that every reference (a proposal's delegation, an amendment's
 * target, an event's missions and proposals, a group's members) points inside this data, so a
 * {@code NegotiationData} is always whole.
 */
public final class NegotiationData {

    private final Negotiation negotiation;
    private final List<Delegation> delegations;
    private final List<Mission> missions;
    private final List<Proposal> proposals;
    private final List<TimelineEvent> events;
    private final List<Position> positions;
    private final List<OurLine> ourLines;
    private final List<Compromise> compromises;
    private final List<Scenario> scenarios;
    // Lookups by id, so that large negotiations stay fast (thousands of lines and amendments).
    private final Map<Long, Mission> missionById = new HashMap<>();
    private final Map<Long, BudgetLine> lineById = new HashMap<>();
    private final Map<Long, Long> missionIdOfLine = new HashMap<>();
    private final Map<Long, Delegation> delegationById = new HashMap<>();
    private final Map<Long, Proposal> proposalById = new HashMap<>();
    private final Map<Long, Amendment> amendmentById = new HashMap<>();
    private final Map<Long, Long> proposalIdOfAmendment = new HashMap<>();
    private final Map<Long, Compromise> compromiseById = new HashMap<>();

    /** A negotiation without positions, compromises or scenarios yet. */
    public NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                           List<Proposal> proposals, List<TimelineEvent> events) {
        this(negotiation, delegations, missions, proposals, events, List.of(), List.of(), List.of(), List.of());
    }

    public NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                           List<Proposal> proposals, List<TimelineEvent> events, List<Position> positions,
                           List<OurLine> ourLines, List<Compromise> compromises, List<Scenario> scenarios) {
        this.negotiation = Objects.requireNonNull(negotiation, "negotiation");
        this.delegations = List.copyOf(delegations);
        this.missions = List.copyOf(missions);
        this.proposals = List.copyOf(proposals);
        this.events = List.copyOf(events);
        this.positions = List.copyOf(positions);
        this.ourLines = List.copyOf(ourLines);
        this.compromises = List.copyOf(compromises);
        this.scenarios = List.copyOf(scenarios);
        checkReferences(this.delegations, this.missions, this.proposals, this.events);
        this.delegations.forEach(d -> delegationById.put(d.id(), d));
        for (Proposal p : this.proposals) {
            proposalById.put(p.id(), p);
            for (Amendment a : p.amendments()) {
                amendmentById.put(a.id(), a);
                proposalIdOfAmendment.put(a.id(), p.id());
            }
        }
        for (Mission m : this.missions) {
            missionById.put(m.id(), m);
            for (BudgetLine l : m.lines()) {
                lineById.put(l.id(), l);
                missionIdOfLine.put(l.id(), m.id());
            }
        }
        PositionChecks.check(this);
        this.compromises.forEach(c -> compromiseById.put(c.id(), c));
    }

    public Negotiation negotiation() {
        return negotiation;
    }

    public List<Delegation> delegations() {
        return delegations;
    }

    public List<Mission> missions() {
        return missions;
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    public List<TimelineEvent> events() {
        return events;
    }

    /** Every delegation's stance on every item it has one on; at most one per delegation and item. */
    public List<Position> positions() {
        return positions;
    }

    /** Our line and fallback, at most one per item. */
    public List<OurLine> ourLines() {
        return ourLines;
    }

    public List<Compromise> compromises() {
        return compromises;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public Optional<Amendment> amendment(long id) {
        return Optional.ofNullable(amendmentById.get(id));
    }

    /** The proposal an amendment belongs to. */
    public Optional<Proposal> proposalOfAmendment(long amendmentId) {
        return Optional.ofNullable(proposalIdOfAmendment.get(amendmentId)).map(proposalById::get);
    }

    public Optional<Compromise> compromise(long id) {
        return Optional.ofNullable(compromiseById.get(id));
    }

    public Optional<TimelineEvent> event(long id) {
        return events.stream().filter(e -> e.id() == id).findFirst();
    }

    public Optional<Scenario> scenario(long id) {
        return scenarios.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The mission a line belongs to. */
    public Optional<Mission> missionOfLine(long lineId) {
        return Optional.ofNullable(missionIdOfLine.get(lineId)).map(missionById::get);
    }

    /** Whether an item names something in this negotiation. */
    public boolean contains(Item item) {
        return item.kind() == Item.Kind.AMENDMENT ? amendmentById.containsKey(item.id())
                : missionById.containsKey(item.id());
    }

    /** How an item reads in a list: the amendment's target and size, or the mission's code. */
    public String describe(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return mission(item.id()).map(Mission::code).orElse("?");
        }
        return amendment(item.id()).map(a -> describe(a.target()) + " " + AmendmentText.value(a)).orElse("?");
    }

    public NegotiationData withNegotiation(Negotiation n) {
        return new NegotiationData(n, delegations, missions, proposals, events, positions, ourLines, compromises,
                scenarios);
    }

    public NegotiationData withDelegations(List<Delegation> list) {
        return new NegotiationData(negotiation, list, missions, proposals, events, positions, ourLines, compromises,
                scenarios);
    }

    public NegotiationData withMissions(List<Mission> list) {
        return new NegotiationData(negotiation, delegations, list, proposals, events, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withProposals(List<Proposal> list) {
        return new NegotiationData(negotiation, delegations, missions, list, events, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withEvents(List<TimelineEvent> list) {
        return new NegotiationData(negotiation, delegations, missions, proposals, list, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withPositions(List<Position> list) {
        return new NegotiationData(negotiation, delegations, missions, proposals, events, list, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withOurLines(List<OurLine> list) {
        return new NegotiationData(negotiation, delegations, missions, proposals, events, positions, list,
                compromises, scenarios);
    }

    public NegotiationData withCompromises(List<Compromise> list) {
        return new NegotiationData(negotiation, delegations, missions, proposals, events, positions, ourLines, list,
                scenarios);
    }

    public NegotiationData withScenarios(List<Scenario> list) {
        return new NegotiationData(negotiation, delegations, missions, proposals, events, positions, ourLines,
                compromises, list);
    }

    public Optional<Mission> mission(long id) {
        return Optional.ofNullable(missionById.get(id));
    }

    public Optional<Mission> missionByCode(String code) {
        return missions.stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Delegation> delegation(long id) {
        return Optional.ofNullable(delegationById.get(id));
    }

    public Optional<Proposal> proposal(long id) {
        return Optional.ofNullable(proposalById.get(id));
    }

    /** A line of a mission; empty when the line is not the mission's. */
    public Optional<BudgetLine> line(long missionId, long lineId) {
        Long owner = missionIdOfLine.get(lineId);
        return owner != null && owner == missionId ? Optional.of(lineById.get(lineId)) : Optional.empty();
    }

    public Optional<Post> post(Target target) {
        if (target.postId() == null) {
            return Optional.empty();
        }
        return line(target.missionId(), target.lineId())
                .flatMap(l -> l.posts().stream().filter(p -> p.id() == target.postId()).findFirst());
    }

    /** How the target reads in a list: "MONUSCO / Human rights / Human Rights Officer (P-3)". */
    public String describe(Target target) {
        if (target.isWholeBudget()) {
            return "Whole budget (unallocated)";
        }
        StringBuilder sb = new StringBuilder(mission(target.missionId()).map(Mission::code).orElse("?"));
        if (target.lineId() != null) {
            sb.append(" / ").append(line(target.missionId(), target.lineId()).map(BudgetLine::name).orElse("?"));
        }
        post(target).ifPresent(p -> sb.append(" / ").append(p.displayTitle()));
        return sb.toString();
    }

    public int postCount() {
        return missions.stream().mapToInt(Mission::postCount).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NegotiationData d && negotiation.equals(d.negotiation) && delegations.equals(d.delegations)
                && missions.equals(d.missions) && proposals.equals(d.proposals) && events.equals(d.events)
                && positions.equals(d.positions) && ourLines.equals(d.ourLines) && compromises.equals(d.compromises)
                && scenarios.equals(d.scenarios);
    }

    @Override
    public int hashCode() {
        return Objects.hash(negotiation, delegations, missions, proposals, events, positions, ourLines, compromises,
                scenarios);
    }

    @Override
    public String toString() {
        return "NegotiationData[" + negotiation.title() + ": " + missions.size() + " missions, "
                + proposals.size() + " proposals, " + events.size() + " events]";
    }

    private static void checkReferences(List<Delegation> delegations, List<Mission> missions,
                                        List<Proposal> proposals, List<TimelineEvent> events) {
        Set<Long> delegationIds = uniqueIds(delegations.stream().map(Delegation::id).toList(), "delegation");
        uniqueIds(delegations.stream().map(Delegation::code).map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                "delegation code");
        for (Delegation d : delegations) {
            require(Set.copyOf(d.memberIds()).size() == d.memberIds().size(),
                    "group " + d.code() + " lists a member twice");
            for (Long member : d.memberIds()) {
                require(delegationIds.contains(member), "group " + d.code() + " has an unknown member id " + member);
            }
        }
        Map<Long, Mission> missionById = new HashMap<>();
        for (Mission m : missions) {
            require(missionById.put(m.id(), m) == null, "two missions share the id " + m.id());
        }
        uniqueIds(missions.stream().map(Mission::code).map(c -> c.toUpperCase(Locale.ROOT)).toList(), "mission code");
        uniqueIds(missions.stream().flatMap(m -> m.lines().stream()).map(BudgetLine::id).toList(), "line id");
        uniqueIds(missions.stream().flatMap(m -> m.lines().stream()).flatMap(l -> l.posts().stream())
                .map(Post::id).toList(), "post id");
        uniqueIds(proposals.stream().flatMap(p -> p.amendments().stream()).map(Amendment::id).toList(),
                "amendment id");
        uniqueIds(events.stream().map(TimelineEvent::id).toList(), "event id");
        Set<Long> proposalIds = uniqueIds(proposals.stream().map(Proposal::id).toList(), "proposal");
        for (Proposal p : proposals) {
            require(delegationIds.contains(p.delegationId()),
                    "proposal \"" + p.title() + "\" names an unknown delegation id " + p.delegationId());
            for (Amendment a : p.amendments()) {
                checkTarget(a.target(), missionById, "proposal \"" + p.title() + "\"");
            }
        }
        for (TimelineEvent e : events) {
            for (Long m : e.missionIds()) {
                require(missionById.containsKey(m), "event \"" + e.title() + "\" names an unknown mission id " + m);
            }
            for (Long p : e.proposalIds()) {
                require(proposalIds.contains(p), "event \"" + e.title() + "\" names an unknown proposal id " + p);
            }
        }
    }

    private static void checkTarget(Target t, Map<Long, Mission> missionById, String where) {
        if (t.isWholeBudget()) {
            return;
        }
        Mission m = missionById.get(t.missionId());
        require(m != null, where + ": unknown mission id " + t.missionId());
        if (t.lineId() == null) {
            return;
        }
        BudgetLine line = m.lines().stream().filter(l -> l.id() == t.lineId()).findFirst().orElse(null);
        require(line != null, where + ": mission " + m.code() + " has no line id " + t.lineId());
        if (t.postId() != null) {
            require(line.posts().stream().anyMatch(p -> p.id() == t.postId()),
                    where + ": line \"" + line.name() + "\" has no post id " + t.postId());
        }
    }

    private static <T> Set<T> uniqueIds(List<T> ids, String what) {
        Set<T> seen = new HashSet<>();
        for (T id : ids) {
            require(seen.add(id), "two of a kind share one " + what + ": " + id);
        }
        return seen;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
