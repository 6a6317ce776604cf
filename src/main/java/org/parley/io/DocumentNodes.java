package org.parley.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Allocation;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.EventTiming;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One negotiation as JSON in the layout of version 3, keys in the order the schema lists
 * them, written part by part. Times are written in the negotiation's own zone, as people there would read them.
 */
final class DocumentNodes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final NegotiationData data;
    private final ExportKeys keys;
    private final ZoneId zone;

    DocumentNodes(NegotiationData data) {
        this.data = data;
        this.keys = new ExportKeys(data);
        this.zone = data.negotiation().zone();
    }

    /**
     * Writes the document to {@code g}, part by part: each part (the negotiation, a delegation,
     * a mission with its lines and posts, a proposal...) is made a small tree and written at once,
     * so the document is never a tree, nor a string, as a whole.
     */
    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", NegotiationJson.FORMAT);
        g.writeNumberField("version", NegotiationJson.VERSION);
        g.writeFieldName("negotiation");
        g.writeTree(negotiation(data.negotiation()));
        g.writeArrayFieldStart("delegations");
        for (Delegation d : data.delegations()) {
            g.writeTree(delegation(d));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missions");
        for (Mission m : data.missions()) {
            g.writeTree(mission(m));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("proposals");
        for (Proposal p : data.proposals()) {
            g.writeTree(proposal(p));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (TimelineEvent e : data.events()) {
            g.writeTree(event(e));
        }
        g.writeEndArray();
        new DeliberationNodes(data, keys, this::time).write(g);
        g.writeEndObject();
    }

    private ObjectNode negotiation(Negotiation n) {
        ObjectNode o = NODES.objectNode();
        o.put("title", n.title());
        o.put("body", n.body());
        o.put("sessionStart", time(n.sessionStart()));
        o.put("deadline", time(n.deadline()));
        o.put("zone", n.zone().getId());
        if (n.deskDate() != null) {
            o.put("deskDate", time(n.deskDate()));
        }
        o.put("currency", n.currency());
        o.put("marking", n.marking());
        return o;
    }

    private ObjectNode delegation(Delegation d) {
        ObjectNode o = NODES.objectNode();
        o.put("code", d.code());
        o.put("name", d.name());
        o.put("kind", d.kind().name());
        ArrayNode members = o.putArray("members");
        d.memberIds().forEach(id -> members.add(keys.delegations.get(id)));
        o.put("notes", d.notes());
        return o;
    }

    private ObjectNode mission(Mission m) {
        ObjectNode o = NODES.objectNode();
        o.put("code", m.code());
        o.put("name", m.name());
        o.put("location", m.location());
        o.put("coordinator", m.coordinator());
        o.put("status", m.status().name());
        o.set("baselines", baselines(m.baselines()));
        ArrayNode lines = o.putArray("lines");
        m.lines().forEach(l -> lines.add(line(l)));
        o.put("notes", m.notes());
        return o;
    }

    private ObjectNode line(BudgetLine l) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.lines.get(l.id()));
        o.put("name", l.name());
        o.put("category", l.category().name());
        o.set("baselines", baselines(l.baselines()));
        ArrayNode posts = o.putArray("posts");
        l.posts().forEach(p -> posts.add(post(p)));
        return o;
    }

    private ObjectNode post(Post p) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.posts.get(p.id()));
        o.put("title", p.title());
        o.put("grade", p.grade().label());
        o.put("count", p.count());
        o.put("status", p.status().name());
        o.set("annualCost", figure(p.annualCost()));
        o.set("countProvenance", provenance(p.countProvenance()));
        return o;
    }

    private ObjectNode baselines(Baselines b) {
        ObjectNode o = NODES.objectNode();
        put(o, "priorApproved", b, Baseline.PRIOR_APPROVED);
        put(o, "sgProposed", b, Baseline.SG_PROPOSED);
        put(o, "acabqRecommended", b, Baseline.ACABQ_RECOMMENDED);
        put(o, "current", b, Baseline.CURRENT);
        put(o, "final", b, Baseline.FINAL);
        return o;
    }

    private void put(ObjectNode o, String field, Baselines b, Baseline baseline) {
        b.get(baseline).ifPresent(f -> o.set(field, figure(f)));
    }

    private ObjectNode figure(Figure f) {
        ObjectNode o = NODES.objectNode();
        o.put("usd", f.usd());
        o.setAll(provenance(f.provenance()));
        if (f.agreed() != null) {
            ObjectNode agreed = o.putObject("agreed");
            agreed.put("from", f.agreed().startedFrom());
            agreed.put("beforeFloor", f.agreed().beforeFloor());
        }
        if (f.knownFrom() != null) {
            o.put("knownFrom", time(f.knownFrom()));
        }
        return o;
    }

    private ObjectNode provenance(Provenance p) {
        ObjectNode o = NODES.objectNode();
        if (p.illustrative()) {
            o.put("illustrative", true);
            if (!p.source().isEmpty()) {
                o.put("note", p.source());
            }
        } else {
            o.put("source", p.source());
        }
        return o;
    }

    private ObjectNode proposal(Proposal p) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.proposals.get(p.id()));
        o.put("delegation", keys.delegations.get(p.delegationId()));
        o.put("title", p.title());
        o.put("tabledAt", time(p.tabledAt()));
        o.put("status", p.status().name());
        if (p.timing() != EventTiming.STATED) {
            o.put("timing", p.timing().name());
        }
        if (p.revisesId() != null) {
            o.put("revises", keys.proposals.get(p.revisesId()));
        }
        o.set("provenance", provenance(p.provenance()));
        ArrayNode amendments = o.putArray("amendments");
        p.amendments().forEach(a -> amendments.add(amendment(a)));
        return o;
    }

    private ObjectNode amendment(Amendment a) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.amendments.get(a.id()));
        o.put("kind", a.kind().name());
        if (!a.target().isWholeBudget()) {
            o.set("target", target(a.target()));
        }
        if (a.kind() == AmendmentKind.PERCENT_CUT) {
            o.put("percent", percent(a.value()));
        } else if (a.kind() == AmendmentKind.ABOLISH_POSTS) {
            o.put("posts", a.value());
        } else {
            o.put("usd", a.value());
        }
        o.put("rationale", a.rationale());
        o.set("provenance", provenance(a.provenance()));
        if (a.allocation().isAllocated()) {
            o.set("allocation", allocation(a.allocation()));
        }
        return o;
    }

    /** Written only for an allocated top-line cut: an older reader never meets the field otherwise. */
    private ObjectNode allocation(Allocation allocation) {
        ObjectNode o = NODES.objectNode();
        o.put("rule", allocation.rule().name());
        if (allocation.baseline() != null) {
            o.put("baseline", JsonAdaptedBaselines.field(allocation.baseline()));
        }
        if (!allocation.parts().isEmpty()) {
            ArrayNode parts = o.putArray("parts");
            allocation.parts().forEach((missionId, usd) -> {
                ObjectNode part = parts.addObject();
                part.put("mission", keys.missions.get(missionId));
                part.put("usd", usd);
            });
        }
        return o;
    }

    private ObjectNode target(Target t) {
        ObjectNode o = NODES.objectNode();
        o.put("mission", keys.missions.get(t.missionId()));
        if (t.lineId() != null) {
            o.put("line", keys.lines.get(t.lineId()));
        }
        if (t.postId() != null) {
            o.put("post", keys.posts.get(t.postId()));
        }
        return o;
    }

    private ObjectNode event(TimelineEvent e) {
        ObjectNode o = NODES.objectNode();
        o.put("key", keys.events.get(e.id()));
        o.put("at", time(e.at()));
        o.put("title", e.title());
        o.put("kind", e.kind().name());
        o.put("description", e.description());
        o.set("provenance", provenance(e.provenance()));
        if (e.timing() != EventTiming.STATED) {
            o.put("timing", e.timing().name());
        }
        if (e.knownFrom() != null) {
            o.put("knownFrom", time(e.knownFrom()));
        }
        // An event's links are sets: written sorted by key, or their order would follow the
        // stored ids and an export, import, export round trip would not give the same bytes.
        ArrayNode missions = o.putArray("missions");
        e.missionIds().stream().map(keys.missions::get).sorted().forEach(missions::add);
        ArrayNode proposals = o.putArray("proposals");
        e.proposalIds().stream().map(keys.proposals::get).sorted().forEach(proposals::add);
        return o;
    }

    /** Basis points as a percentage string, "12.5" for 1250: exact, unlike a binary float. */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    String time(Instant t) {
        return OffsetDateTime.ofInstant(t, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
