package org.parley.ui.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Item;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.ui.common.SampleEditing;

class PositionsViewModelTest {

    @TempDir
    Path dir;
    private SampleEditing desk;
    private FakePrompts prompts;
    private PositionsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        vm = new PositionsViewModel(desk.editing);
        desk.editor.addListener(vm::onApplied);
        prompts = new FakePrompts();
        vm.setPrompts(prompts);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void rows_areOurLineThenEveryDelegationAndGroup() {
        assertThat(vm.getRows().get(0)).isInstanceOf(MatrixRow.OurLines.class);
        assertThat(vm.getRows()).hasSize(1 + desk.editor.data().delegations().size());
        assertThat(vm.texts().row(row("G77"))).isEqualTo("G77 and China  [group]");
        assertThat(vm.texts().rowTooltip(row("G77"))).contains("China").contains("Egypt");
    }

    @Test
    void columns_areTheAmendmentsOnTheTable_orTheMissions() {
        int amendments = desk.editor.data().proposals().stream().mapToInt(p -> p.amendments().size()).sum();
        assertThat(vm.getItems()).hasSize(amendments).allMatch(i -> i.kind() == Item.Kind.AMENDMENT);

        vm.columnsProperty().set(PositionsViewModel.Columns.MISSIONS);

        assertThat(vm.getItems()).hasSize(16).allMatch(i -> i.kind() == Item.Kind.MISSION);
    }

    @Test
    void missionFilter_keepsOnlyTheItemsOnThatMission() {
        vm.missionFilterProperty().set(desk.editor.data().missionByCode("UNISFA").orElseThrow());

        assertThat(vm.getItems()).isNotEmpty().allMatch(i -> vm.texts().header(i).contains("UNISFA"));
    }

    @Test
    void groupFilter_showsTheGroupThenItsMembers() {
        vm.groupFilterProperty().set(desk.delegation("CANZ"));

        assertThat(vm.getRows()).extracting(r -> vm.texts().row(r).strip())
                .containsExactly("Our line ⇢ fallback", "CANZ (Canada, Australia, New Zealand)  [group]", "Canada", "Australia", "New Zealand");
    }

    @ParameterizedTest(name = "\"{0}\" sets {1}")
    @CsvSource({"s, SUPPORTS", "F, FLEXIBLE", "o, OPPOSES", "R, RED_LINE", "u, UNKNOWN", "?, UNKNOWN"})
    void typedKeys_nameTheirStance(String key, Stance stance) {
        assertThat(StanceKeys.of(key)).contains(stance);
    }

    @Test
    void otherKeys_setNothing() {
        assertThat(StanceKeys.of("q")).isEmpty();
    }

    @Test
    void setStances_storesThem_andTheCellSaysMarkAndLabel() {
        Item first = vm.getItems().get(0);

        vm.setStances(List.of(new Position.Key(desk.delegation("EU").id(), first)), Stance.RED_LINE);

        assertThat(vm.texts().cell(row("EU"), first)).isEqualTo("✕ red line");
        assertThat(desk.editor.data().positions()).extracting(Position::stance).containsExactly(Stance.RED_LINE);
    }

    @Test
    void edit_aDelegationCell_storesStanceAndNote_andMarksTheNote() {
        Item first = vm.getItems().get(0);
        prompts.stanceAndNote = Optional.of(new PositionPrompts.StanceAndNote(Stance.FLEXIBLE, "can live with 25%"));

        vm.edit(row("EU"), first);

        assertThat(prompts.lastInitial).isEqualTo(Stance.UNKNOWN);
        assertThat(vm.texts().cell(row("EU"), first)).isEqualTo("~ flexible ✎");
    }

    @Test
    void edit_ourLineRow_storesLineAndFallback() {
        Item first = vm.getItems().get(0);
        prompts.ourLine = Optional.of(new PositionPrompts.LineAndFallback("No cut", "At most 10%"));

        vm.edit(vm.getRows().get(0), first);

        assertThat(vm.texts().cell(vm.getRows().get(0), first)).isEqualTo("No cut ⇢ At most 10%");
    }

    @Test
    void dropOfAProposal_onItsTablersRow_offersSupports_andRecordsEveryAmendmentInOneUndo() {
        Proposal ru = desk.proposal("RU");
        prompts.stance = Optional.of(Stance.SUPPORTS);

        vm.drop(PositionsViewModel.DropKind.PROPOSAL, ru.id(), row("RU"));

        assertThat(prompts.lastInitial).isEqualTo(Stance.SUPPORTS);
        assertThat(desk.editor.data().positions()).hasSize(ru.amendments().size());
        desk.editing.undo();
        assertThat(desk.editor.data().positions()).isEmpty();
    }

    @Test
    void dropOfAnAmendment_onAnotherDelegation_offersUnknown() {
        long amendment = desk.proposal("RU").amendments().get(0).id();
        prompts.stance = Optional.of(Stance.OPPOSES);

        vm.drop(PositionsViewModel.DropKind.AMENDMENT, amendment, row("EU"));

        assertThat(prompts.lastInitial).isEqualTo(Stance.UNKNOWN);
        assertThat(vm.texts().position(desk.delegation("EU").id(), Item.amendment(amendment)))
                .map(Position::stance).contains(Stance.OPPOSES);
    }

    @Test
    void aCancelledDrop_recordsNothing() {
        vm.drop(PositionsViewModel.DropKind.PROPOSAL, desk.proposal("RU").id(), row("EU"));

        assertThat(prompts.asked).hasSize(1);
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void drops_areRefusedOnOurLineRow_andForUnknownIds() {
        long ru = desk.proposal("RU").id();

        assertThat(vm.canDrop(PositionsViewModel.DropKind.PROPOSAL, ru, vm.getRows().get(0))).isFalse();
        assertThat(vm.canDrop(PositionsViewModel.DropKind.PROPOSAL, 999_999, row("EU"))).isFalse();
        assertThat(vm.canDrop(PositionsViewModel.DropKind.PROPOSAL, ru, row("EU"))).isTrue();
    }

    @Test
    void stanceOnProposal_fromTheMenu_offersTheRowsOwnProposal() {
        prompts.proposalStance = Optional.of(new PositionPrompts.ProposalStance(desk.proposal("CN"), Stance.SUPPORTS));

        vm.stanceOnProposal(row("CN"));

        assertThat(prompts.asked.get(0)).endsWith("CN: " + desk.proposal("CN").title());
        assertThat(desk.editor.data().positions()).hasSize(desk.proposal("CN").amendments().size());
    }

    @Test
    void details_ofTheSelectedItem_listWhoStandsWhereWithNotes() {
        Item first = vm.getItems().get(0);
        desk.editing.run("x", () -> new org.parley.service.PositionEdits(desk.editor)
                .setStance(desk.delegation("EU").id(), first, Stance.OPPOSES, "in the informals"));

        vm.selectedItemProperty().set(first);

        assertThat(vm.detailsProperty().get()).contains("− opposes:\n  EU — “in the informals”");
    }

    @Test
    void itemRows_followTheItems_oneEach_andTheFilters() {
        assertThat(vm.getItemRows()).extracting(ItemRow::item).containsExactlyElementsOf(vm.getItems());

        vm.columnsProperty().set(PositionsViewModel.Columns.MISSIONS);

        assertThat(vm.getItemRows()).hasSize(16).extracting(ItemRow::item).containsExactlyElementsOf(vm.getItems());
        assertThat(vm.itemsTitle()).isEqualTo("Mission");
    }

    @Test
    void aStanceKeyOverCells_setsItOnTheDelegationCells_andLeavesOurLineAlone() {
        ItemRow first = vm.getItemRows().get(0);
        ItemRow second = vm.getItemRows().get(1);

        boolean taken = vm.stanceByKey("o", List.of(new PositionsViewModel.Cell(first, row("EU")),
                new PositionsViewModel.Cell(second, row("JP")), new PositionsViewModel.Cell(first, vm.getRows().get(0))));

        assertThat(taken).isTrue();
        assertThat(desk.editor.data().positions()).extracting(Position::delegationId, Position::item, Position::stance)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(desk.delegation("EU").id(), first.item(),
                        Stance.OPPOSES), org.assertj.core.groups.Tuple.tuple(desk.delegation("JP").id(), second.item(),
                        Stance.OPPOSES));
        assertThat(desk.editor.data().ourLines()).isEmpty();
        assertThat(vm.cellText(first, row("EU"))).isEqualTo("− opposes");
        assertThat(vm.cellStyleClass(first, row("EU"))).isEqualTo("stance-opposes");
        assertThat(vm.cellStyleClass(second, row("EU"))).isNull();
        desk.editing.undo();
        assertThat(desk.editor.data().positions()).as("one gesture").isEmpty();
    }

    @Test
    void otherKeysOverCells_areNotTaken_andChangeNothing() {
        assertThat(vm.stanceByKey("q", List.of(new PositionsViewModel.Cell(vm.getItemRows().get(0), row("EU")))))
                .isFalse();
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void stanceChoices_nameEachStanceWithItsKey_andTheKeySetsIt() {
        assertThat(PositionsViewModel.stanceChoices()).extracting(PositionsViewModel.StanceChoice::text)
                .containsExactly("+ supports    (S)", "~ flexible    (F)", "− opposes    (O)", "✕ red line    (R)",
                        "? unknown    (U)");
        for (PositionsViewModel.StanceChoice c : PositionsViewModel.stanceChoices()) {
            assertThat(StanceKeys.of(c.key())).as(c.text()).isPresent();
        }
    }

    @Test
    void editOfACell_isTheEditOfItsLineAndItem() {
        ItemRow first = vm.getItemRows().get(0);
        prompts.stanceAndNote = Optional.of(new PositionPrompts.StanceAndNote(Stance.RED_LINE, "never"));

        vm.edit(new PositionsViewModel.Cell(first, row("CN")));

        assertThat(vm.texts().position(desk.delegation("CN").id(), first.item()))
                .map(Position::note).contains("never");
    }

    @Test
    void columns_areTitledByTheDelegationsName_andTellWhatADropDoes() {
        assertThat(vm.columnTitle(row("CN"))).isEqualTo("China");
        assertThat(vm.columnTitle(row("G77"))).isEqualTo("G77 and China  [group]");
        assertThat(vm.columnTitle(vm.getRows().get(0))).isEqualTo("Our line ⇢ fallback");
        assertThat(vm.columnTooltip(row("CN"))).contains("China (CN)").contains("Drop an amendment or a proposal");
        assertThat(vm.itemText(vm.getItemRows().get(0)))
                .isEqualTo(vm.texts().tabler(vm.getItems().get(0)) + " " + desk.editor.data().describe(vm.getItems().get(0)));
    }

    @Test
    void selectingAnItemRow_showsItsDetails() {
        vm.select(vm.getItemRows().get(0));

        assertThat(vm.selectedItemProperty().get()).isEqualTo(vm.getItems().get(0));
        vm.select(null);
        assertThat(vm.detailsProperty().get()).startsWith("Select a cell");
    }

    private MatrixRow row(String code) {
        return vm.getRows().stream().filter(r -> r instanceof MatrixRow.OfDelegation d
                && d.delegation().code().equals(code)).findFirst().orElseThrow();
    }
}
