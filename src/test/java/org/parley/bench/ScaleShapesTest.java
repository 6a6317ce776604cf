package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.CommandLine;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.DelegationKind;
import org.parley.model.Figure;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.store.Workspace;
import org.parley.store.WorkspaceCounts;

/**
 * Each generated shape, small, goes through the import users' files go through ({@code parley
 * import}), passes the published JSON Schema, and arrives with the counts it was built with.
 */
class ScaleShapesTest {

    @TempDir
    Path dir;

    @Test
    void copies_twice_importsTwiceTheMissionsAndTwelveTimesTheLinesOfTheSample() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        int sampleLines = sample.missions().stream().mapToInt(m -> m.lines().size()).sum();
        int samplePostRows = sample.missions().stream().flatMap(m -> m.lines().stream())
                .mapToInt(l -> l.posts().size()).sum();

        NegotiationData imported = generateAndImport("copies", 2);

        assertThat(imported.missions()).hasSize(2 * sample.missions().size());
        assertThat(imported.missions().stream().mapToInt(m -> m.lines().size()).sum())
                .isEqualTo(2 * ScaleShapes.LINE_COPIES * sampleLines);
        assertThat(imported.missions().stream().flatMap(m -> m.lines().stream()).mapToInt(l -> l.posts().size()).sum())
                .isEqualTo(2 * ScaleShapes.LINE_COPIES * samplePostRows);
        assertThat(imported.missions()).extracting(m -> m.code()).contains("MONUSCO", "MONUSCO-2");
        // every amendment of the sample is there once per copy of its target
        assertThat(amendments(imported)).isGreaterThan(amendments(sample) * 2 * ScaleShapes.LINE_COPIES / 2);
        assertThat(imported.events().size()).isGreaterThan(sample.events().size());
    }

    @Test
    void wide_and_deep_importWithTheirMissionsAndLines() throws Exception {
        NegotiationData wide = generateAndImport("wide", 1);
        NegotiationData deep = generateAndImport("deep", 1);

        assertThat(wide.missions()).hasSize(100).allSatisfy(m -> assertThat(m.lines()).hasSize(2));
        assertThat(deep.missions()).hasSize(4).allSatisfy(m -> assertThat(m.lines()).hasSize(100));
        assertThat(amendments(deep)).isEqualTo(400);
    }

    @Test
    void oneProposal_holdsAThousandAmendmentsAScale() throws Exception {
        NegotiationData imported = generateAndImport("oneproposal", 1);

        assertThat(imported.proposals().stream().mapToInt(p -> p.amendments().size()).max().orElse(0))
                .isEqualTo(1_000);
    }

    @Test
    void delegations_sixAScale_withGroupsAndAPositionOnEveryAmendment() throws Exception {
        NegotiationData imported = generateAndImport("delegations", 4);

        assertThat(imported.delegations()).hasSize(24);
        assertThat(imported.delegations()).filteredOn(d -> d.kind() == DelegationKind.GROUP)
                .anySatisfy(g -> assertThat(g.memberIds()).hasSize(5));
        assertThat(imported.positions()).hasSize(24 * (amendments(imported) + imported.missions().size()));
    }

    @Test
    void events_aHundredAScale_besidesTheSamplesOwn() throws Exception {
        NegotiationData imported = generateAndImport("events", 2);

        assertThat(imported.events().size()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void longTexts_keepTheirLengthThroughTheImport() throws Exception {
        NegotiationData imported = generateAndImport("longtexts", 2);

        assertThat(imported.missions()).allSatisfy(m -> assertThat(m.notes().length()).isGreaterThanOrEqualTo(1_000));
        assertThat(imported.proposals().get(0).amendments().get(0).rationale().length()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void everyFigureOfEveryShape_isMarkedIllustrative() throws Exception {
        for (String shape : ScaleShapes.SHAPES) {
            NegotiationData data = ScaleShapes.build(shape, 1);
            assertThat(data.missions().stream().flatMap(m -> m.lines().stream()).flatMap(l -> l.posts().stream())
                    .map(p -> p.annualCost()).allMatch(Figure::illustrative)).as(shape).isTrue();
            assertThat(data.missions()).as(shape).allSatisfy(m -> assertThat(m.hasIllustrativeFigures()).isTrue());
            assertThat(data.proposals().stream().flatMap(p -> p.amendments().stream())
                    .allMatch(a -> a.provenance().illustrative())).as(shape).isTrue();
            assertThat(data.negotiation().title()).as(shape).contains("illustrative");
        }
    }

    @Test
    void anUnknownShapeOrScale_isRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> ScaleShapes.build("tall", 1)).hasMessageContaining("unknown shape \"tall\"")
                .hasMessageContaining("copies, wide, deep");
        assertThatThrownBy(() -> ScaleShapes.scale("ten")).hasMessageContaining("not \"ten\"");
        assertThat(ScaleShapes.scale("10x")).isEqualTo(10);
    }

    /** Writes the shape, checks it against the schema, imports it with {@code parley import} and reads it back. */
    private NegotiationData generateAndImport(String shape, int scale) throws Exception {
        Path file = ScaleShapes.write(shape, scale, dir.resolve(shape + ".json"));
        assertThat(schemaProblems(Files.readString(file))).as(shape + " against the schema").isEmpty();
        Path workspace = dir.resolve(shape + ".db");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(List.of("import", "--workspace", workspace.toString(), "--file", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        NegotiationData built = ScaleShapes.build(shape, scale);
        try (Workspace w = Workspace.open(workspace)) {
            long id = w.negotiations().list().get(0).id();
            WorkspaceCounts counts = w.counts(id);
            assertThat(counts.missions()).isEqualTo(built.missions().size());
            assertThat(counts.amendments()).isEqualTo(amendments(built));
            assertThat(counts.events()).isEqualTo(built.events().size());
            return w.loadNegotiation(id);
        }
    }

    private static int amendments(NegotiationData d) {
        return d.proposals().stream().map(Proposal::amendments).mapToInt(List<Amendment>::size).sum();
    }

    private static List<String> schemaProblems(String json) throws Exception {
        String base = "https://schemas.parley.invalid/";
        Path docs = Path.of("docs", "schema");
        Map<String, String> files = Map.of(
                base + "parley-negotiation-3.schema.json",
                Files.readString(docs.resolve("parley-negotiation-3.schema.json")),
                base + "parley-workspace-1.schema.json",
                Files.readString(docs.resolve("parley-workspace-1.schema.json")));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaLoaders(loaders -> loaders.schemas(files))).getSchema(files.get(base
                + "parley-negotiation-3.schema.json"));
        Set<ValidationMessage> problems = schema.validate(new ObjectMapper().readTree(json));
        return problems.stream().map(ValidationMessage::toString).sorted().limit(5).toList();
    }
}
