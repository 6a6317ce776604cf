package org.parley.ui.compromises;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.CompromiseStatus;
import org.parley.model.MissionStatus;
import org.parley.model.Problem;
import org.parley.ui.common.SampleEditing;

class CompromisesViewModelTest {

    private static final String FLOATED = "26 Jun 2018 11:00";

    @TempDir
    Path dir;
    private SampleEditing desk;
    private CompromisesViewModel vm;
    private Amendment ruMonusco;
    private Amendment ruUnisfa;
    private Instant deskNow = Instant.parse("2018-06-26T13:00:00Z");

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        vm = new CompromisesViewModel(desk.editing, () -> deskNow);
        desk.editor.addListener(vm::onApplied);
        ruMonusco = desk.amendment("RU", "MONUSCO / Human rights");
        ruUnisfa = desk.amendment("RU", "UNISFA / Human rights");
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void add_listsTheOutcomeAgainstTheAmendment() {
        vm.followedAmendmentProperty().set(ruMonusco.id());

        vm.add(draft(ruMonusco, "−25% instead of −50%", "25"));

        assertThat(vm.getRows()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("−25% instead of −50%");
            assertThat(r.amendment()).isEqualTo("RU −50% MONUSCO / Human rights");
            assertThat(r.when()).isEqualTo(FLOATED);
        });
    }

    @Test
    void followingAnAmendment_listsOnlyItsCompromises_elseAllByMission() {
        vm.add(draft(ruMonusco, "quarter", "25"));
        vm.add(draft(ruUnisfa, "quarter", "25"));

        vm.followedAmendmentProperty().set(ruUnisfa.id());
        assertThat(vm.getRows()).extracting(r -> r.compromise().amendmentId()).containsExactly(ruUnisfa.id());
        assertThat(vm.headingProperty().get()).isEqualTo("Compromises on RU −50% UNISFA / Human rights");

        vm.followProperty().set(false);
        assertThat(vm.getRows()).hasSize(2);
        vm.missionFilterProperty().set(desk.editor.data().missionByCode("MONUSCO").orElseThrow());
        assertThat(vm.getRows()).extracting(r -> r.compromise().amendmentId()).containsExactly(ruMonusco.id());
    }

    @Test
    void aRevisedProposal_leavesItsCompromiseMarkedSuperseded_andTheOpenOneFloatedAgainOnRev1() throws Exception {
        vm.followProperty().set(false);
        vm.add(draft(ruMonusco, "quarter", "25"));
        long ru = desk.editor.data().proposalOfAmendment(ruMonusco.id()).orElseThrow().id();

        new org.parley.service.ProposalEdits(desk.editor).reviseProposal(ru, deskNow);

        assertThat(vm.getRows()).extracting(CompromiseRow::amendment).containsExactly(
                "RU −50% MONUSCO / Human rights (superseded)", "RU −50% MONUSCO / Human rights");
    }

    @Test
    void problems_nameTheFieldThatCannotBeRead() {
        assertThat(vm.problems(ruMonusco, "half", "half", "tomorrow")).extracting(Problem::toString).containsExactly(
                "Value: \"half\" is not a percentage",
                "Floated on: \"tomorrow\" is not a date and time: write it as 26 Jun 2018 09:00 (New York time)");
    }

    @Test
    void problems_applyTheCompromiseRules() {
        assertThat(vm.problems(ruMonusco, "", "25", "2018-08-01 10:00")).extracting(Problem::field)
                .containsExactly("Description", "Floated on");
    }

    @Test
    void markAgreed_putsTheMissionAdRef_andUndoReopensIt() {
        vm.add(draft(ruMonusco, "quarter", "25"));
        long id = desk.editor.data().compromises().get(0).id();

        vm.setStatus(id, CompromiseStatus.AGREED_AD_REF);

        assertThat(desk.editor.data().missionByCode("MONUSCO").orElseThrow().status()).isEqualTo(MissionStatus.AD_REF);
        assertThat(desk.editing.undoTextProperty().get()).isEqualTo("Undo mark compromise agreed ad ref");
        desk.editing.undo();
        assertThat(desk.editor.data().missionByCode("MONUSCO").orElseThrow().status()).isEqualTo(MissionStatus.OPEN);
    }

    @Test
    void delete_asksFirst_andDoesNothingWhenDeclined() {
        vm.add(draft(ruMonusco, "quarter", "25"));
        long id = desk.editor.data().compromises().get(0).id();
        desk.dialogs.answer = false;

        vm.delete(id);

        assertThat(desk.dialogs.questions).singleElement().asString().startsWith("Delete the compromise \"quarter\"?");
        assertThat(desk.editor.data().compromises()).hasSize(1);
        desk.dialogs.answer = true;
        vm.delete(id);
        assertThat(desk.editor.data().compromises()).isEmpty();
    }

    @Test
    void defaultDate_isTheDesksNow_keptInsideTheNegotiation() {
        assertThat(vm.defaultWhen()).isEqualTo("26 Jun 2018 09:00");
        deskNow = Instant.parse("2018-07-03T12:00:00Z");
        assertThat(vm.defaultWhen()).isEqualTo("1 Jul 2018 00:00");
    }

    @Test
    void aRefusedGesture_isReportedAndChangesNothing() {
        vm.add(new CompromisesViewModel.Draft(ruMonusco.id(), "too much", 15_000, "", Instant.parse("2018-06-26T15:00:00Z"),
                CompromiseStatus.FLOATED));

        assertThat(desk.dialogs.errors).singleElement().asString()
                .isEqualTo("Add compromise: not possible: Value: a percentage must be between 0 and 100");
        assertThat(desk.editor.data().compromises()).isEmpty();
    }

    private CompromisesViewModel.Draft draft(Amendment a, String description, String value) {
        assertThat(vm.problems(a, description, value, FLOATED)).isEmpty();
        return vm.draft(a, description, value, "the coordinator", FLOATED, CompromiseStatus.FLOATED);
    }
}
