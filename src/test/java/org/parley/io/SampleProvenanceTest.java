package org.parley.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.Baseline;
import org.parley.model.EventTiming;
import org.parley.model.Figure;
import org.parley.model.BudgetLine;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never an invented number presented as a fact: every provenance in the sample is illustrative,
 * or cites one of the published sources the project lists in {@code docs/sources.md} (with its
 * document symbol or publication and its date). The list is in the repository, so a user can
 * check every figure with what they have.
 */
class SampleProvenanceTest {

    private static final Path SOURCES = Path.of("docs", "sources.md");

    private static NegotiationData data;

    @BeforeAll
    static void readSample() throws ImportException {
        data = NegotiationJson.readSample();
    }

    @Test
    void everyProvenance_isIllustrativeOrCitesASourceListedInTheProject() throws Exception {
        String[] listed = listedSources().keySet().toArray(String[]::new);
        List<Provenance> all = allProvenances();

        assertThat(listed).contains("GA/AB/4287", "GA/12039", "A/RES/72/298", "Foreign Policy", "IPI");
        assertThat(all).hasSizeGreaterThan(300).allSatisfy(p -> {
            if (!p.illustrative()) {
                assertThat(p.source()).as("source").containsAnyOf(listed);
            }
        });
    }

    @Test
    void everyListedSource_saysWhatItIsAndWhen() throws Exception {
        assertThat(listedSources()).hasSizeGreaterThan(20).allSatisfy((cited, row) -> {
            assertThat(row.get(1)).as(cited + ": document or publication").isNotBlank();
            assertThat(row.get(2)).as(cited + ": date").containsPattern("(19|20)\\d\\d");
        });
    }

    @Test
    void everyFactKnownOnlyLater_isKnownFromASourcedOutcomeOfTheSample() {
        Set<Instant> outcomes = data.events().stream()
                .filter(e -> e.knownFrom() != null && !e.provenance().illustrative())
                .map(TimelineEvent::knownFrom).collect(Collectors.toSet());
        List<Figure> later = new ArrayList<>();
        for (Mission m : data.missions()) {
            m.baselines().asMap().values().stream().filter(f -> f.knownFrom() != null).forEach(later::add);
            m.lines().forEach(l -> l.baselines().asMap().values().stream()
                    .filter(f -> f.knownFrom() != null).forEach(later::add));
        }

        assertThat(later).as("the final approved figures").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(f -> assertThat(outcomes).contains(f.knownFrom()));
        assertThat(data.missions()).allSatisfy(m -> m.baselines().get(Baseline.FINAL)
                .ifPresent(f -> assertThat(f.knownFrom()).as(m.code() + " final approved").isNotNull()));
    }

    @Test
    void aSourcedEventWhoseHourOrDayIsChosen_carriesTheIllustrativeTiming() {
        assertThat(data.events()).filteredOn(e -> !e.provenance().illustrative())
                .filteredOn(e -> e.provenance().source().contains("placeholder")
                        || e.provenance().source().contains("illustrative")
                        || e.provenance().source().contains("placed on"))
                .hasSizeGreaterThan(5)
                .allSatisfy(e -> assertThat(e.timing()).as(e.title()).isNotEqualTo(EventTiming.STATED));
    }

    @Test
    void noFileInTheRepository_pointsOutsideIt() throws Exception {
        // Spelled in parts, so that this file does not match itself.
        List<String> outside = List.of(".." + "/shared", "/work" + "/", "FACTS" + ".md", "WORKFLOWS" + ".md",
                "FACTS" + ":", "FACTS" + " names", "fact" + " sheet");
        List<Path> roots = List.of(Path.of("docs"), Path.of("sample-data"), Path.of("src"), Path.of("README.md"),
                Path.of("pom.xml"), Path.of("bin"), Path.of(".ci"));
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(SampleProvenanceTest::isText).toList()) {
                    String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                    outside.stream().filter(text::contains).forEach(o -> found.add(f + ": " + o));
                }
            }
        }

        assertThat(found).isEmpty();
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".json") || name.endsWith(".css")
                || name.endsWith(".xml") || name.endsWith(".txt") || name.endsWith(".properties")
                || !name.contains(".");
    }

    /** The table of docs/sources.md by its first column (the citation, in backticks): the row's cells. */
    private static Map<String, List<String>> listedSources() throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\|(.*)\\|\\s*$");
        boolean table = false;
        for (String line : Files.readAllLines(SOURCES, StandardCharsets.UTF_8)) {
            if (line.startsWith("| Cited as ")) {
                table = true;
                continue;
            }
            if (table && !line.startsWith("|")) {
                break;
            }
            Matcher m = row.matcher(line);
            if (table && m.matches()) {
                List<String> cells = new ArrayList<>();
                cells.add(m.group(1));
                for (String cell : m.group(2).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.put(m.group(1), cells);
            }
        }
        return rows;
    }

    @Test
    void illustrativeProvenances_neverPretendToCiteASource() {
        // An illustrative figure's text is a note; it must not read like a bare citation.
        assertThat(allProvenances()).filteredOn(Provenance::illustrative)
                .allSatisfy(p -> assertThat(p.describe()).startsWith("Illustrative"));
    }

    /** Walks the model: mission and line figures, post costs and counts, proposals, amendments, events. */
    private static List<Provenance> allProvenances() {
        List<Provenance> all = new ArrayList<>();
        for (Mission m : data.missions()) {
            m.baselines().asMap().values().forEach(f -> all.add(f.provenance()));
            for (BudgetLine l : m.lines()) {
                l.baselines().asMap().values().forEach(f -> all.add(f.provenance()));
                for (Post p : l.posts()) {
                    all.add(p.annualCost().provenance());
                    all.add(p.countProvenance());
                }
            }
        }
        for (Proposal p : data.proposals()) {
            all.add(p.provenance());
            p.amendments().stream().map(Amendment::provenance).forEach(all::add);
        }
        data.events().stream().map(TimelineEvent::provenance).forEach(all::add);
        return all;
    }
}
