package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.Refused;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;
import org.parley.model.Target;
import org.parley.store.NewIds;

class EditorTest extends ProposalDeskTest {

    private static final Instant NOW = SampleDesk.NOW;

    @Test
    void addAmendment_isStoredAndUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Proposal ru = desk.proposal("RU");
        Amendment draft = new Amendment(0, Target.mission(desk.mission("UNMISS").id()), AmendmentKind.PERCENT_CUT, 4000,
                "revision", Provenance.illustrative("typed in the room"));

        long id = edits.addAmendment(ru.id(), draft);

        assertThat(desk.reload().proposal(ru.id()).orElseThrow().amendments()).extracting(Amendment::id).contains(id);
        Map<String, List<String>> after = desk.dump();
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        editor.redo();
        assertThat(desk.dump()).isEqualTo(after);
    }

    @Test
    void moveAmendment_carriesItsPositionAndCompromise_andUndoIsExact() throws Exception {
        Proposal ru = desk.proposal("RU");
        Proposal cn = desk.proposal("CN");
        Amendment moved = ru.amendments().get(0);
        giveItAPositionAndACompromise(moved);
        Map<String, List<String>> before = desk.dump();

        edits.moveAmendment(moved.id(), cn.id(), 0);

        NegotiationData data = desk.reload();
        assertThat(data.proposal(cn.id()).orElseThrow().amendments().get(0)).isEqualTo(moved);
        assertThat(data.proposal(ru.id()).orElseThrow().amendments()).doesNotContain(moved);
        assertThat(data.positions()).extracting(Position::item).contains(Item.amendment(moved.id()));
        assertThat(editor.undoLabel()).contains("Move amendment");
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editor.canRedo()).isTrue();
    }

    @Test
    void reorder_withinAProposal_isOneUndo() throws Exception {
        Proposal ru = desk.proposal("RU");
        List<Amendment> was = ru.amendments();
        Map<String, List<String>> before = desk.dump();

        edits.moveAmendment(was.get(0).id(), ru.id(), 3);

        List<Amendment> now = desk.reload().proposal(ru.id()).orElseThrow().amendments();
        assertThat(now.get(2)).isEqualTo(was.get(0));
        assertThat(now.get(0)).isEqualTo(was.get(1));
        assertThat(editor.undoLabel()).contains("Reorder amendments");
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void deleteProposal_takesItsDependants_andUndoPutsEverythingBack() throws Exception {
        Proposal ru = desk.proposal("RU");
        Amendment first = ru.amendments().get(0);
        long compromise = giveItAPositionAndACompromise(first);
        long scenario = ProposalEdits.next(editor.newIds(), NewIds.Kind.SCENARIO);
        editor.apply(editor.edit().create(Part.SCENARIOS, new Scenario(scenario, "Half", 0, List.of(
                ScenarioItem.proposal(ru.id(), Share.ofBasisPoints(5000)),
                ScenarioItem.compromise(compromise, Share.WHOLE)))).build("Add scenario", "Add scenario Half"));
        Map<String, List<String>> before = desk.dump();
        NegotiationData dataBefore = editor.data();

        edits.deleteProposal(ru.id());

        NegotiationData data = desk.reload();
        assertThat(data.proposal(ru.id())).isEmpty();
        assertThat(data.compromises()).isEmpty();
        assertThat(data.scenario(scenario).orElseThrow().items()).isEmpty();
        assertThat(data.events()).noneMatch(e -> e.proposalIds().contains(ru.id()));
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editor.data().proposals()).isEqualTo(dataBefore.proposals());
        assertThat(editor.data().events()).isEqualTo(dataBefore.events());
        assertThat(new HashSet<>(desk.reload().positions())).isEqualTo(new HashSet<>(dataBefore.positions()));
    }

    @Test
    void duplicateProposal_copiesAmendmentsWithNewIds() throws Exception {
        Proposal cn = desk.proposal("CN");

        long copy = edits.duplicateProposal(cn.id());

        Proposal p = desk.reload().proposal(copy).orElseThrow();
        assertThat(p.title()).isEqualTo(cn.title() + " (copy)");
        assertThat(p.amendments()).hasSameSizeAs(cn.amendments());
        assertThat(p.amendments()).extracting(Amendment::id).doesNotContainAnyElementsOf(
                cn.amendments().stream().map(Amendment::id).toList());
    }

    @Test
    void aGestureTheModelRefuses_writesNothing() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Proposal ru = desk.proposal("RU");
        Proposal clash = new Proposal(ru.id(), 999_999, "unknown delegation", NOW, ru.status(), ru.provenance(),
                ru.amendments());

        assertThatThrownBy(() -> editor.apply(editor.edit().update(Part.PROPOSALS, clash).build("x", "x")))
                .isInstanceOf(Refused.class);

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aSaveThatFailsAtTheLastStatement_leavesFileScreenAndHistoryAsTheyWere() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + desk.file); var s = c.createStatement()) {
            // The history row is the last write of a gesture: failing there proves the rollback.
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }
        Map<String, List<String>> before = desk.dump();
        NegotiationData shown = editor.data();
        Proposal ru = desk.proposal("RU");

        assertThatThrownBy(() -> edits.moveAmendment(ru.amendments().get(0).id(), ru.id(), 3))
                .isInstanceOf(EditException.class).hasMessageContaining("Could not save \"reorder amendments\"");

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editor.data()).isSameAs(shown);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void everyGestureIsInTheHistory_withUndoAndRedo() throws Exception {
        Proposal ru = desk.proposal("RU");
        edits.moveAmendment(ru.amendments().get(0).id(), ru.id(), 2);
        editor.undo();
        editor.redo();

        // the sample replays 26 Jun 2018: the history is read on the desk's clock (decision 0029)
        Instant deskNow = editor.deskClock().now();
        assertThat(editor.changesSince(deskNow.minusSeconds(1))).extracting(c -> c.description().substring(0, 6))
                .containsExactly("Move a", "Undo: ", "Redo: ");
        assertThat(editor.changesSince(deskNow.minusSeconds(1))).allSatisfy(c -> {
            assertThat(c.at()).isEqualTo(NOW);
            assertThat(c.deskAt()).isEqualTo(deskNow);
        });
        assertThat(editor.changesSince(deskNow.plusSeconds(1))).isEmpty();
    }

    private long giveItAPositionAndACompromise(Amendment a) throws Exception {
        long eu = desk.delegation("EU").id();
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.COMPROMISE);
        editor.apply(editor.edit()
                .create(Part.POSITIONS, new Position(eu, Item.amendment(a.id()), Stance.OPPOSES, "in the informals"))
                .create(Part.COMPROMISES, new Compromise(id, a.id(), "half of it", a.kind() == AmendmentKind.PERCENT_CUT
                        ? a.value() / 2 : a.value(), "the coordinator", NOW, CompromiseStatus.FLOATED))
                .build("Record position", "Record position"));
        return id;
    }

}
