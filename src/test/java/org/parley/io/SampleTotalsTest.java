package org.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.BudgetLine;
import org.parley.model.Figure;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import loses and invents nothing: totals of the model equal totals summed straight from the
 * JSON tree, read independently with a plain ObjectMapper.
 */
class SampleTotalsTest {

    private static final Map<Baseline, String> FIELDS = Map.of(Baseline.PRIOR_APPROVED, "priorApproved",
            Baseline.SG_PROPOSED, "sgProposed", Baseline.ACABQ_RECOMMENDED, "acabqRecommended",
            Baseline.CURRENT, "current", Baseline.FINAL, "final");

    private static NegotiationData data;
    private static JsonNode tree;

    @BeforeAll
    static void read() throws ImportException, IOException {
        data = NegotiationJson.readSample();
        try (InputStream in = SampleTotalsTest.class.getResourceAsStream(NegotiationJson.SAMPLE_RESOURCE)) {
            tree = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void missionBaselineTotals_matchTheJson() {
        for (Baseline b : Baseline.values()) {
            long model = data.missions().stream().mapToLong(m -> usd(m.baselines().get(b).orElse(null))).sum();
            long json = missionNodes().mapToLong(m -> m.path("baselines").path(FIELDS.get(b)).path("usd").asLong())
                    .sum();
            assertThat(model).as(b.label()).isEqualTo(json);
        }
    }

    @Test
    void lineBaselineTotals_matchTheJson() {
        for (Baseline b : Baseline.values()) {
            long model = lines().mapToLong(l -> usd(l.baselines().get(b).orElse(null))).sum();
            long json = lineNodes().mapToLong(l -> l.path("baselines").path(FIELDS.get(b)).path("usd").asLong()).sum();
            assertThat(model).as(b.label()).isEqualTo(json);
        }
    }

    @Test
    void postCountsAndCosts_matchTheJson() {
        long jsonCount = postNodes().mapToLong(p -> p.path("count").asLong()).sum();
        long jsonCost = postNodes().mapToLong(p -> p.path("count").asLong() * p.path("annualCost").path("usd").asLong())
                .sum();

        assertThat((long) data.postCount()).isEqualTo(jsonCount);
        assertThat(lines().flatMap(l -> l.posts().stream()).mapToLong(Post::totalAnnualUsd).sum()).isEqualTo(jsonCost);
    }

    @Test
    void amendmentTotalsPerKind_matchTheJson() {
        List<Amendment> amendments = data.proposals().stream().flatMap(p -> p.amendments().stream()).toList();
        List<JsonNode> nodes = stream(tree.path("proposals")).flatMap(p -> stream(p.path("amendments"))).toList();

        assertThat(amendments).hasSameSizeAs(nodes);
        for (AmendmentKind k : AmendmentKind.values()) {
            List<JsonNode> ofKind = nodes.stream().filter(n -> n.path("kind").asText().equals(k.name())).toList();
            long modelValue = amendments.stream().filter(a -> a.kind() == k).mapToLong(Amendment::value).sum();
            long jsonValue = ofKind.stream().mapToLong(n -> n.path("usd").asLong() + n.path("posts").asLong()
                    + percentInBasisPoints(n.path("percent"))).sum();
            assertThat(modelValue).as(k.label()).isEqualTo(jsonValue);
        }
    }

    @Test
    void entityCounts_matchTheJson() {
        assertThat(data.delegations()).hasSize(tree.path("delegations").size());
        assertThat(data.missions()).hasSize(tree.path("missions").size());
        assertThat(lines().count()).isEqualTo(lineNodes().count());
        assertThat(data.events()).hasSize(tree.path("events").size());
    }

    /** Independent of Share.parsePercent on purpose: the sample writes whole percents. */
    private static long percentInBasisPoints(JsonNode percent) {
        return percent.isMissingNode() ? 0 : Long.parseLong(percent.asText()) * 100;
    }

    private static long usd(Figure f) {
        return f == null ? 0 : f.usd();
    }

    private static Stream<BudgetLine> lines() {
        return data.missions().stream().flatMap((Mission m) -> m.lines().stream());
    }

    private static Stream<JsonNode> missionNodes() {
        return stream(tree.path("missions"));
    }

    private static Stream<JsonNode> lineNodes() {
        return missionNodes().flatMap(m -> stream(m.path("lines")));
    }

    private static Stream<JsonNode> postNodes() {
        return lineNodes().flatMap(l -> stream(l.path("posts")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
