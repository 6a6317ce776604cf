package org.parley.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
public record NegotiationData(Negotiation negotiation, List<Delegation> delegations, List<Mission> missions,
                              List<Proposal> proposals, List<TimelineEvent> events) {

    public NegotiationData {
        Objects.requireNonNull(negotiation, "negotiation");
        delegations = List.copyOf(delegations);
        missions = List.copyOf(missions);
        proposals = List.copyOf(proposals);
        events = List.copyOf(events);
        checkReferences(delegations, missions, proposals, events);
    }

    public Optional<Mission> mission(long id) {
        return missions.stream().filter(m -> m.id() == id).findFirst();
    }

    public Optional<Mission> missionByCode(String code) {
        return missions.stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst();
    }

    public Optional<Delegation> delegation(long id) {
        return delegations.stream().filter(d -> d.id() == id).findFirst();
    }

    public Optional<Proposal> proposal(long id) {
        return proposals.stream().filter(p -> p.id() == id).findFirst();
    }

    public Optional<BudgetLine> line(long missionId, long lineId) {
        return mission(missionId).flatMap(m -> m.lines().stream().filter(l -> l.id() == lineId).findFirst());
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

    private static void checkReferences(List<Delegation> delegations, List<Mission> missions,
                                        List<Proposal> proposals, List<TimelineEvent> events) {
        Set<Long> delegationIds = uniqueIds(delegations.stream().map(Delegation::id).toList(), "delegation");
        for (Delegation d : delegations) {
            for (Long member : d.memberIds()) {
                require(delegationIds.contains(member), "group " + d.code() + " has an unknown member id " + member);
            }
        }
        Map<Long, Mission> missionById = new HashMap<>();
        for (Mission m : missions) {
            require(missionById.put(m.id(), m) == null, "two missions share the id " + m.id());
        }
        uniqueIds(missions.stream().map(Mission::code).map(String::toUpperCase).toList(), "mission code");
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
