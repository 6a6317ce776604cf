package org.parley.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data: a small negotiation built step by step, with ids handed out in order.
 * Public so that tests of other packages can use it.
 */
public final class NegotiationBuilder {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final Instant DEADLINE = Instant.parse("2018-07-01T04:00:00Z");
    public static final Instant DESK = Instant.parse("2018-06-26T13:00:00Z");

    private long nextId = 1;
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Mission> missions = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();

    public long id() {
        return nextId++;
    }

    public Delegation delegation(String code, String name) {
        Delegation d = new Delegation(id(), code, name, DelegationKind.STATE, List.of(), "");
        delegations.add(d);
        return d;
    }

    public Delegation group(String code, String name, Delegation... members) {
        Delegation d = new Delegation(id(), code, name, DelegationKind.GROUP,
                java.util.Arrays.stream(members).map(Delegation::id).toList(), "");
        delegations.add(d);
        return d;
    }

    public static Post post(long id, String title, Grade grade, int count, long annualUsd) {
        return new Post(id, title, grade, count, PostStatus.ENCUMBERED, Figure.illustrative(annualUsd),
                Provenance.illustrative("test"));
    }

    public static BudgetLine line(long id, String name, LineCategory category, long currentUsd, Post... posts) {
        return new BudgetLine(id, name, category,
                Baselines.of(Map.of(Baseline.CURRENT, Figure.illustrative(currentUsd))), List.of(posts));
    }

    public Mission mission(String code, long currentUsd, BudgetLine... lines) {
        Mission m = new Mission(id(), code, code + " mission", "", "", MissionStatus.OPEN,
                Baselines.of(Map.of(Baseline.CURRENT, Figure.illustrative(currentUsd))), List.of(lines), "");
        missions.add(m);
        return m;
    }

    /** A mission without lines, with the figures given (the budgets a top-line cut is spread over). */
    public Mission mission(String code, Baselines baselines) {
        Mission m = new Mission(id(), code, code + " mission", "", "", MissionStatus.OPEN, baselines, List.of(), "");
        missions.add(m);
        return m;
    }

    public Proposal proposal(Delegation d, Amendment... amendments) {
        return proposal(d, ProposalStatus.OPENING_BID, amendments);
    }

    public Proposal proposal(Delegation d, ProposalStatus status, Amendment... amendments) {
        Proposal p = new Proposal(id(), d.id(), d.code() + " proposal", DESK.minusSeconds(86_400), status,
                Provenance.illustrative("test"), List.of(amendments));
        proposals.add(p);
        return p;
    }

    public Amendment amend(Target t, AmendmentKind kind, long value) {
        return new Amendment(id(), t, kind, value, "", Provenance.illustrative("test"));
    }

    /** A top-line cut with an allocation rule. */
    public Amendment topLine(long usd, Allocation allocation) {
        return new Amendment(id(), Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, usd, "", Provenance.illustrative("test"),
                allocation);
    }

    public TimelineEvent event(String title, EventKind kind, Instant at, Set<Long> missionIds) {
        TimelineEvent e = new TimelineEvent(id(), at, title, kind, "", Provenance.illustrative("test"),
                missionIds, Set.of());
        events.add(e);
        return e;
    }

    public NegotiationData build() {
        Negotiation n = new Negotiation(0, "Test budgets", "Fifth Committee", Instant.parse("2018-05-07T13:00:00Z"),
                DEADLINE, NEW_YORK, DESK, "USD");
        return new NegotiationData(n, delegations, missions, proposals, events);
    }
}
