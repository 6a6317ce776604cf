package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.Item;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;

class PositionEditsTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private PositionEdits edits;
    private long eu;
    private Item ruFirst;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new PositionEdits(desk.editor);
        eu = desk.delegation("EU").id();
        ruFirst = Item.amendment(desk.proposal("RU").amendments().get(0).id());
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void setStance_isStored_andUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        assertThat(edits.setStance(eu, ruFirst, Stance.RED_LINE, "said so in the informals")).isTrue();

        assertThat(stored()).containsExactly(new Position(eu, ruFirst, Stance.RED_LINE, "said so in the informals"));
        assertThat(desk.editor.undoLabel()).contains("Set stance");
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    @Test
    void setStance_unknownWithoutANote_removesThePosition() throws Exception {
        edits.setStance(eu, ruFirst, Stance.OPPOSES, "");

        edits.setStance(eu, ruFirst, Stance.UNKNOWN, " ");

        assertThat(stored()).isEmpty();
    }

    @Test
    void setStance_unknownWithANote_isKept() throws Exception {
        edits.setStance(eu, ruFirst, Stance.UNKNOWN, "silent, will consult capital");

        assertThat(stored()).extracting(Position::stance).containsExactly(Stance.UNKNOWN);
    }

    @Test
    void setStance_thatChangesNothing_isNoGesture() throws Exception {
        assertThat(edits.setStance(eu, ruFirst, Stance.UNKNOWN, "")).isFalse();

        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void setStanceOnProposal_coversEveryAmendment_keepsNotes_andIsOneUndo() throws Exception {
        Proposal ru = desk.proposal("RU");
        edits.setStance(eu, ruFirst, Stance.FLEXIBLE, "only on MONUSCO");
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        edits.setStanceOnProposal(eu, ru.id(), Stance.OPPOSES);

        assertThat(stored()).hasSize(ru.amendments().size()).allMatch(p -> p.stance() == Stance.OPPOSES);
        assertThat(stored()).filteredOn(p -> p.item().equals(ruFirst)).extracting(Position::note)
                .containsExactly("only on MONUSCO");
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    @Test
    void setStances_onCellsOfSeveralDelegations_isOneGesture() throws Exception {
        long canz = desk.delegation("CANZ").id();
        Amendment second = desk.proposal("RU").amendments().get(1);
        List<Position.Key> cells = List.of(new Position.Key(eu, ruFirst), new Position.Key(canz, ruFirst),
                new Position.Key(canz, Item.amendment(second.id())));

        edits.setStances(cells, Stance.OPPOSES);

        assertThat(stored()).extracting(Position::key).containsExactlyInAnyOrderElementsOf(cells);
        desk.editor.undo();
        assertThat(stored()).isEmpty();
    }

    @Test
    void setOurLine_createsReplacesAndClears_eachUndoable() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(desk.file);

        edits.setOurLine(ruFirst, "No cut to human rights", "At most 10%");
        edits.setOurLine(ruFirst, "No cut to human rights", "At most 15%");

        assertThat(desk.editor.data().ourLines()).containsExactly(
                new OurLine(ruFirst, "No cut to human rights", "At most 15%"));
        edits.setOurLine(ruFirst, "", "");
        assertThat(desk.editor.data().ourLines()).isEmpty();
        desk.editor.undo();
        desk.editor.undo();
        desk.editor.undo();
        assertThat(DatabaseDump.of(desk.file)).isEqualTo(before);
    }

    private List<Position> stored() throws Exception {
        List<Position> loaded = desk.workspace.loadNegotiation(desk.editor.negotiationId()).positions();
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(desk.editor.data().positions());
        return loaded;
    }

    /** The daily brief prints the change log: it must say who, on what, now what (issue 13). */
    @Test
    void setStances_recordsWhoStandsHowOnWhat_notJustHowMany() throws Exception {
        long ru = desk.delegation("RU").id();
        long cn = desk.delegation("CN").id();
        Amendment a = desk.proposal("RU").amendments().get(0);
        Item item = Item.amendment(a.id());
        String what = desk.editor.data().describe(item);

        edits.setStances(List.of(new Position.Key(ru, item)), Stance.FLEXIBLE);
        edits.setStances(List.of(new Position.Key(ru, item), new Position.Key(cn, item)), Stance.OPPOSES);
        edits.setStance(eu, item, Stance.SUPPORTS, "");

        assertThat(desk.editor.changesSince(java.time.Instant.EPOCH)).extracting(c -> c.description()).containsExactly(
                "RU: stance on " + what + " set to flexible",
                "RU: stance on " + what + " set to opposes; CN: stance on " + what + " set to opposes",
                "EU: stance on " + what + " set to supports");
    }
}
