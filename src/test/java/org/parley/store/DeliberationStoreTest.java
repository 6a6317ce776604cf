package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;

/** A negotiation with positions, our lines, compromises and scenarios survives insert and load. */
class DeliberationStoreTest {

    @TempDir
    Path dir;

    @Test
    void insertNegotiation_keepsWhatIsSaidAboutItems_withReferencesMappedToStoredIds() throws Exception {
        NegotiationData sample = NegotiationJson.readSample();
        Proposal ru = sample.proposals().get(0);
        Amendment a = ru.amendments().get(0);
        long eu = sample.delegations().stream().filter(d -> d.code().equals("EU")).findFirst().orElseThrow().id();
        long mission = a.target().missionId();
        NegotiationData data = sample
                .withPositions(List.of(new Position(eu, Item.amendment(a.id()), Stance.OPPOSES, "said in informals"),
                        new Position(eu, Item.mission(mission), Stance.FLEXIBLE, "")))
                .withOurLines(List.of(new OurLine(Item.amendment(a.id()), "no cut", "−10%")))
                .withCompromises(List.of(new Compromise(900, a.id(), "−25% instead of −50%", 2500, "the coordinator",
                        Instant.parse("2018-06-26T15:00:00Z"), CompromiseStatus.FLOATED)))
                .withScenarios(List.of(new Scenario(77, "Compromise B", 129_000_000,
                        List.of(ScenarioItem.proposal(ru.id(), Share.ofBasisPoints(5000)),
                                ScenarioItem.compromise(900, Share.WHOLE)))));

        NegotiationData loaded;
        try (Workspace ws = Workspace.open(dir.resolve("w.parley"))) {
            loaded = ws.loadNegotiation(ws.insertNegotiation(data));
        }

        Proposal storedRu = loaded.proposals().get(0);
        long storedAmendment = storedRu.amendments().get(0).id();
        long storedEu = loaded.delegations().stream().filter(d -> d.code().equals("EU")).findFirst().orElseThrow().id();
        assertThat(loaded.positions()).extracting(Position::delegationId).containsOnly(storedEu);
        assertThat(loaded.positions()).extracting(Position::item).contains(Item.amendment(storedAmendment));
        assertThat(loaded.ourLines()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo(Item.amendment(storedAmendment));
            assertThat(l.fallback()).isEqualTo("−10%");
        });
        Compromise c = loaded.compromises().get(0);
        assertThat(c.amendmentId()).isEqualTo(storedAmendment);
        assertThat(c.value()).isEqualTo(2500);
        Scenario s = loaded.scenarios().get(0);
        assertThat(s.targetUsd()).isEqualTo(129_000_000);
        assertThat(s.items()).containsExactly(ScenarioItem.proposal(storedRu.id(), Share.ofBasisPoints(5000)),
                ScenarioItem.compromise(c.id(), Share.WHOLE));
    }
}
