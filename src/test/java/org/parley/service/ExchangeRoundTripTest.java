package org.parley.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Collections;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeRoundTripTest {

    @TempDir
    Path dir;

    /** Stores data, exports it, imports the file into a second workspace and exports that: same bytes. */
    private byte[][] roundTrip(NegotiationData data) throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (Workspace a = Workspace.open(dir.resolve("a.parley"));
             Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            Exchange.exportNegotiation(a, a.insertNegotiation(data), first);
            List<Long> ids = Exchange.importAsNew(b, first);
            Exchange.exportNegotiation(b, ids.get(0), second);
        }
        return new byte[][] {Files.readAllBytes(first), Files.readAllBytes(second)};
    }

    @Test
    void anEventsLinks_areWrittenSortedByKey_notInTheOrderOfAHashSet() throws Exception {
        // Found by hand: an event's links are sets, and a set's order changes from one JVM run
        // to the next, so the same workspace exported twice gave different bytes. An event
        // linked to all 16 budgets and 3 proposals makes an unsorted order all but certain.
        NegotiationData sample = NegotiationJson.readSample();
        TimelineEvent e = sample.events().get(0);
        Set<Long> allMissions = new HashSet<>();
        sample.missions().forEach(m -> allMissions.add(m.id()));
        Set<Long> allProposals = new HashSet<>();
        sample.proposals().forEach(p -> allProposals.add(p.id()));
        List<TimelineEvent> events = new ArrayList<>(sample.events());
        events.set(0, new TimelineEvent(e.id(), e.at(), e.title(), e.kind(), e.description(), e.provenance(),
                allMissions, allProposals));
        Path file = dir.resolve("links.json");
        try (Workspace a = Workspace.open(dir.resolve("a.parley"))) {
            Exchange.exportNegotiation(a, a.insertNegotiation(sample.withEvents(events)), file);
        }

        JsonNode event = new ObjectMapper().readTree(file.toFile()).get("events").get(0);
        for (String links : List.of("missions", "proposals")) {
            List<String> keys = new ArrayList<>();
            event.get(links).forEach(k -> keys.add(k.asText()));
            List<String> sorted = new ArrayList<>(keys);
            Collections.sort(sorted);
            assertEquals(sorted, keys, links);
        }
    }

    @Test
    void theSampleExportsImportsAndExportsToTheSameBytes() throws Exception {
        byte[][] files = roundTrip(NegotiationJson.readSample());
        assertArrayEquals(files[0], files[1]);
        assertMatchesSchema("parley-negotiation-3.schema.json", files[0]);
    }

    @Test
    void positionsCompromisesAndScenariosSurviveTheRoundTripByteForByte() throws Exception {
        byte[][] files = roundTrip(RichSample.data());
        assertArrayEquals(files[0], files[1]);
        assertMatchesSchema("parley-negotiation-3.schema.json", files[0]);
        String text = new String(files[0], java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Middle ground\"") && text.contains("\"Half the cut\"")
                && text.contains("\"RED_LINE\""), "the deliberation parts are in the file");
    }

    @Test
    void anImportedNegotiationHoldsWhatWasExported() throws Exception {
        NegotiationData rich = RichSample.data();
        Path file = dir.resolve("rich.json");
        try (Workspace a = Workspace.open(dir.resolve("a.parley"));
             Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            Exchange.exportNegotiation(a, a.insertNegotiation(rich), file);
            NegotiationData back = b.loadNegotiation(Exchange.importAsNew(b, file).get(0));
            assertEquals(rich.positions().size(), back.positions().size());
            assertEquals(rich.ourLines().size(), back.ourLines().size());
            assertEquals(rich.compromises().get(0).description(), back.compromises().get(0).description());
            assertEquals(rich.scenarios().get(0).items().size(), back.scenarios().get(0).items().size());
            assertEquals(rich.missions().size(), back.missions().size());
        }
    }

    @Test
    void aWholeWorkspaceExportsAndImportsToTheSameBytes() throws Exception {
        Path first = dir.resolve("all-1.json");
        Path second = dir.resolve("all-2.json");
        try (Workspace a = Workspace.open(dir.resolve("a.parley"));
             Workspace b = Workspace.open(dir.resolve("b.parley"))) {
            a.insertNegotiation(NegotiationJson.readSample());
            a.insertNegotiation(RichSample.data());
            Exchange.exportWorkspace(a, first);
            assertEquals(2, Exchange.importAsNew(b, first).size());
            Exchange.exportWorkspace(b, second);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertMatchesSchema("parley-workspace-1.schema.json", Files.readAllBytes(first));
    }

    private static void assertMatchesSchema(String schema, byte[] json) throws Exception {
        assertEquals(List.of(), SchemaValidator.parley(schema)
                .problems(new String(json, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
