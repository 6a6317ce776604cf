package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.Stance;
import org.parley.model.Target;
import org.parley.store.NewIds;
import org.parley.store.Workspace;

class EditorTest {

    private static final Instant NOW = Instant.parse("2018-06-26T14:00:00Z");

    @TempDir
    Path dir;
    private Path file;
    private Workspace workspace;
    private Editor editor;
    private ProposalEdits edits;

    @BeforeEach
    void openSample() throws Exception {
        file = dir.resolve("edit.parley");
        workspace = Workspace.open(file);
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id), Clock.fixed(NOW, ZoneOffset.UTC));
        edits = new ProposalEdits(editor);
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    @Test
    void addAmendment_isStoredAndUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(file);
        Proposal ru = proposal("RU");
        Amendment draft = new Amendment(0, Target.mission(missionId("UNMISS")), AmendmentKind.PERCENT_CUT, 4000,
                "revision", Provenance.illustrative("typed in the room"));

        long id = edits.addAmendment(ru.id(), draft);

        assertThat(reload().proposal(ru.id()).orElseThrow().amendments()).extracting(Amendment::id).contains(id);
        Map<String, List<String>> after = DatabaseDump.of(file);
        editor.undo();
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        editor.redo();
        assertThat(DatabaseDump.of(file)).isEqualTo(after);
    }

    @Test
    void moveAmendment_carriesItsPositionAndCompromise_andUndoIsExact() throws Exception {
        Proposal ru = proposal("RU");
        Proposal cn = proposal("CN");
        Amendment moved = ru.amendments().get(0);
        giveItAPositionAndACompromise(moved);
        Map<String, List<String>> before = DatabaseDump.of(file);

        edits.moveAmendment(moved.id(), cn.id(), 0);

        NegotiationData data = reload();
        assertThat(data.proposal(cn.id()).orElseThrow().amendments().get(0)).isEqualTo(moved);
        assertThat(data.proposal(ru.id()).orElseThrow().amendments()).doesNotContain(moved);
        assertThat(data.positions()).extracting(Position::item).contains(Item.amendment(moved.id()));
        assertThat(editor.undoLabel()).contains("Move amendment");
        editor.undo();
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        assertThat(editor.canRedo()).isTrue();
    }

    @Test
    void reorder_withinAProposal_isOneUndo() throws Exception {
        Proposal ru = proposal("RU");
        List<Amendment> was = ru.amendments();
        Map<String, List<String>> before = DatabaseDump.of(file);

        edits.moveAmendment(was.get(0).id(), ru.id(), 3);

        List<Amendment> now = reload().proposal(ru.id()).orElseThrow().amendments();
        assertThat(now.get(2)).isEqualTo(was.get(0));
        assertThat(now.get(0)).isEqualTo(was.get(1));
        assertThat(editor.undoLabel()).contains("Reorder amendments");
        editor.undo();
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
    }

    @Test
    void deleteProposal_takesItsDependants_andUndoPutsEverythingBack() throws Exception {
        Proposal ru = proposal("RU");
        Amendment first = ru.amendments().get(0);
        long compromise = giveItAPositionAndACompromise(first);
        long scenario = ProposalEdits.next(editor.newIds(), NewIds.Kind.SCENARIO);
        editor.apply(editor.edit().create(Part.SCENARIOS, new Scenario(scenario, "Half", 0, List.of(
                ScenarioItem.proposal(ru.id(), Share.ofBasisPoints(5000)),
                ScenarioItem.compromise(compromise, Share.WHOLE)))).build("Add scenario", "Add scenario Half"));
        Map<String, List<String>> before = DatabaseDump.of(file);
        NegotiationData dataBefore = editor.data();

        edits.deleteProposal(ru.id());

        NegotiationData data = reload();
        assertThat(data.proposal(ru.id())).isEmpty();
        assertThat(data.compromises()).isEmpty();
        assertThat(data.scenario(scenario).orElseThrow().items()).isEmpty();
        assertThat(data.events()).noneMatch(e -> e.proposalIds().contains(ru.id()));
        editor.undo();
        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        assertThat(editor.data().proposals()).isEqualTo(dataBefore.proposals());
        assertThat(editor.data().events()).isEqualTo(dataBefore.events());
        assertThat(new HashSet<>(reload().positions())).isEqualTo(new HashSet<>(dataBefore.positions()));
    }

    @Test
    void duplicateProposal_copiesAmendmentsWithNewIds() throws Exception {
        Proposal cn = proposal("CN");

        long copy = edits.duplicateProposal(cn.id());

        Proposal p = reload().proposal(copy).orElseThrow();
        assertThat(p.title()).isEqualTo(cn.title() + " (copy)");
        assertThat(p.amendments()).hasSameSizeAs(cn.amendments());
        assertThat(p.amendments()).extracting(Amendment::id).doesNotContainAnyElementsOf(
                cn.amendments().stream().map(Amendment::id).toList());
    }

    @Test
    void aGestureTheModelRefuses_writesNothing() throws Exception {
        Map<String, List<String>> before = DatabaseDump.of(file);
        Proposal ru = proposal("RU");
        Proposal clash = new Proposal(ru.id(), 999_999, "unknown delegation", NOW, ru.status(), ru.provenance(),
                ru.amendments());

        assertThatThrownBy(() -> editor.apply(editor.edit().update(Part.PROPOSALS, clash).build("x", "x")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aSaveThatFailsAtTheLastStatement_leavesFileScreenAndHistoryAsTheyWere() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            // The history row is the last write of a gesture: failing there proves the rollback.
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON change_log BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
        }
        Map<String, List<String>> before = DatabaseDump.of(file);
        NegotiationData shown = editor.data();
        Proposal ru = proposal("RU");

        assertThatThrownBy(() -> edits.moveAmendment(ru.amendments().get(0).id(), ru.id(), 3))
                .isInstanceOf(EditException.class).hasMessageContaining("Could not save \"reorder amendments\"");

        assertThat(DatabaseDump.of(file)).isEqualTo(before);
        assertThat(editor.data()).isSameAs(shown);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void everyGestureIsInTheHistory_withUndoAndRedo() throws Exception {
        Proposal ru = proposal("RU");
        edits.moveAmendment(ru.amendments().get(0).id(), ru.id(), 2);
        editor.undo();
        editor.redo();

        assertThat(editor.changesSince(NOW.minusSeconds(1))).extracting(c -> c.description().substring(0, 6))
                .containsExactly("Move a", "Undo: ", "Redo: ");
        assertThat(editor.changesSince(NOW.plusSeconds(1))).isEmpty();
    }

    private long giveItAPositionAndACompromise(Amendment a) throws Exception {
        long eu = delegation("EU").id();
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.COMPROMISE);
        editor.apply(editor.edit()
                .create(Part.POSITIONS, new Position(eu, Item.amendment(a.id()), Stance.OPPOSES, "in the informals"))
                .create(Part.COMPROMISES, new Compromise(id, a.id(), "half of it", a.kind() == AmendmentKind.PERCENT_CUT
                        ? a.value() / 2 : a.value(), "the coordinator", NOW, CompromiseStatus.FLOATED))
                .build("Record position", "Record position"));
        return id;
    }

    private NegotiationData reload() throws Exception {
        NegotiationData loaded = workspace.loadNegotiation(editor.negotiationId());
        assertThat(loaded.proposals()).isEqualTo(editor.data().proposals());
        assertThat(loaded.events()).isEqualTo(editor.data().events());
        assertThat(loaded.scenarios()).isEqualTo(editor.data().scenarios());
        return loaded;
    }

    private Proposal proposal(String delegationCode) {
        long d = delegation(delegationCode).id();
        return editor.data().proposals().stream().filter(p -> p.delegationId() == d).findFirst().orElseThrow();
    }

    private Delegation delegation(String code) {
        return editor.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private long missionId(String code) {
        return editor.data().missionByCode(code).orElseThrow().id();
    }

}
