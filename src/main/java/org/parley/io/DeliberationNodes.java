package org.parley.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Compromise;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;

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

    void addTo(ObjectNode root) {
        ArrayNode positions = root.putArray("positions");
        sortedPositions().forEach(p -> positions.add(position(p)));
        ArrayNode ours = root.putArray("ourLines");
        data.ourLines().stream().sorted(Comparator.comparing(o -> itemSortKey(o.item())))
                .forEach(o -> ours.add(ourLine(o)));
        ArrayNode cs = root.putArray("compromises");
        data.compromises().forEach(c -> cs.add(compromise(c)));
        ArrayNode ss = root.putArray("scenarios");
        data.scenarios().forEach(s -> ss.add(scenario(s)));
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
