package org.parley.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Amendment;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * Rewrites every id of a {@link NegotiationData} as its 1-based position (lines, posts and
 * amendments counted across the whole negotiation, in order, as their ids must be unique there)
 * and the negotiation's id as 0, references included. Two datasets with the same content and differently numbered ids normalise to equal records.
 */
final class IdNormaliser {

    private final Map<Long, Long> delegations = new HashMap<>();
    private final Map<Long, Long> missions = new HashMap<>();
    private final Map<List<Long>, Long> lines = new HashMap<>();
    private final Map<List<Long>, Long> posts = new HashMap<>();
    private final Map<Long, Long> proposals = new HashMap<>();
    private long amendmentCount;

    private IdNormaliser() {
    }

    static NegotiationData normalise(NegotiationData data) {
        return new IdNormaliser().rewrite(data);
    }

    private NegotiationData rewrite(NegotiationData data) {
        number(data);
        List<Delegation> ds = data.delegations().stream().map(d -> new Delegation(delegations.get(d.id()), d.code(),
                d.name(), d.kind(), d.memberIds().stream().map(delegations::get).toList(), d.notes())).toList();
        List<Mission> ms = data.missions().stream().map(this::mission).toList();
        List<Proposal> ps = data.proposals().stream().map(this::proposal).toList();
        List<TimelineEvent> es = new ArrayList<>();
        for (int i = 0; i < data.events().size(); i++) {
            TimelineEvent e = data.events().get(i);
            es.add(new TimelineEvent(i + 1, e.at(), e.title(), e.kind(), e.description(), e.provenance(),
                    map(e.missionIds(), missions), map(e.proposalIds(), proposals), e.timing(), e.knownFrom()));
        }
        return new NegotiationData(data.negotiation().withId(0), ds, ms, ps, es);
    }

    private void number(NegotiationData data) {
        for (int i = 0; i < data.delegations().size(); i++) {
            delegations.put(data.delegations().get(i).id(), i + 1L);
        }
        for (int i = 0; i < data.proposals().size(); i++) {
            proposals.put(data.proposals().get(i).id(), i + 1L);
        }
        for (int i = 0; i < data.missions().size(); i++) {
            Mission m = data.missions().get(i);
            missions.put(m.id(), i + 1L);
            for (int j = 0; j < m.lines().size(); j++) {
                BudgetLine l = m.lines().get(j);
                lines.put(List.of(m.id(), l.id()), (long) lines.size() + 1);
                for (int k = 0; k < l.posts().size(); k++) {
                    posts.put(List.of(m.id(), l.id(), l.posts().get(k).id()), (long) posts.size() + 1);
                }
            }
        }
    }

    private Mission mission(Mission m) {
        List<BudgetLine> ls = m.lines().stream().map(l -> new BudgetLine(lines.get(List.of(m.id(), l.id())), l.name(),
                l.category(), l.baselines(), l.posts().stream().map(p -> new Post(
                posts.get(List.of(m.id(), l.id(), p.id())), p.title(), p.grade(), p.count(), p.status(),
                p.annualCost(), p.countProvenance())).toList())).toList();
        return new Mission(missions.get(m.id()), m.code(), m.name(), m.location(), m.coordinator(), m.status(),
                m.baselines(), ls, m.notes());
    }

    private Proposal proposal(Proposal p) {
        List<Amendment> as = new ArrayList<>();
        for (int i = 0; i < p.amendments().size(); i++) {
            Amendment a = p.amendments().get(i);
            as.add(new Amendment(++amendmentCount, target(a.target()), a.kind(), a.value(), a.rationale(), a.provenance()));
        }
        return new Proposal(proposals.get(p.id()), delegations.get(p.delegationId()), p.title(), p.tabledAt(),
                p.status(), p.provenance(), as, p.revisesId() == null ? null : proposals.get(p.revisesId()));
    }

    private Target target(Target t) {
        if (t.isWholeBudget()) {
            return t;
        }
        Long line = t.lineId() == null ? null : lines.get(List.of(t.missionId(), t.lineId()));
        Long post = t.postId() == null ? null : posts.get(List.of(t.missionId(), t.lineId(), t.postId()));
        return new Target(missions.get(t.missionId()), line, post);
    }

    private static Set<Long> map(Set<Long> ids, Map<Long, Long> numbering) {
        return ids.stream().map(numbering::get).collect(Collectors.toSet());
    }
}
