package org.parley.io;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.BudgetLine;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never an invented number presented as a fact: every provenance in the sample is illustrative,
 * or cites one of the published sources the project's fact sheet names (listed below).
 */
class SampleProvenanceTest {

    /** The published sources of the sample's real figures; a sourced figure must cite at least one of them. */
    private static final List<String> FACTS_SOURCES = List.of("GA/AB/4201", "GA/AB/4239", "GA/AB/4276",
            "GA/AB/4277", "GA/AB/4287", "GA/AB/4324", "GA/12039", "A/RES/72/298", "A/72/784", "A/72/789/Add.2",
            "A/73/653", "S/RES/2410", "S/RES/2416", "UNSCOL note", "IPI", "AFP", "El Moudjahid", "Maghress",
            "The Greek Observer", "Foreign Policy", "The New York Times", "Human Rights Watch", "HRW",
            "CARICOM statement", "news, June 2018");

    private static NegotiationData data;

    @BeforeAll
    static void readSample() throws ImportException {
        data = NegotiationJson.readSample();
    }

    @Test
    void everyProvenance_isIllustrativeOrCitesAFactsSource() {
        List<Provenance> all = allProvenances();

        assertThat(all).hasSizeGreaterThan(300).allSatisfy(p -> {
            if (!p.illustrative()) {
                assertThat(p.source()).as("source").containsAnyOf(FACTS_SOURCES.toArray(String[]::new));
            }
        });
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
