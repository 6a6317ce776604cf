package org.parley.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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
    private final List<TalkingPoints> talkingPoints;
    // Lookups by id, so that large negotiations stay fast (thousands of lines and amendments).
    // The two big indexes are reused by a snapshot whose missions (or proposals) did not change.
    private final BudgetIndex budgets;
    private final ProposalIndex proposalIndex;
    private final Map<Long, Delegation> delegationById = new HashMap<>();
    private final Map<Long, Compromise> compromiseById = new HashMap<>();

    /** A negotiation without positions, compromises or scenarios yet. */
    public NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                           List<Proposal> proposals, List<TimelineEvent> events) {
        this(negotiation, delegations, missions, proposals, events, List.of(), List.of(), List.of(), List.of());
    }

    public NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                           List<Proposal> proposals, List<TimelineEvent> events, List<Position> positions,
                           List<OurLine> ourLines, List<Compromise> compromises, List<Scenario> scenarios) {
        this(null, negotiation, delegations, missions, proposals, events, positions, ourLines, compromises, scenarios,
                List.of());
    }

    /** A negotiation with our talking points on its missions. */
    public NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                           List<Proposal> proposals, List<TimelineEvent> events, List<Position> positions,
                           List<OurLine> ourLines, List<Compromise> compromises, List<Scenario> scenarios,
                           List<TalkingPoints> talkingPoints) {
        this(null, negotiation, delegations, missions, proposals, events, positions, ourLines, compromises, scenarios,
                talkingPoints);
    }

    /** Builds a snapshot, reusing {@code previous}'s indexes for the parts that are the same lists. */
    private NegotiationData(NegotiationData previous, Negotiation negotiation, List<Delegation> delegations,
                            List<Mission> missions, List<Proposal> proposals, List<TimelineEvent> events,
                            List<Position> positions, List<OurLine> ourLines, List<Compromise> compromises,
                            List<Scenario> scenarios, List<TalkingPoints> talkingPoints) {
        this.negotiation = Objects.requireNonNull(negotiation, "negotiation");
        this.delegations = List.copyOf(delegations);
        this.missions = List.copyOf(missions);
        this.proposals = List.copyOf(proposals);
        this.events = List.copyOf(events);
        this.positions = List.copyOf(positions);
        this.ourLines = List.copyOf(ourLines);
        this.compromises = List.copyOf(compromises);
        this.scenarios = List.copyOf(scenarios);
        this.talkingPoints = List.copyOf(talkingPoints);
        Set<Long> delegationIds = checkDelegations(this.delegations);
        this.delegations.forEach(d -> delegationById.put(d.id(), d));
        boolean sameBudgets = previous != null && previous.missions == this.missions;
        this.budgets = sameBudgets ? previous.budgets : new BudgetIndex(this.missions);
        this.proposalIndex = sameBudgets && previous.proposals == this.proposals
                && previous.delegations == this.delegations ? previous.proposalIndex
                : new ProposalIndex(this.proposals, delegationIds, budgets);
        checkEvents(this.events, budgets, proposalIndex);
        PositionChecks.check(this, !stancesStillHold(previous));
        this.compromises.forEach(c -> compromiseById.put(c.id(), c));
        checkTalkingPoints(this.talkingPoints, budgets);
    }

    /**
     * Whether the positions and our lines of {@code previous}, passed back as the very lists, still
     * name only what this snapshot holds: same delegations and budgets, and every amendment still
     * here. Then they need no checking again; checking 233,400 stances after every gesture cost a
     * tenth of a second with 600 delegations.
     */
    private boolean stancesStillHold(NegotiationData previous) {
        return previous != null && previous.positions == positions && previous.ourLines == ourLines
                && previous.delegations == delegations && previous.budgets == budgets
                && (previous.proposalIndex == proposalIndex || proposalIndex.amendmentById.keySet()
                        .containsAll(previous.proposalIndex.amendmentById.keySet()));
    }

    /**
     * This negotiation with some parts replaced; the indexes of parts passed back as the very
     * lists this snapshot returned are reused rather than rebuilt and re-checked.
     */
    public NegotiationData with(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                                List<Proposal> proposals, List<TimelineEvent> events, List<Position> positions,
                                List<OurLine> ourLines, List<Compromise> compromises, List<Scenario> scenarios) {
        return new NegotiationData(this, negotiation, delegations, missions, proposals, events, positions, ourLines,
                compromises, scenarios, talkingPoints);
    }

    /** As {@link #with(Negotiation, List, List, List, List, List, List, List, List)}, the talking points replaced too. */
    public NegotiationData with(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                                List<Proposal> proposals, List<TimelineEvent> events, List<Position> positions,
                                List<OurLine> ourLines, List<Compromise> compromises, List<Scenario> scenarios,
                                List<TalkingPoints> talkingPoints) {
        return new NegotiationData(this, negotiation, delegations, missions, proposals, events, positions, ourLines,
                compromises, scenarios, talkingPoints);
    }

    /** Our talking points, at most one per mission, each with its history. */
    public List<TalkingPoints> talkingPoints() {
        return talkingPoints;
    }

    /** Our talking points on one mission, if any were ever saved. */
    public Optional<TalkingPoints> talkingPoints(long missionId) {
        return talkingPoints.stream().filter(t -> t.missionId() == missionId).findFirst();
    }

    public NegotiationData withTalkingPoints(List<TalkingPoints> list) {
        return with(negotiation, delegations, missions, proposals, events, positions, ourLines, compromises, scenarios,
                list);
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
        return Optional.ofNullable(proposalIndex.amendmentById.get(id));
    }

    /** The proposal an amendment belongs to. */
    public Optional<Proposal> proposalOfAmendment(long amendmentId) {
        return Optional.ofNullable(proposalIndex.proposalIdOfAmendment.get(amendmentId)).map(proposalIndex.proposalById::get);
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
        return Optional.ofNullable(budgets.missionIdOfLine.get(lineId)).map(budgets.missionById::get);
    }

    /** Whether an item names something in this negotiation. */
    public boolean contains(Item item) {
        return item.kind() == Item.Kind.AMENDMENT ? proposalIndex.amendmentById.containsKey(item.id())
                : budgets.missionById.containsKey(item.id());
    }

    /** How an item reads in a list: the amendment's target and size, or the mission's code. */
    public String describe(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return mission(item.id()).map(Mission::code).orElse("?");
        }
        return amendment(item.id()).map(a -> describe(a) + " " + AmendmentText.value(a)).orElse("?");
    }

    public NegotiationData withNegotiation(Negotiation n) {
        return with(n, delegations, missions, proposals, events, positions, ourLines, compromises,
                scenarios);
    }

    public NegotiationData withDelegations(List<Delegation> list) {
        return with(negotiation, list, missions, proposals, events, positions, ourLines, compromises,
                scenarios);
    }

    public NegotiationData withMissions(List<Mission> list) {
        return with(negotiation, delegations, list, proposals, events, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withProposals(List<Proposal> list) {
        return with(negotiation, delegations, missions, list, events, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withEvents(List<TimelineEvent> list) {
        return with(negotiation, delegations, missions, proposals, list, positions, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withPositions(List<Position> list) {
        return with(negotiation, delegations, missions, proposals, events, list, ourLines,
                compromises, scenarios);
    }

    public NegotiationData withOurLines(List<OurLine> list) {
        return with(negotiation, delegations, missions, proposals, events, positions, list,
                compromises, scenarios);
    }

    public NegotiationData withCompromises(List<Compromise> list) {
        return with(negotiation, delegations, missions, proposals, events, positions, ourLines, list,
                scenarios);
    }

    public NegotiationData withScenarios(List<Scenario> list) {
        return with(negotiation, delegations, missions, proposals, events, positions, ourLines,
                compromises, list);
    }

    public Optional<Mission> mission(long id) {
        return Optional.ofNullable(budgets.missionById.get(id));
    }

    public Optional<Mission> missionByCode(String code) {
        return missions.stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Delegation> delegation(long id) {
        return Optional.ofNullable(delegationById.get(id));
    }

    public Optional<Proposal> proposal(long id) {
        return Optional.ofNullable(proposalIndex.proposalById.get(id));
    }

    /** The proposal that revises this one (its Rev.1, or the next revision of a revision), if any. */
    public Optional<Proposal> revisionOf(long proposalId) {
        return Optional.ofNullable(proposalIndex.revisionOf.get(proposalId));
    }

    /** Whether a later revision of the same delegation replaces this proposal (decision 0023). */
    public boolean isSuperseded(long proposalId) {
        return proposalIndex.revisionOf.containsKey(proposalId);
    }

    /**
     * Whether a proposal counts among what is on the table (proposed cuts, the totals, the items
     * of the positions matrix, the briefs): neither withdrawn nor superseded by its revision.
     */
    public boolean counts(Proposal p) {
        return p.status() != ProposalStatus.WITHDRAWN && !isSuperseded(p.id());
    }

    /** Which revision a proposal is: 0 for one that revises none, 1 for its Rev.1, 2 for Rev.2… */
    public int revisionNumber(Proposal p) {
        int n = 0;
        Proposal at = p;
        while (at.revisesId() != null) {
            n++;
            at = proposalIndex.proposalById.get(at.revisesId());
        }
        return n;
    }

    /** A line of a mission; empty when the line is not the mission's. */
    public Optional<BudgetLine> line(long missionId, long lineId) {
        Long owner = budgets.missionIdOfLine.get(lineId);
        return owner != null && owner == missionId ? Optional.of(budgets.lineById.get(lineId)) : Optional.empty();
    }

    public Optional<Post> post(Target target) {
        if (target.postId() == null) {
            return Optional.empty();
        }
        if (!target.lineId().equals(budgets.lineIdOfPost.get(target.postId()))) {
            return Optional.empty();
        }
        return line(target.missionId(), target.lineId())
                .flatMap(l -> l.posts().stream().filter(p -> p.id() == target.postId()).findFirst());
    }

    /**
     * How an amendment's target reads in a list: as {@link #describe(Target)}, but a top-line cut
     * spread over the missions says how, "Whole budget (allocated pro rata to the ACABQ
     * recommended figure)", rather than "unallocated" (decision 0025).
     */
    public String describe(Amendment a) {
        if (a.kind() == AmendmentKind.TOPLINE_CUT && a.allocation().isAllocated()) {
            return "Whole budget (allocated " + a.allocation().describe() + ")";
        }
        return describe(a.target());
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
        return missions.stream().mapToInt(Mission::postCount).reduce(0, Amounts::plus);
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

    private static void checkTalkingPoints(List<TalkingPoints> talkingPoints, BudgetIndex budgets) {
        Set<Long> seen = new HashSet<>();
        for (TalkingPoints t : talkingPoints) {
            if (!budgets.missionById.containsKey(t.missionId())) {
                throw new Refused("talking points refer to mission " + t.missionId() + ", which is not in this negotiation");
            }
            if (!seen.add(t.missionId())) {
                throw new Refused("two sets of talking points on mission "
                        + budgets.missionById.get(t.missionId()).code() + "; there is one per mission");
            }
        }
    }

    private static Set<Long> checkDelegations(List<Delegation> delegations) {
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Delegation d : delegations) {
            Checks.require(ids.add(d.id()), () -> "two of a kind share one delegation: " + d.id());
            Checks.require(codes.add(d.code().toUpperCase(Locale.ROOT)),
                    () -> "two of a kind share one delegation code: " + d.code().toUpperCase(Locale.ROOT));
        }
        for (Delegation d : delegations) {
            Checks.require(Set.copyOf(d.memberIds()).size() == d.memberIds().size(),
                    () -> "group " + d.code() + " lists a member twice");
            for (Long member : d.memberIds()) {
                Checks.require(ids.contains(member), () -> "group " + d.code() + " has an unknown member id " + member);
            }
        }
        return ids;
    }

    private static void checkEvents(List<TimelineEvent> events, BudgetIndex budgets, ProposalIndex proposals) {
        Set<Long> ids = new HashSet<>();
        for (TimelineEvent e : events) {
            Checks.require(ids.add(e.id()), () -> "two of a kind share one event id: " + e.id());
            for (Long m : e.missionIds()) {
                Checks.require(budgets.missionById.containsKey(m),
                        () -> "event \"" + e.title() + "\" names an unknown mission id " + m);
            }
            for (Long p : e.proposalIds()) {
                Checks.require(proposals.proposalById.containsKey(p),
                        () -> "event \"" + e.title() + "\" names an unknown proposal id " + p);
            }
        }
    }
}
