package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.Baselines;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Stance;

/** A budget added to or deleted from the negotiation, with everything that aims at it. */
class MissionLifecycleTest {

    @TempDir
    Path dir;
    private SampleDesk desk;
    private BudgetEdits edits;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
        edits = new BudgetEdits(desk.editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void addMission_storesANewBudgetAtTheEnd_andUndoRemovesItExactly() throws Exception {
        Map<String, List<String>> before = desk.dump();

        long id = edits.addMission(new Mission(0, "UNMOGIP", "UN Military Observer Group in India and Pakistan", "",
                "", MissionStatus.OPEN, Baselines.none(), List.of(), ""));

        NegotiationData data = desk.reload();
        assertThat(data.missions().get(data.missions().size() - 1).id()).isEqualTo(id);
        assertThat(desk.editor.undoLabel()).contains("Add mission");
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addMission_withACodeInUse_isRefusedAndWritesNothing() throws Exception {
        Map<String, List<String>> before = desk.dump();

        assertThatThrownBy(() -> edits.addMission(new Mission(0, "monusco", "Again", "", "", MissionStatus.OPEN,
                Baselines.none(), List.of(), ""))).hasMessageContaining("another mission already has the code");

        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deleteMission_takesItsAmendmentsPositionsAndEventLinks_andUndoPutsThemBack() throws Exception {
        Mission monusco = desk.mission("MONUSCO");
        long eu = desk.delegation("EU").id();
        new PositionEdits(desk.editor).setStance(eu, Item.mission(monusco.id()), Stance.OPPOSES, "keep it whole");
        int amendmentsOnIt = (int) desk.editor.data().proposals().stream().flatMap(p -> p.amendments().stream())
                .filter(a -> a.target().touchesMission(monusco.id())).count();
        assertThat(amendmentsOnIt).isPositive();
        assertThat(edits.whatGoesWithMission(monusco.id())).startsWith(amendmentsOnIt + " amendments")
                .contains("1 position").contains("unlinks");
        Map<String, List<String>> before = desk.dump();

        edits.deleteMission(monusco.id());

        NegotiationData data = desk.reload();
        assertThat(data.mission(monusco.id())).isEmpty();
        assertThat(data.proposals()).flatMap(p -> p.amendments()).extracting(Amendment::target)
                .noneMatch(t -> t.touchesMission(monusco.id()));
        assertThat(data.positions()).extracting(Position::item).doesNotContain(Item.mission(monusco.id()));
        assertThat(data.events()).noneMatch(e -> e.missionIds().contains(monusco.id()));
        desk.editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.reload().mission(monusco.id())).contains(monusco);
    }
}
