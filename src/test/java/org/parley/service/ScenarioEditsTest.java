package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Scenario;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.store.NewIds;

/** The scenario gestures on the real sample in a real workspace: stored, and undone exactly. */
class ScenarioEditsTest {

    private static final Instant NOW = SampleDesk.NOW;
    private static final Share HALF = Share.ofBasisPoints(5_000);

    @TempDir
    Path dir;
    private SampleDesk desk;
    private Editor editor;
    private ScenarioEdits edits;

    @BeforeEach
    void openSample() throws Exception {
        desk = new SampleDesk(dir);
        editor = desk.editor;
        edits = new ScenarioEdits(editor);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void create_storesAnEmptyScenario_andUndoRestoresTheFileExactly() throws Exception {
        Map<String, List<String>> before = desk.dump();

        long id = edits.create("Compromise B", 129_000_000);

        assertThat(desk.reload().scenario(id)).contains(new Scenario(id, "Compromise B", 129_000_000, List.of()));
        assertThat(editor.undoLabel()).contains("Add scenario");
        Map<String, List<String>> after = desk.dump();
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
        editor.redo();
        assertThat(desk.dump()).isEqualTo(after);
    }

    @Test
    void create_refusesABlankOrTakenName_andWritesNothing() throws Exception {
        edits.create("Half goes through", 0);
        Map<String, List<String>> before = desk.dump();

        assertThatThrownBy(() -> edits.create("  ", 0)).hasMessageContaining("Name: a scenario needs a name");
        assertThatThrownBy(() -> edits.create("half goes through", 0))
                .hasMessageContaining("Name: \"half goes through\" is already the name of another scenario");
        assertThatThrownBy(() -> edits.create("Other", -1)).hasMessageContaining("Target: a target must not be negative");

        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void edit_renamesAndRetargetsInOneGesture_andUndoIsExact() throws Exception {
        long id = edits.create("Plan A", 0);
        Map<String, List<String>> before = desk.dump();

        edits.edit(id, "Plan B", 129_000_000);

        assertThat(desk.reload().scenario(id).orElseThrow()).extracting(Scenario::name, Scenario::targetUsd)
                .containsExactly("Plan B", 129_000_000L);
        assertThat(editor.undoLabel()).contains("Edit scenario");
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void edit_keepingTheOwnName_isNotATakenName() throws Exception {
        long id = edits.create("Plan A", 0);

        edits.setTarget(id, 50_000_000);

        assertThat(editor.data().scenario(id).orElseThrow().targetUsd()).isEqualTo(50_000_000);
        assertThat(editor.undoLabel()).contains("Set scenario target");
    }

    @Test
    void duplicate_copiesTheItemsRightAfterIt_underAFreeName() throws Exception {
        long first = edits.create("Plan A", 7);
        edits.addItem(first, ScenarioItem.proposal(desk.proposal("RU").id(), HALF));
        edits.create("Plan Z", 0);

        long copy = edits.duplicate(first);
        long again = edits.duplicate(first);

        NegotiationData data = desk.reload();
        assertThat(data.scenarios()).extracting(Scenario::name)
                .containsExactly("Plan A", "Plan A (copy 2)", "Plan A (copy)", "Plan Z");
        assertThat(data.scenario(copy).orElseThrow().items()).isEqualTo(data.scenario(first).orElseThrow().items());
        assertThat(data.scenario(again).orElseThrow().targetUsd()).isEqualTo(7);
    }

    @Test
    void delete_removesTheScenarioWithItsItems_andUndoPutsItBack() throws Exception {
        long id = edits.create("Plan A", 0);
        edits.addItem(id, ScenarioItem.proposal(desk.proposal("RU").id(), HALF));
        edits.addItem(id, ScenarioItem.compromise(compromiseOn(desk.proposal("CN").amendments().get(0)), Share.WHOLE));
        Map<String, List<String>> before = desk.dump();

        edits.delete(id);

        assertThat(desk.reload().scenarios()).isEmpty();
        assertThat(desk.reload().proposals()).hasSize(3);
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addItem_aProposalAndACompromise_areStoredInOrder_andEachUndoesExactly() throws Exception {
        long id = edits.create("Plan A", 0);
        long compromise = compromiseOn(desk.proposal("CN").amendments().get(0));
        Map<String, List<String>> empty = desk.dump();

        edits.addItem(id, ScenarioItem.proposal(desk.proposal("RU").id(), Share.WHOLE));
        Map<String, List<String>> one = desk.dump();
        edits.addItem(id, ScenarioItem.compromise(compromise, HALF), 0);

        assertThat(desk.reload().scenario(id).orElseThrow().items()).containsExactly(
                ScenarioItem.compromise(compromise, HALF), ScenarioItem.proposal(desk.proposal("RU").id(), Share.WHOLE));
        editor.undo();
        assertThat(desk.dump()).isEqualTo(one);
        editor.undo();
        assertThat(desk.dump()).isEqualTo(empty);
    }

    @Test
    void addItem_whatTheScenarioAlreadyAdopts_isRefused() throws Exception {
        long id = edits.create("Plan A", 0);
        long ru = desk.proposal("RU").id();
        edits.addItem(id, ScenarioItem.proposal(ru, Share.WHOLE));

        assertThatThrownBy(() -> edits.addItem(id, ScenarioItem.proposal(ru, HALF)))
                .hasMessageContaining("already adopts RU \"");
    }

    @Test
    void setShare_changesThatItemOnly_andUndoIsExact() throws Exception {
        long id = edits.create("Plan A", 0);
        long ru = desk.proposal("RU").id();
        long cn = desk.proposal("CN").id();
        edits.addItem(id, ScenarioItem.proposal(ru, Share.WHOLE));
        edits.addItem(id, ScenarioItem.proposal(cn, Share.WHOLE));
        Map<String, List<String>> before = desk.dump();

        edits.setShare(id, ScenarioItem.Kind.PROPOSAL, cn, Share.parsePercent("12.5"));

        assertThat(desk.reload().scenario(id).orElseThrow().items()).containsExactly(
                ScenarioItem.proposal(ru, Share.WHOLE), ScenarioItem.proposal(cn, Share.ofBasisPoints(1_250)));
        assertThat(editor.undoLabel()).contains("Set share");
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void moveItem_reordersTheItems_andUndoIsExact() throws Exception {
        long id = edits.create("Plan A", 0);
        List<Long> proposals = editor.data().proposals().stream().map(Proposal::id).toList();
        for (long p : proposals) {
            edits.addItem(id, ScenarioItem.proposal(p, Share.WHOLE));
        }
        Map<String, List<String>> before = desk.dump();

        edits.moveItem(id, ScenarioItem.Kind.PROPOSAL, proposals.get(0), 2);

        assertThat(desk.reload().scenario(id).orElseThrow().items()).extracting(ScenarioItem::id)
                .containsExactly(proposals.get(1), proposals.get(2), proposals.get(0));
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void removeItem_takesItOut_andUndoIsExact() throws Exception {
        long id = edits.create("Plan A", 0);
        long ru = desk.proposal("RU").id();
        edits.addItem(id, ScenarioItem.proposal(ru, Share.WHOLE));
        Map<String, List<String>> before = desk.dump();

        edits.removeItem(id, ScenarioItem.Kind.PROPOSAL, ru);

        assertThat(desk.reload().scenario(id).orElseThrow().items()).isEmpty();
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addUsualScenarios_createsThreeWithEveryProposal_andOneUndoTakesThemAll() throws Exception {
        Map<String, List<String>> before = desk.dump();

        List<Long> ids = edits.addUsualScenarios();

        NegotiationData data = desk.reload();
        assertThat(data.scenarios()).extracting(Scenario::name)
                .containsExactly("All proposals in full", "Half goes through", "A quarter goes through");
        Scenario half = data.scenario(ids.get(1)).orElseThrow();
        assertThat(half.targetUsd()).isZero();
        assertThat(half.items()).extracting(ScenarioItem::id)
                .containsExactlyElementsOf(data.proposals().stream().map(Proposal::id).toList());
        assertThat(half.items()).extracting(ScenarioItem::share).containsOnly(HALF);
        assertThat(data.scenario(ids.get(2)).orElseThrow().items()).extracting(ScenarioItem::share)
                .containsOnly(Share.ofBasisPoints(2_500));
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addUsualScenarios_addsOnlyThoseNotThereYet() throws Exception {
        edits.create("Half goes through", 0);

        assertThat(edits.addUsualScenarios()).hasSize(2);
        assertThat(editor.data().scenarios()).extracting(Scenario::name)
                .containsExactly("Half goes through", "All proposals in full", "A quarter goes through");
        String label = editor.undoLabel().orElseThrow();
        assertThat(edits.addUsualScenarios()).isEmpty();
        assertThat(editor.undoLabel()).contains(label);
    }

    @Test
    void addUsualScenarios_leavesWithdrawnProposalsOut() throws Exception {
        Proposal us = desk.proposal("US");
        new ProposalEdits(editor).updateProposal(new Proposal(us.id(), us.delegationId(), us.title(), us.tabledAt(),
                ProposalStatus.WITHDRAWN, us.provenance(), us.amendments()));

        edits.addUsualScenarios();

        assertThat(editor.data().scenarios().get(0).items()).extracting(ScenarioItem::id)
                .containsExactly(desk.proposal("RU").id(), desk.proposal("CN").id());
    }

    private long compromiseOn(Amendment a) throws Exception {
        long id = ProposalEdits.next(editor.newIds(), NewIds.Kind.COMPROMISE);
        editor.apply(editor.edit().create(Part.COMPROMISES, new Compromise(id, a.id(), "keep one", 0,
                "the coordinator", NOW, CompromiseStatus.FLOATED)).build("Add compromise", "Add compromise"));
        return id;
    }

}
