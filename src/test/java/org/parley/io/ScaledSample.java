package org.parley.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The sample negotiation made N times larger, written as a stream (the generator never holds
 * the big document): every mission copied N times under new codes ("MONUSCO-7"), each of its
 * lines 12 times with its posts, every amendment copied with its target (a line or post
 * amendment once per copy of its line, a mission or whole-budget amendment once per copy of the
 * mission set), and every event once per copy, naming the copies of its missions. At 100 this is
 * the size issue 12 measured: 1,600 budgets, 28,800 lines, 150,000 post rows.
 */
public final class ScaledSample {

    public static final int LINE_COPIES = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int times;
    /** Applied to the very last mission written, e.g. to break it. */
    private Consumer<ObjectNode> lastMission = m -> { };

    private ScaledSample(int times) {
        this.times = times;
    }

    public static ScaledSample times(int times) {
        return new ScaledSample(times);
    }

    /** Changes the last mission of the file before it is written (a test breaks it there). */
    public ScaledSample withLastMission(Consumer<ObjectNode> change) {
        this.lastMission = change;
        return this;
    }

    public static JsonNode sample() throws IOException {
        try (InputStream in = NegotiationJson.class.getResourceAsStream(NegotiationJson.SAMPLE_RESOURCE)) {
            return JSON.readTree(in);
        }
    }

    public Path write(Path file) throws IOException {
        JsonNode sample = sample();
        try (JsonGenerator out = JSON.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("format", sample.get("format").asText());
            out.writeNumberField("version", sample.get("version").asInt());
            out.writeObjectField("negotiation", sample.get("negotiation"));
            out.writeObjectField("delegations", sample.get("delegations"));
            out.writeArrayFieldStart("missions");
            ArrayNode missions = (ArrayNode) sample.get("missions");
            for (int n = 1; n <= times; n++) {
                for (int i = 0; i < missions.size(); i++) {
                    ObjectNode m = mission((ObjectNode) missions.get(i), n);
                    if (n == times && i == missions.size() - 1) {
                        lastMission.accept(m);
                    }
                    out.writeTree(m);
                }
            }
            out.writeEndArray();
            out.writeArrayFieldStart("proposals");
            for (JsonNode p : sample.get("proposals")) {
                writeProposal(out, (ObjectNode) p);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("events");
            for (int n = 1; n <= times; n++) {
                for (JsonNode e : sample.get("events")) {
                    out.writeTree(event((ObjectNode) e, n));
                }
            }
            out.writeEndArray();
            // Version 2 on made these lists required; the sample's are empty, so copied as they are.
            for (String later : new String[] {"positions", "ourLines", "compromises", "scenarios"}) {
                if (sample.has(later)) {
                    out.writeObjectField(later, sample.get(later));
                }
            }
            out.writeEndObject();
            out.writeRaw('\n');
        }
        return file;
    }

    private static String code(String code, int n) {
        return code + "-" + n;
    }

    private static String line(String key, int copy) {
        return copy == 0 ? key : key + "-" + copy;
    }

    private static ObjectNode mission(ObjectNode original, int n) {
        ObjectNode m = original.deepCopy();
        m.put("code", code(original.get("code").asText(), n));
        ArrayNode lines = m.putArray("lines");
        for (JsonNode l : original.get("lines")) {
            for (int copy = 0; copy < LINE_COPIES; copy++) {
                ObjectNode line = (ObjectNode) l.deepCopy();
                line.put("key", line(l.get("key").asText(), copy));
                line.put("name", l.get("name").asText() + (copy == 0 ? "" : " " + (copy + 1)));
                lines.add(line);
            }
        }
        return m;
    }

    private void writeProposal(JsonGenerator out, ObjectNode p) throws IOException {
        out.writeStartObject();
        p.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("amendments")) {
                try {
                    out.writeObjectField(f.getKey(), f.getValue());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        out.writeArrayFieldStart("amendments");
        for (int n = 1; n <= times; n++) {
            for (JsonNode a : p.get("amendments")) {
                JsonNode target = a.get("target");
                if (target == null) {
                    if (n == 1) {
                        out.writeTree(a); // a whole-budget cut is one cut, however large the budget
                    }
                    continue;
                }
                int copies = target.has("line") ? LINE_COPIES : 1;
                for (int copy = 0; copy < copies; copy++) {
                    ObjectNode c = a.deepCopy();
                    ObjectNode t = (ObjectNode) c.get("target");
                    t.put("mission", code(target.get("mission").asText(), n));
                    if (target.has("line")) {
                        t.put("line", line(target.get("line").asText(), copy));
                    }
                    out.writeTree(c);
                }
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static ObjectNode event(ObjectNode original, int n) {
        ObjectNode e = original.deepCopy();
        e.put("key", original.get("key").asText() + "-" + n);
        ArrayNode missions = e.putArray("missions");
        original.get("missions").forEach(m -> missions.add(code(m.asText(), n)));
        return e;
    }
}
