package org.parley.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseAgreement;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.TimelineEvent;

/**
 * What goes with a part when it is deleted, added to the same gesture so that one undo brings
 * everything back: positions and our line on an item, compromises on an amendment (an agreed
 * one giving its mission's figures back), scenario entries adopting a proposal or compromise,
 * timeline links to a proposal.
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

    /** Removes what hangs on a proposal and on each of its amendments. */
    public static void ofProposal(EditBuilder b, Proposal p) {
        for (Amendment a : p.amendments()) {
            ofItem(b, Item.amendment(a.id()));
        }
        dropFromScenarios(b, ScenarioItem.Kind.PROPOSAL, Set.of(p.id()));
        for (TimelineEvent e : b.list(Part.EVENTS)) {
            if (e.proposalIds().contains(p.id())) {
                Set<Long> rest = new HashSet<>(e.proposalIds());
                rest.remove(p.id());
                b.update(Part.EVENTS, new TimelineEvent(e.id(), e.at(), e.title(), e.kind(), e.description(),
                        e.provenance(), e.missionIds(), rest));
            }
        }
    }

    /** How many things {@link #ofProposal} would take with it, for the confirmation question. */
    public static String describeForProposal(NegotiationData data, Proposal p) {
        EditBuilder b = new EditBuilder(data);
        ofProposal(b, p);
        int positions = data.positions().size() - b.list(Part.POSITIONS).size();
        int compromises = data.compromises().size() - b.list(Part.COMPROMISES).size();
        StringBuilder sb = new StringBuilder();
        sb.append(p.amendments().size()).append(p.amendments().size() == 1 ? " amendment" : " amendments");
        if (compromises > 0) {
            sb.append(", ").append(compromises).append(compromises == 1 ? " compromise" : " compromises");
        }
        if (positions > 0) {
            sb.append(", ").append(positions).append(positions == 1 ? " position" : " positions");
        }
        return sb.toString();
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
