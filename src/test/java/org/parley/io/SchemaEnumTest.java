package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.CompromiseStatus;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.MissionStatus;
import org.parley.model.PostStatus;
import org.parley.model.ProposalStatus;
import org.parley.model.Stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.MinimalDocument.errorOf;
import static org.parley.io.MinimalDocument.with;

/** The published schema and the importer accept the same spellings of every enumeration. */
class SchemaEnumTest {

    private static final String ITEMS = "/properties/missions/items/properties/lines/items/properties/";

    /** Every enumeration of the negotiation schema, by where it stands, and what the importer accepts there. */
    private static final Map<String, List<String>> ACCEPTED = Map.ofEntries(
            Map.entry("/properties/delegations/items/properties/kind", names(DelegationKind.values(), Enum::name)),
            Map.entry("/properties/missions/items/properties/status", names(MissionStatus.values(), Enum::name)),
            Map.entry(ITEMS + "category", names(LineCategory.values(), Enum::name)),
            Map.entry(ITEMS + "posts/items/properties/grade", names(Grade.values(), Grade::label)),
            Map.entry(ITEMS + "posts/items/properties/status", names(PostStatus.values(), Enum::name)),
            Map.entry("/properties/proposals/items/properties/status", names(ProposalStatus.values(), Enum::name)),
            Map.entry("/properties/proposals/items/properties/timing", names(EventTiming.values(), Enum::name)),
            Map.entry("/properties/proposals/items/properties/amendments/items/properties/kind",
                    names(AmendmentKind.values(), Enum::name)),
            Map.entry("/properties/proposals/items/properties/amendments/items/properties/allocation/properties/rule",
                    names(org.parley.model.AllocationRule.values(), Enum::name)),
            Map.entry("/properties/proposals/items/properties/amendments/items/properties/allocation/properties/baseline",
                    names(org.parley.model.Baseline.values(), JsonAdaptedBaselines::field)),
            Map.entry("/properties/events/items/properties/kind", names(EventKind.values(), Enum::name)),
            Map.entry("/properties/events/items/properties/timing", names(EventTiming.values(), Enum::name)),
            Map.entry("/properties/positions/items/properties/stance", names(Stance.values(), Enum::name)),
            Map.entry("/properties/compromises/items/properties/status", names(CompromiseStatus.values(), Enum::name)));

    @Test
    void everyEnumInTheSchemaIsExactlyWhatTheImporterAccepts() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs", "schema", "parley-negotiation-3.schema.json").toFile());
        Map<String, List<String>> published = new TreeMap<>();
        collectEnums(schema, "", published);

        assertThat(published).isEqualTo(new TreeMap<>(ACCEPTED));
    }

    @Test
    void versionTwoSchemaListsTheKindsAVersionTwoFileIsReadWith() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs", "schema", "parley-negotiation-2.schema.json").toFile());
        Map<String, List<String>> published = new TreeMap<>();
        collectEnums(schema, "", published);

        assertThat(published.get("/properties/events/items/properties/kind"))
                .isEqualTo(JsonAdaptedEvent.VERSION_2_KINDS);
    }

    @Test
    void lowerCaseEnumValue_isRefusedWithThePlaceAndTheAllowedSpellings() {
        String json = with("\"kind\": \"DOCUMENT_ISSUED\"", "\"kind\": \"document_issued\"");

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].kind: \"document_issued\" is not one of ")
                .contains("DOCUMENT_ISSUED");
    }

    @Test
    void gradeWrittenAsConstantName_isRefusedWithTheLabels() {
        String json = with("\"grade\": \"P-4\"", "\"grade\": \"P4\"");

        assertThat(errorOf(json)).startsWith("test.json: $.missions[0].lines[0].posts[0].grade: \"P4\" is not one of ")
                .contains("P-4");
    }

    private static <E> List<String> names(E[] constants, Function<E, String> spelling) {
        return Arrays.stream(constants).map(spelling).toList();
    }

    private static void collectEnums(JsonNode node, String pointer, Map<String, List<String>> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("enum")) {
                    List<String> values = new ArrayList<>();
                    e.getValue().forEach(v -> values.add(v.asText()));
                    out.put(pointer, values);
                } else {
                    collectEnums(e.getValue(), pointer + "/" + e.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectEnums(node.get(i), pointer + "/" + i, out);
            }
        }
    }
}
