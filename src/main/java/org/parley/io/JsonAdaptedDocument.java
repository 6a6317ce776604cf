package org.parley.io;

import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole document. {@code format} and {@code version} are checked on the raw tree before
 * binding (see {@link NegotiationJson}); they are here so that they are not unknown fields.
 * Conversion runs in reference order: delegations, missions, proposals, then events, so every
 * key is declared before anything names it (groups may name members declared after them).
 */
record JsonAdaptedDocument(String format, Integer version, JsonAdaptedNegotiation negotiation,
                           List<JsonAdaptedDelegation> delegations, List<JsonAdaptedMission> missions,
                           List<JsonAdaptedProposal> proposals, List<JsonAdaptedEvent> events) {

    NegotiationData toModel() throws InvalidJsonException {
        JsonPath root = JsonPath.ROOT;
        DocumentKeys keys = new DocumentKeys();
        Negotiation n = Fields.required(negotiation, root.field("negotiation")).toModel(root.field("negotiation"));

        List<JsonAdaptedDelegation> delegationRows = requiredList(delegations, root.field("delegations"));
        long[] delegationIds = new long[delegationRows.size()];
        for (int i = 0; i < delegationRows.size(); i++) {
            delegationIds[i] = delegationRows.get(i).declare(root.field("delegations").index(i), keys);
        }
        List<Delegation> ds = new ArrayList<>();
        for (int i = 0; i < delegationRows.size(); i++) {
            ds.add(delegationRows.get(i).toModel(root.field("delegations").index(i), delegationIds[i], keys));
        }

        List<Mission> ms = new ArrayList<>();
        List<JsonAdaptedMission> missionRows = requiredList(missions, root.field("missions"));
        for (int i = 0; i < missionRows.size(); i++) {
            ms.add(missionRows.get(i).toModel(root.field("missions").index(i), keys));
        }

        List<Proposal> ps = new ArrayList<>();
        List<JsonAdaptedProposal> proposalRows = requiredList(proposals, root.field("proposals"));
        for (int i = 0; i < proposalRows.size(); i++) {
            ps.add(proposalRows.get(i).toModel(root.field("proposals").index(i), keys));
        }

        List<TimelineEvent> es = new ArrayList<>();
        List<JsonAdaptedEvent> eventRows = requiredList(events, root.field("events"));
        for (int i = 0; i < eventRows.size(); i++) {
            es.add(eventRows.get(i).toModel(root.field("events").index(i), keys));
        }
        // The keys above already guarantee whole references; this is the model's own last check.
        return Fields.build(root, () -> new NegotiationData(n, ds, ms, ps, es));
    }

    /** The top-level lists are required (an empty list is fine) so a truncated file is noticed. */
    private static <T> List<T> requiredList(List<T> list, JsonPath path) throws InvalidJsonException {
        return Fields.optionalList(Fields.required(list, path), path);
    }
}
