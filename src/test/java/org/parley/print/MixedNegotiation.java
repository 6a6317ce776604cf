package org.parley.print;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;

/**
 * A negotiation with illustrative and sourced figures mixed, so a test knows which printed figures
 * must carry the mark and which must not: the sample, with the figures of the missions one proposal
 * touches all sourced (the others keep their illustrative ones), and scenarios over every proposal, over the proposals
 * that touch sourced missions only, and over all at a share.
 */
final class MixedNegotiation {

    static final String SOURCE = "A/C.5/72/GENERATED";

    private MixedNegotiation() {
    }

    static NegotiationData generate() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root;
        try (InputStream in = NegotiationJson.class.getResourceAsStream(NegotiationJson.SAMPLE_RESOURCE)) {
            root = json.readTree(in);
        }
        // Source every figure of the missions one proposal touches (so a scenario of it is purely sourced);
        // the other missions keep their illustrative figures.
        NegotiationData sample = NegotiationJson.readSample();
        Proposal chosen = sample.proposals().stream()
                .filter(p -> p.amendments().stream().allMatch(a -> a.target().missionId() != null))
                .min(java.util.Comparator.comparingLong(p -> p.amendments().stream()
                        .map(a -> a.target().missionId()).distinct().count()))
                .orElseThrow();
        java.util.Set<String> codes = new java.util.HashSet<>();
        chosen.amendments().forEach(a -> codes.add(sample.mission(a.target().missionId()).orElseThrow().code()));
        for (JsonNode m : root.get("missions")) {
            if (codes.contains(m.path("code").asText())) {
                source(m);
            }
        }
        NegotiationData data = NegotiationJson.read(new ByteArrayInputStream(json.writeValueAsBytes(root)), "mixed");
        if (data.missions().stream().noneMatch(Mission::hasIllustrativeFigures)
                || data.missions().stream().allMatch(Mission::hasIllustrativeFigures)) {
            throw new IllegalStateException("the generated negotiation must mix sourced and illustrative missions");
        }
        List<ScenarioItem> all = new ArrayList<>();
        List<ScenarioItem> half = new ArrayList<>();
        List<ScenarioItem> sourcedOnly = new ArrayList<>();
        for (Proposal p : data.proposals()) {
            all.add(ScenarioItem.proposal(p.id(), Share.WHOLE));
            half.add(ScenarioItem.proposal(p.id(), Share.ofBasisPoints(5_000)));
            boolean onSourcedMissionsOnly = p.amendments().stream().allMatch(a -> a.target().missionId() != null
                    && !data.mission(a.target().missionId()).orElseThrow().hasIllustrativeFigures());
            if (onSourcedMissionsOnly) {
                sourcedOnly.add(ScenarioItem.proposal(p.id(), Share.WHOLE));
            }
        }
        List<Scenario> scenarios = List.of(new Scenario(1, "Everything", 300_000_000, all),
                new Scenario(2, "Half of everything", 0, half),
                new Scenario(3, "Sourced missions only", 10_000_000, sourcedOnly));
        return data.with(data.negotiation(), data.delegations(), data.missions(), data.proposals(), data.events(),
                data.positions(), data.ourLines(), data.compromises(), scenarios);
    }

    /** Every illustrative figure under this node becomes sourced. */
    private static void source(JsonNode node) {
        if (node instanceof ObjectNode o && o.path("illustrative").asBoolean(false)) {
            o.remove("illustrative");
            o.put("source", SOURCE);
        }
        for (JsonNode child : node) {
            source(child);
        }
    }
}
