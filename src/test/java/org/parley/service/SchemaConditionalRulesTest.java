package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.ImportException;
import org.parley.io.NegotiationJson;
import org.parley.io.NegotiationJsonWriter;

/**
 * Every conditional (if/then/else) rule of {@code docs/schema/parley-negotiation-3.schema.json}
 * checked by the real validator (networknt) against files that break it and files that obey it,
 * and the app's own reader refusing and accepting the very same files, so the published schema
 * and Parley never disagree. The files are the sample's own export with one amendment changed:
 * the US top-line cut ($.proposals[2].amendments[0], allocated pro rata to the ACABQ figures),
 * RU's first percent cut ($.proposals[0].amendments[0]) and CN's first abolition
 * ($.proposals[1].amendments[0]).
 */
class SchemaConditionalRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String US = "/proposals/2/amendments/0";
    private static final String RU = "/proposals/0/amendments/0";
    private static final String CN = "/proposals/1/amendments/0";

    private static String sample;
    private static SchemaValidator schema;

    @BeforeAll
    static void read() throws Exception {
        sample = new String(NegotiationJsonWriter.write(NegotiationJson.readSample()), StandardCharsets.UTF_8);
        schema = SchemaValidator.parley("parley-negotiation-3.schema.json");
    }

    /** The sample's export with the amendment at {@code pointer} changed. */
    private static String changed(String pointer, Consumer<ObjectNode> change) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(sample);
        change.accept((ObjectNode) doc.at(pointer));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    private static Consumer<ObjectNode> allocation(String json) {
        return a -> {
            try {
                a.set("allocation", JSON.readTree(json));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    /** The value moved from one field to another, e.g. a percent cut's "percent" given as "usd". */
    private static Consumer<ObjectNode> valueIn(String from, String to, long value) {
        return a -> {
            a.remove(from);
            a.put(to, value);
        };
    }

    @Test
    void filesThatBreakAConditionalRule_areRefusedByTheSchema_andByTheReader_atTheSamePlace() throws Exception {
        Map<String, String> broken = new LinkedHashMap<>();
        // allocation: if PRO_RATA then a baseline and no parts, else no baseline
        broken.put("pro rata without its baseline", changed(US, allocation("{\"rule\": \"PRO_RATA\"}")));
        broken.put("pro rata with amounts by hand", changed(US, allocation("{\"rule\": \"PRO_RATA\", \"baseline\":"
                + " \"acabqRecommended\", \"parts\": [{\"mission\": \"MONUSCO\", \"usd\": 129000000}]}")));
        broken.put("ACABQ reductions with a baseline", changed(US, allocation("{\"rule\": \"ACABQ_REDUCTIONS\","
                + " \"baseline\": \"acabqRecommended\"}")));
        broken.put("none with a baseline", changed(US, allocation("{\"rule\": \"NONE\", \"baseline\": \"sgProposed\"}")));
        broken.put("by hand with a baseline", changed(US, allocation("{\"rule\": \"BY_HAND\", \"baseline\":"
                + " \"sgProposed\", \"parts\": [{\"mission\": \"MONUSCO\", \"usd\": 129000000}]}")));
        // allocation: if BY_HAND then parts, else no parts
        broken.put("by hand without amounts", changed(US, allocation("{\"rule\": \"BY_HAND\"}")));
        broken.put("ACABQ reductions with amounts", changed(US, allocation("{\"rule\": \"ACABQ_REDUCTIONS\","
                + " \"parts\": [{\"mission\": \"MONUSCO\", \"usd\": 129000000}]}")));
        // amendment: if not a top-line cut then no allocation
        broken.put("a percent cut allocated", changed(RU, allocation("{\"rule\": \"ACABQ_REDUCTIONS\"}")));
        broken.put("an abolition allocated", changed(CN, allocation("{\"rule\": \"NONE\"}")));
        // amendment: the value in the field its kind takes
        broken.put("a percent cut in dollars", changed(RU, valueIn("percent", "usd", 4_890_000)));
        broken.put("an abolition in dollars", changed(CN, valueIn("posts", "usd", 172_000)));
        broken.put("a top-line cut in posts", changed(US, valueIn("usd", "posts", 12)));
        broken.put("a top-line cut in percent", changed(US, valueIn("usd", "percent", 2)));

        for (Map.Entry<String, String> file : broken.entrySet()) {
            assertThat(file.getValue()).isNotEqualTo(sample);
            String place = path(placeOf(file.getKey())); // "$.proposals[2].amendments[0].allocation"
            assertThat(schema.problems(file.getValue())).as("the schema on: " + file.getKey())
                    .isNotEmpty().allMatch(m -> m.startsWith(place), "names " + place);
            ImportException refused = catchThrowableOfType(ImportException.class, () -> NegotiationJson.read(
                    new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), "test.json"));
            assertThat(refused).as("the reader on: " + file.getKey()).isNotNull();
            assertThat(refused.getMessage()).as("the reader on: " + file.getKey()).startsWith("test.json: " + place);
        }
    }

    @Test
    void filesThatObeyEveryConditionalRule_areAcceptedByTheSchema_andByTheReader() throws Exception {
        Map<String, String> obeying = new LinkedHashMap<>();
        obeying.put("the sample: pro rata to the ACABQ figures", sample);
        obeying.put("pro rata to the SG's figures", changed(US, allocation("{\"rule\": \"PRO_RATA\", \"baseline\": \"sgProposed\"}")));
        obeying.put("ACABQ reductions", changed(US, allocation("{\"rule\": \"ACABQ_REDUCTIONS\"}")));
        obeying.put("none", changed(US, allocation("{\"rule\": \"NONE\"}")));
        obeying.put("no allocation at all", changed(US, a -> a.remove("allocation")));
        // 100,000,000 + 29,000,000 = 129,000,000, the cut
        obeying.put("by hand", changed(US, allocation("{\"rule\": \"BY_HAND\", \"parts\": [{\"mission\": \"MONUSCO\","
                + " \"usd\": 100000000}, {\"mission\": \"UNIFIL\", \"usd\": 29000000}]}")));

        for (Map.Entry<String, String> file : obeying.entrySet()) {
            assertThat(schema.problems(file.getValue())).as("the schema on: " + file.getKey()).isEmpty();
            assertThat(NegotiationJson.read(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                    "test.json").proposals()).as("the reader on: " + file.getKey()).hasSize(3);
        }
    }

    /** A JSON pointer as the validator and the reader name a place: "/proposals/2/amendments/0" → "$.proposals[2].amendments[0]". */
    private static String path(String pointer) {
        return "$" + pointer.replace("/", ".").replaceAll("\\.(\\d+)", "[$1]");
    }

    /** Where each broken file breaks its rule: the amendment, its allocation, or its value field. */
    private static String placeOf(String name) {
        if (name.startsWith("a percent cut allocated")) {
            return RU + "/allocation";
        }
        if (name.startsWith("an abolition allocated")) {
            return CN + "/allocation";
        }
        if (name.equals("a percent cut in dollars")) {
            return RU;
        }
        if (name.equals("an abolition in dollars")) {
            return CN;
        }
        if (name.startsWith("a top-line cut in")) {
            return US;
        }
        return US + "/allocation";
    }
}
