package org.parley.service;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ScenarioItem;

/**
 * How what a scenario adopts reads in lists and in the change history: a proposal by its
 * delegation and title, a compromise by its description, value and the amendment it replaces.
 */
public final class ScenarioTexts {

    private ScenarioTexts() {
    }

    /** "RU \"Cuts to human rights\"", or "compromise \"Half of it\" (−25%) on RU MONUSCO / Human rights −50%". */
    public static String item(NegotiationData data, ScenarioItem item) {
        return item.kind() == ScenarioItem.Kind.PROPOSAL ? proposal(data, item.id()) : compromise(data, item.id());
    }

    /** A proposal by its delegation's code and title; "(withdrawn)" or "(superseded)" when it is. */
    public static String proposal(NegotiationData data, long proposalId) {
        return data.proposal(proposalId).map(p -> code(data, p) + " \"" + p.title() + "\""
                + (p.status() == ProposalStatus.WITHDRAWN ? " (withdrawn)" : "")
                + (data.isSuperseded(p.id()) ? " (superseded)" : "")).orElse("proposal ?");
    }

    /** A compromise by its description, its value and the amendment it would replace. */
    public static String compromise(NegotiationData data, long compromiseId) {
        Compromise c = data.compromise(compromiseId).orElse(null);
        if (c == null) {
            return "compromise ?";
        }
        Amendment a = data.amendment(c.amendmentId()).orElse(null);
        if (a == null) {
            return "compromise \"" + c.description() + "\"";
        }
        String owner = data.proposalOfAmendment(a.id()).map(p -> code(data, p) + " ").orElse("");
        return "compromise \"" + c.description() + "\" (" + AmendmentText.value(a.kind(), c.value()) + ") on "
                + owner + data.describe(a) + " " + AmendmentText.value(a);
    }

    private static String code(NegotiationData data, Proposal p) {
        return data.delegation(p.delegationId()).map(Delegation::code).orElse("?");
    }
}
