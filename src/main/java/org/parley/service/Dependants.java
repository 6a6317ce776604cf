package org.parley.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.model.Allocation;
import org.parley.model.AllocationRule;
import org.parley.model.Amendment;
import org.parley.model.TopLineAllocation;
import org.parley.model.Compromise;
import org.parley.model.CompromiseAgreement;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.TalkingPoints;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * What goes with a part when it is deleted, added to the same gesture so that one undo brings
 * everything back: positions and our line on an item, compromises on an amendment (an agreed
 * one giving its mission's figures back), scenario entries adopting a proposal or compromise,
 * timeline links to a proposal, amendments aiming at a deleted line or post, a deleted
 * delegation's positions and group memberships.
 */
public final class Dependants {

    private Dependants() {
    }

    /** Removes what hangs on an item (its positions and our line); for an amendment also its compromises. */
    public static void ofItem(EditBuilder b, Item item) {
        for (Position p : b.list(Part.POSITIONS)) {
            if (p.item().equals(item)) {
                b.delete(Part.POSITIONS, p);
            }
        }
        for (OurLine l : b.list(Part.OUR_LINES)) {
            if (l.item().equals(item)) {
                b.delete(Part.OUR_LINES, l);
            }
        }
        if (item.kind() == Item.Kind.MISSION) {
            // Our talking points on a mission go with it (and come back with the undo).
            for (TalkingPoints t : b.list(Part.TALKING_POINTS)) {
                if (t.missionId() == item.id()) {
                    b.delete(Part.TALKING_POINTS, t);
                }
            }
        }
        if (item.kind() == Item.Kind.AMENDMENT) {
            for (Compromise k : b.list(Part.COMPROMISES)) {
                if (k.amendmentId() == item.id()) {
                    if (k.status() == CompromiseStatus.AGREED_AD_REF) {
                        // What was agreed on an amendment that goes is no longer agreed: give it back.
                        CompromiseAgreement.withdrawn(b.current(), k).ifPresent(m -> b.update(Part.MISSIONS, m));
                    }
                    ofCompromise(b, k.id());
                    b.delete(Part.COMPROMISES, k);
                }
            }
        }
    }

    /** Drops a compromise from the scenarios that adopt it. */
    public static void ofCompromise(EditBuilder b, long compromiseId) {
        dropFromScenarios(b, ScenarioItem.Kind.COMPROMISE, Set.of(compromiseId));
    }

    /**
     * Removes what hangs on a proposal and on each of its amendments; its revision, if any, stays
     * and revises nothing from then on (it was the text on the table already).
     */
    public static void ofProposal(EditBuilder b, Proposal p) {
        for (Proposal r : b.list(Part.PROPOSALS)) {
            if (r.revisesId() != null && r.revisesId() == p.id()) {
                b.update(Part.PROPOSALS, r.withRevisesId(null));
            }
        }
        for (Amendment a : p.amendments()) {
            ofItem(b, Item.amendment(a.id()));
        }
        dropFromScenarios(b, ScenarioItem.Kind.PROPOSAL, Set.of(p.id()));
        for (TimelineEvent e : b.list(Part.EVENTS)) {
            if (e.proposalIds().contains(p.id())) {
                Set<Long> rest = new HashSet<>(e.proposalIds());
                rest.remove(p.id());
                b.update(Part.EVENTS, e.withProposalIds(rest));
            }
        }
    }

    /** How many things {@link #ofProposal} would take with it, for the confirmation question. */
    public static String describeForProposal(NegotiationData data, Proposal p) {
        EditBuilder b = new EditBuilder(data);
        ofProposal(b, p);
        StringBuilder sb = new StringBuilder();
        sb.append(count(p.amendments().size(), "amendment"));
        String rest = describeRemoved(data, b);
        return rest.isEmpty() ? sb.toString() : sb.append(", ").append(rest).toString();
    }

    /**
     * What deleting an amendment takes with it ("1 compromise, 2 positions"), for the
     * confirmation question; empty when nothing hangs on it.
     */
    public static String describeForAmendment(NegotiationData data, long amendmentId) {
        EditBuilder b = new EditBuilder(data);
        ofItem(b, Item.amendment(amendmentId));
        return describeRemoved(data, b);
    }

    private static String describeRemoved(NegotiationData data, EditBuilder b) {
        int positions = data.positions().size() - b.list(Part.POSITIONS).size();
        int compromises = data.compromises().size() - b.list(Part.COMPROMISES).size();
        int ourLines = data.ourLines().size() - b.list(Part.OUR_LINES).size();
        List<String> parts = new ArrayList<>();
        if (compromises > 0) {
            parts.add(count(compromises, "compromise"));
        }
        if (positions > 0) {
            parts.add(count(positions, "position"));
        }
        if (ourLines > 0) {
            parts.add(ourLines == 1 ? "our line" : ourLines + " of our lines");
        }
        return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Removes the amendments whose target {@code hit} matches (they aim at a line or post being
     * deleted), with what hangs on them; their proposals keep the other amendments.
     */
    public static void ofTargets(EditBuilder b, Predicate<Target> hit) {
        for (Proposal p : b.list(Part.PROPOSALS)) {
            List<Amendment> kept = new ArrayList<>();
            for (Amendment a : p.amendments()) {
                if (hit.test(a.target())) {
                    ofItem(b, Item.amendment(a.id()));
                } else {
                    kept.add(a);
                }
            }
            if (kept.size() != p.amendments().size()) {
                b.update(Part.PROPOSALS, ProposalEdits.withAmendments(p, kept));
            }
        }
    }

    /**
     * What {@link #ofTargets} would take with it, for the confirmation question and the history:
     * "2 amendments, 1 compromise, 3 positions"; empty when nothing.
     */
    public static String describeForTargets(NegotiationData data, Predicate<Target> hit) {
        EditBuilder b = new EditBuilder(data);
        ofTargets(b, hit);
        int amendments = (int) data.proposals().stream().flatMap(p -> p.amendments().stream())
                .filter(a -> hit.test(a.target())).count();
        List<String> parts = new ArrayList<>();
        count(parts, amendments, "amendment");
        count(parts, data.compromises().size() - b.list(Part.COMPROMISES).size(), "compromise");
        count(parts, data.positions().size() - b.list(Part.POSITIONS).size(), "position");
        count(parts, data.ourLines().size() - b.list(Part.OUR_LINES).size(), "line of ours");
        return String.join(", ", parts);
    }

    /**
     * Removes what hangs on a mission about to go: the amendments aiming at it or its lines and
     * posts (with their positions and compromises), positions and our line on the mission as a
     * whole, and its links from timeline events.
     */
    public static void ofMission(EditBuilder b, long missionId) {
        ofTargets(b, t -> t.touchesMission(missionId));
        withoutMissionInAllocations(b, missionId);
        ofItem(b, Item.mission(missionId));
        for (TimelineEvent e : b.list(Part.EVENTS)) {
            if (e.missionIds().contains(missionId)) {
                Set<Long> rest = new HashSet<>(e.missionIds());
                rest.remove(missionId);
                b.update(Part.EVENTS, e.withMissionIds(rest));
            }
        }
    }

    /**
     * A top-line cut allocated by hand keeps its amount when a mission it names goes: the other
     * missions' parts are scaled back up to the cut (largest remainder); with none left, the cut
     * is unallocated (decision 0025).
     */
    private static void withoutMissionInAllocations(EditBuilder b, long missionId) {
        for (Proposal p : b.list(Part.PROPOSALS)) {
            boolean changed = false;
            List<Amendment> amendments = new ArrayList<>();
            for (Amendment a : p.amendments()) {
                Allocation al = a.allocation();
                if (al.rule() == AllocationRule.BY_HAND && al.parts().containsKey(missionId)) {
                    Map<Long, Long> rest = new LinkedHashMap<>(al.parts());
                    rest.remove(missionId);
                    Map<Long, Long> scaled = TopLineAllocation.scale(rest, a.value());
                    a = a.withAllocation(scaled.isEmpty() || a.value() == 0 ? Allocation.NONE
                            : Allocation.byHand(scaled));
                    changed = true;
                }
                amendments.add(a);
            }
            if (changed) {
                b.update(Part.PROPOSALS, ProposalEdits.withAmendments(p, amendments));
            }
        }
    }

    /** What {@link #ofMission} would take with it: "3 amendments, 2 positions; unlinks 4 events"; empty when nothing. */
    public static String describeForMission(NegotiationData data, long missionId) {
        EditBuilder b = new EditBuilder(data);
        ofMission(b, missionId);
        int amendments = (int) data.proposals().stream().flatMap(p -> p.amendments().stream())
                .filter(a -> a.target().touchesMission(missionId)).count();
        List<String> parts = new ArrayList<>();
        count(parts, amendments, "amendment");
        count(parts, data.compromises().size() - b.list(Part.COMPROMISES).size(), "compromise");
        count(parts, data.positions().size() - b.list(Part.POSITIONS).size(), "position");
        count(parts, data.ourLines().size() - b.list(Part.OUR_LINES).size(), "line of ours");
        int events = (int) data.events().stream().filter(e -> e.missionIds().contains(missionId)).count();
        String text = String.join(", ", parts);
        if (events > 0) {
            text += (text.isEmpty() ? "" : "; ") + "unlinks " + events + (events == 1 ? " event" : " events");
        }
        return text;
    }

    /** Removes a delegation's positions and takes it out of the groups that list it. */
    public static void ofDelegation(EditBuilder b, long delegationId) {
        for (Position p : b.list(Part.POSITIONS)) {
            if (p.delegationId() == delegationId) {
                b.delete(Part.POSITIONS, p);
            }
        }
        for (Delegation g : b.list(Part.DELEGATIONS)) {
            if (g.memberIds().contains(delegationId)) {
                List<Long> rest = g.memberIds().stream().filter(m -> m != delegationId).toList();
                b.update(Part.DELEGATIONS, new Delegation(g.id(), g.code(), g.name(), g.kind(), rest, g.notes()));
            }
        }
    }

    /** What {@link #ofDelegation} would take with it: "2 positions; leaves G77, EU"; empty when nothing. */
    public static String describeForDelegation(NegotiationData data, long delegationId) {
        List<String> parts = new ArrayList<>();
        count(parts, (int) data.positions().stream().filter(p -> p.delegationId() == delegationId).count(),
                "position");
        List<String> groups = data.delegations().stream().filter(g -> g.memberIds().contains(delegationId))
                .map(Delegation::code).toList();
        if (!groups.isEmpty()) {
            parts.add("leaves " + String.join(", ", groups));
        }
        return String.join("; ", parts);
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            String plural = what.equals("line of ours") ? "lines of ours" : what + "s";
            parts.add(n + " " + (n == 1 ? what : plural));
        }
    }

    private static void dropFromScenarios(EditBuilder b, ScenarioItem.Kind kind, Set<Long> ids) {
        for (Scenario s : b.list(Part.SCENARIOS)) {
            List<ScenarioItem> kept = s.items().stream()
                    .filter(i -> !(i.kind() == kind && ids.contains(i.id()))).toList();
            if (kept.size() != s.items().size()) {
                b.update(Part.SCENARIOS, new Scenario(s.id(), s.name(), s.targetUsd(), kept));
            }
        }
    }
}
