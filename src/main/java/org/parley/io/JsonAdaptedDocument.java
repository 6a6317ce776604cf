package org.parley.io;

import org.parley.model.Compromise;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
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
                           List<JsonAdaptedProposal> proposals, List<JsonAdaptedEvent> events,
                           List<JsonAdaptedPosition> positions, List<JsonAdaptedOurLine> ourLines,
                           List<JsonAdaptedCompromise> compromises, List<JsonAdaptedScenario> scenarios) {

    /** Reads a version 1 or 2 document; the deliberation lists are version 2's and required there. */
    NegotiationData toModel(int version) throws InvalidJsonException {
        JsonPath root = JsonPath.ROOT;
        DocumentKeys keys = new DocumentKeys();
        Negotiation n = Fields.required(negotiation, root.field("negotiation")).toModel(root.field("negotiation"));
        List<Delegation> ds = delegations(root.field("delegations"), keys);
        List<Mission> ms = Fields.convertAll(requiredList(missions, root.field("missions")), root.field("missions"),
                (mission, at) -> mission.toModel(at, keys));
        List<Proposal> ps = Fields.convertAll(requiredList(proposals, root.field("proposals")),
                root.field("proposals"), (proposal, at) -> proposal.toModel(at, keys));
        List<TimelineEvent> es = Fields.convertAll(requiredList(events, root.field("events")), root.field("events"),
                (event, at) -> event.toModel(at, keys));
        if (version < 2) {
            newInVersion2(positions, root.field("positions"));
            newInVersion2(ourLines, root.field("ourLines"));
            newInVersion2(compromises, root.field("compromises"));
            newInVersion2(scenarios, root.field("scenarios"));
            return Fields.build(root, () -> new NegotiationData(n, ds, ms, ps, es));
        }
        List<Position> pos = Fields.convertAll(requiredList(positions, root.field("positions")),
                root.field("positions"), (p, at) -> p.toModel(at, keys));
        List<OurLine> ours = Fields.convertAll(requiredList(ourLines, root.field("ourLines")),
                root.field("ourLines"), (o, at) -> o.toModel(at, keys));
        List<Compromise> cs = Fields.convertAll(requiredList(compromises, root.field("compromises")),
                root.field("compromises"), (c, at) -> c.toModel(at, keys));
        List<Scenario> ss = Fields.convertAll(requiredList(scenarios, root.field("scenarios")),
                root.field("scenarios"), (sc, at) -> sc.toModel(at, keys));
        // The keys above already guarantee whole references; this is the model's own last check.
        return Fields.build(root, () -> new NegotiationData(n, ds, ms, ps, es, pos, ours, cs, ss));
    }

    private static void newInVersion2(List<?> list, JsonPath path) throws InvalidJsonException {
        if (list != null) {
            throw new InvalidJsonException(path, "is new in version 2; this document says \"version\": 1");
        }
    }

    /** Two passes: all codes first, so that a group may name members declared after it. */
    private List<Delegation> delegations(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        List<JsonAdaptedDelegation> rows = requiredList(delegations, path);
        List<Long> ids = Fields.convertAll(rows, path, (delegation, at) -> delegation.declare(at, keys));
        List<Delegation> converted = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            converted.add(rows.get(i).toModel(path.index(i), ids.get(i), keys));
        }
        return converted;
    }

    /** The top-level lists are required (an empty list is fine) so a truncated file is noticed. */
    private static <T> List<T> requiredList(List<T> list, JsonPath path) throws InvalidJsonException {
        return Fields.required(list, path);
    }
}
