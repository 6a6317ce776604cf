package org.parley.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Stance;

class PositionsCsvTest {

    private final NegotiationData sample;
    private final Delegation first;
    private final Item item;

    PositionsCsvTest() throws Exception {
        sample = NegotiationJson.readSample();
        first = sample.delegations().get(0);
        Amendment amendment = sample.proposals().get(0).amendments().get(0);
        item = Item.amendment(amendment.id());
    }

    private List<CSVRecord> read(NegotiationData data, List<Delegation> rows, List<Item> items) throws Exception {
        return CsvTableTest.readBack(PositionsCsv.of(data, rows, items).toCsv());
    }

    private NegotiationData with(Position... positions) {
        List<Position> all = new ArrayList<>(sample.positions());
        all.removeIf(p -> List.of(positions).stream().anyMatch(q -> q.key().equals(p.key())));
        all.addAll(List.of(positions));
        return sample.withPositions(all);
    }

    @Test
    void headerNamesTheTablerAndTheAmendment_withANoteColumnBeside() throws Exception {
        CSVRecord header = read(sample, List.of(first), List.of(item)).get(0);
        String tabler = sample.delegation(sample.proposals().get(0).delegationId()).orElseThrow().code();
        assertEquals(List.of("Code", "Delegation", tabler + ": " + sample.describe(item),
                tabler + ": " + sample.describe(item) + " (note)"), header.toList());
    }

    @Test
    void aDelegationsRow_holdsStanceLabelAndNote() throws Exception {
        NegotiationData data = with(new Position(first.id(), item, Stance.RED_LINE, "Said so, in \"informals\", twice"));
        CSVRecord row = read(data, List.of(first), List.of(item)).get(3);
        assertEquals(List.of(first.code(), first.name(), "red line", "Said so, in \"informals\", twice"), row.toList());
    }

    @Test
    void noPosition_isEmptyCells() throws Exception {
        NegotiationData data = sample.withPositions(List.of());
        CSVRecord row = read(data, List.of(first), List.of(item)).get(3);
        assertEquals(List.of("", ""), row.toList().subList(2, 4));
    }

    @Test
    void ourLineAndFallback_areTheTwoRowsUnderTheHeader() throws Exception {
        NegotiationData data = sample.withOurLines(List.of(new OurLine(item, "No cut", "-10% at most")));
        List<CSVRecord> rows = read(data, List.of(first), List.of(item));
        assertEquals(List.of("", PositionsCsv.OUR_LINE, "No cut", ""), rows.get(1).toList());
        assertEquals(List.of("", PositionsCsv.OUR_FALLBACK, "'-10% at most", ""), rows.get(2).toList());
    }

    @Test
    void namesAndNotesThatLookLikeFormulas_areNeutralised_andAccentsKept() throws Exception {
        Delegation civ = new Delegation(first.id(), "+CI", "Côte d'Ivoire", DelegationKind.STATE, List.of(), "");
        List<Delegation> delegations = new ArrayList<>(sample.delegations());
        delegations.set(0, civ);
        NegotiationData data = sample.withDelegations(delegations)
                .withPositions(List.of(new Position(civ.id(), item, Stance.SUPPORTS, "=HYPERLINK(\"http://x\",\"y\")\nline 2")));
        CSVRecord row = read(data, List.of(civ), List.of(item)).get(3);
        assertEquals(List.of("'+CI", "Côte d'Ivoire", "supports", "'=HYPERLINK(\"http://x\",\"y\")\nline 2"), row.toList());
    }

    @Test
    void theRowsAndColumnsAreTheOnesAsked_inTheirOrder() throws Exception {
        List<Delegation> two = List.of(sample.delegations().get(2), sample.delegations().get(1));
        Item mission = Item.mission(sample.missions().get(0).id());
        List<CSVRecord> rows = read(sample, two, List.of(mission, item));
        assertEquals(5, rows.size());
        assertEquals(6, rows.get(0).size());
        assertEquals(sample.missions().get(0).code(), rows.get(0).get(2));
        assertEquals(two.get(0).code(), rows.get(3).get(0));
        assertEquals(two.get(1).code(), rows.get(4).get(0));
    }
}
