package org.parley.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Compromise;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Scenario;
import org.parley.model.TalkingPoints;
import org.parley.model.ScenarioItem;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The parts version 2 adds (positions, our lines, compromises, scenarios) as JSON. Positions and
 * our lines have no order of their own in the model, so they are sorted (by delegation as listed,
 * then item) to keep the output stable.
 */
final class DeliberationNodes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final NegotiationData data;
    private final ExportKeys keys;
    private final Function<Instant, String> time;

    DeliberationNodes(NegotiationData data, ExportKeys keys, Function<Instant, String> time) {
        this.data = data;
        this.keys = keys;
        this.time = time;
    }

    /** Writes the four lists to {@code g}, each element a small tree written at once. */
    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("positions");
        for (Position p : sortedPositions()) {
            g.writeTree(position(p));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ourLines");
        for (OurLine o : data.ourLines().stream().sorted(Comparator.comparing(o -> itemSortKey(o.item()))).toList()) {
            g.writeTree(ourLine(o));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("compromises");
        for (Compromise c : data.compromises()) {
            g.writeTree(compromise(c));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("scenarios");
        for (Scenario s : data.scenarios()) {
            g.writeTree(scenario(s));
        }
        g.writeEndArray();
        // Optional (decision 0026): left out when there are none, so a file without them reads as before.
        if (!data.talkingPoints().isEmpty()) {
            g.writeArrayFieldStart("talkingPoints");
            for (TalkingPoints t : data.talkingPoints().stream()
                    .sorted(Comparator.comparing((TalkingPoints t) -> keys.missions.get(t.missionId()))).toList()) {
                g.writeTree(talkingPoints(t));
            }
            g.writeEndArray();
        }
    }

    private ObjectNode talkingPoints(TalkingPoints t) {
        ObjectNode o = NODES.objectNode();
        o.put("mission", keys.missions.get(t.missionId()));
        var versions = o.putArray("versions");
        for (TalkingPoints.Version v : t.versions()) {
            ObjectNode n = versions.addObject();
            n.put("savedAt", time.apply(v.savedAt()));
            n.put("text", v.text());
        }
        return o;
    }

    private List<Position> sortedPositions() {
        List<Position> sorted = new ArrayList<>(data.positions());
        sorted.sort(Comparator.comparing((Position p) -> keys.delegationOrder.get(p.delegationId()))
                .thenComparing(p -> itemSortKey(p.item())));
        return sorted;
    }

    /** Missions before amendments, each by its key; keys are unique, so the order is total. */
    private String itemSortKey(Item item) {
        return item.kind().name() + " " + itemKey(item);
    }

    private String itemKey(Item item) {
        return item.kind() == Item.Kind.MISSION ? keys.missions.get(item.id()) : keys.amendments.get(item.id());
    }

    private ObjectNode item(Item item) {
        ObjectNode o = NODES.objectNode();
        o.put(item.kind() == Item.Kind.MISSION ? "mission" : "amendment", itemKey(item));
        return o;
    }

    private ObjectNode position(Position p) {
        ObjectNode o = NODES.objectNode();
        o.put("delegation", keys.delegations.get(p.delegationId()));
        o.set("item", item(p.item()));
        o.put("stance", p.stance().name());
        o.put("note", p.note());
        return o;
    }

    private ObjectNode ourLine(OurLine l) {
        ObjectNode o = NODES.objectNode();
        o.set("item", item(l.item()));
        o.put("line", l.line());
        o.put("fallback", l.fallback());
        return o;
    }

    private ObjectNode compromise(Compromise c) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.compromises.get(c.id()));
        o.put("amendment", keys.amendments.get(c.amendmentId()));
        o.put("description", c.description());
        o.put("value", c.value());
        o.put("floatedBy", c.floatedBy());
        o.put("floatedAt", time.apply(c.floatedAt()));
        o.put("status", c.status().name());
        return o;
    }

    private ObjectNode scenario(Scenario s) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.scenarios.get(s.id()));
        o.put("name", s.name());
        o.put("targetUsd", s.targetUsd());
        ArrayNode items = o.putArray("items");
        for (ScenarioItem i : s.items()) {
            ObjectNode item = NODES.objectNode();
            if (i.kind() == ScenarioItem.Kind.PROPOSAL) {
                item.put("proposal", keys.proposals.get(i.id()));
            } else {
                item.put("compromise", keys.compromises.get(i.id()));
            }
            item.put("percent", DocumentNodes.percent(i.share().basisPoints()));
            items.add(item);
        }
        return o;
    }

}
