package org.parley.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.DeskClock;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Provenance;
import org.parley.model.ProposedCuts;
import org.parley.model.Target;
import org.parley.service.SampleDesk;
import org.parley.ui.common.FakeDialogs;
import org.parley.ui.main.MainViewModel;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.proposals.ProposalForms.AmendmentFields;
import org.parley.ui.proposals.ProposalForms.ProposalFields;

/**
 * The proposal gestures as the desk runs them (the main view model refreshing the panes after
 * each), on the sample in a real workspace, with the user played by fakes.
 */
class ProposalEditingTest {

    private static final Clock WALL = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private SampleDesk sample;
    private final FakeForms forms = new FakeForms();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final MainViewModel desk = new MainViewModel();
    private ProposalEditing editing;
    private AmendmentEditing amendments;

    @BeforeEach
    void openSample() throws Exception {
        sample = new SampleDesk(dir, WALL);
        NegotiationData data = sample.editor.data();
        desk.show(data, ProposedCuts.of(data), sample.file, DeskClock.forNegotiation(data.negotiation(), WALL));
        desk.attach(sample.editor, dialogs, forms);
        desk.appliedListeners().forEach(sample.editor::addListener); // as the desk session does
        editing = desk.proposalEditing();
        amendments = editing.amendments();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void droppingALine_opensTheFormWithTheTargetAndAPercentCut_andOkAddsTheAmendment() throws Exception {
        Target hr = line("MONUSCO", 0);
        forms.answerAmendmentWith(2_500);

        boolean done = amendments.drop(new DropPayload.OfTarget(hr), DropSpot.onProposal(us().id()), false);

        assertThat(done).isTrue();
        AmendmentFields asked = forms.amendmentsAsked.get(0);
        assertThat(asked.target()).isEqualTo(hr);
        assertThat(asked.kind()).isEqualTo(AmendmentKind.PERCENT_CUT);
        assertThat(asked.value()).isNull();
        assertThat(asked.provenance()).as("a figure typed at the desk is not the proposal's press source")
                .isEqualTo(Provenance.UNSOURCED);
        Amendment added = last(stored(us()));
        assertThat(added.target()).isEqualTo(hr);
        assertThat(added.value()).isEqualTo(2_500);
        assertThat(sample.editor.undoLabel()).contains("Add amendment");
    }

    @Test
    void droppingAPostRow_startsTheFormOnAbolishPosts() {
        Mission m = sample.mission("MONUSCO");
        BudgetLine hr = m.lines().get(0);
        Target post = Target.post(m.id(), hr.id(), hr.posts().get(0).id());

        amendments.drop(new DropPayload.OfTarget(post), DropSpot.onProposal(us().id()), false);

        assertThat(forms.amendmentsAsked.get(0).kind()).isEqualTo(AmendmentKind.ABOLISH_POSTS);
    }

    @Test
    void afterADrop_theNewAmendmentIsSelectedInItsProposal() {
        forms.answerAmendmentWith(1_000);

        amendments.drop(new DropPayload.OfTarget(line("UNMISS", 0)), DropSpot.onProposal(us().id()), false);

        assertThat(desk.proposals().selectedProposalProperty().get().id()).isEqualTo(us().id());
        assertThat(desk.proposals().selectedAmendmentIdProperty().get()).isEqualTo(last(us().amendments()).id());
        assertThat(desk.proposals().getAmendments()).hasSize(2);
    }

    @Test
    void cancellingTheForm_addsNothing() {
        amendments.drop(new DropPayload.OfTarget(line("MONUSCO", 0)), DropSpot.onProposal(us().id()), false);

        assertThat(us().amendments()).hasSize(1);
        assertThat(sample.editor.canUndo()).isFalse();
    }

    @Test
    void anAnswerTheServiceRefuses_isReportedAndNothingIsStored() throws Exception {
        Target hr = line("MONUSCO", 0);
        forms.amendmentAnswer = f -> new AmendmentFields(f.proposalId(), f.target(), AmendmentKind.AMOUNT_CUT,
                Long.MAX_VALUE / 2, "", f.provenance());

        amendments.drop(new DropPayload.OfTarget(hr), DropSpot.onProposal(us().id()), false);

        assertThat(dialogs.errors).singleElement().asString().contains("Value: an amount cut cannot exceed");
        assertThat(stored(us())).hasSize(1);
    }

    @Test
    void canDrop_saysNoWhereADropMeansNothing() {
        DropPayload hr = new DropPayload.OfTarget(line("MONUSCO", 0));
        assertThat(amendments.canDrop(hr, DropSpot.onProposal(us().id()))).isTrue();
        assertThat(amendments.canDrop(hr, null)).isFalse();
        assertThat(amendments.canDrop(hr, DropSpot.onProposal(999_999))).isFalse();
        assertThat(amendments.canDrop(new DropPayload.OfTarget(Target.line(sample.mission("MONUSCO").id(), 999_999)),
                DropSpot.onProposal(us().id()))).isFalse();
        assertThat(amendments.canDrop(new DropPayload.OfAmendment(999_999), DropSpot.onProposal(us().id()))).isFalse();
        assertThat(amendments.canDrop(null, DropSpot.onProposal(us().id()))).isFalse();
    }

    @Test
    void droppingAnAmendmentLowerInItsProposal_putsItIntoTheGap() throws Exception {
        List<Amendment> was = ru().amendments();

        amendments.drop(new DropPayload.OfAmendment(was.get(0).id()), new DropSpot(ru().id(), 3), false);

        assertThat(stored(ru()).subList(0, 3)).containsExactly(was.get(1), was.get(2), was.get(0));
        assertThat(desk.proposals().selectedAmendmentIdProperty().get()).isEqualTo(was.get(0).id());
    }

    @Test
    void droppingAnAmendmentOnAnotherProposal_movesIt_andWithCopyCopiesIt() throws Exception {
        Amendment first = ru().amendments().get(0);
        Amendment second = ru().amendments().get(1);

        amendments.drop(new DropPayload.OfAmendment(first.id()), DropSpot.onProposal(us().id()), false);
        amendments.drop(new DropPayload.OfAmendment(second.id()), DropSpot.onProposal(us().id()), true);

        assertThat(stored(us())).hasSize(3).contains(first);
        assertThat(stored(ru())).doesNotContain(first).contains(second);
        assertThat(last(stored(us())).target()).isEqualTo(second.target());
        assertThat(last(stored(us())).id()).isNotEqualTo(second.id());
    }

    @Test
    void altDown_thenAltUp_putsTheAmendmentBack_andAtTheEdgeNothingHappens() {
        List<Amendment> was = ru().amendments();

        amendments.moveBy(was.get(0).id(), 1);
        assertThat(ru().amendments().get(1)).isEqualTo(was.get(0));
        amendments.moveBy(was.get(0).id(), -1);
        assertThat(ru().amendments()).isEqualTo(was);
        amendments.moveBy(was.get(0).id(), -1);
        assertThat(sample.editor.undoLabel()).contains("Reorder amendments");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void undoingADrop_removesTheAmendment_andKeepsTheProposalSelected() throws Exception {
        forms.answerAmendmentWith(1_000);
        amendments.drop(new DropPayload.OfTarget(line("UNMISS", 0)), DropSpot.onProposal(us().id()), false);

        desk.editing().undo();

        assertThat(stored(us())).hasSize(1);
        assertThat(desk.proposals().selectedProposalProperty().get().id()).isEqualTo(us().id());
        assertThat(desk.proposals().selectedAmendmentIdProperty().get()).isNull();
    }

    @Test
    void deleteProposal_asksSayingWhatGoesWithIt_andNoKeepsIt() {
        dialogs.answer = false;

        editing.delete(ru().id());

        assertThat(dialogs.questions).singleElement().asString().contains("With it go: 10 amendments");
        assertThat(sample.editor.data().proposal(ru().id())).isPresent();
        dialogs.answer = true;
        long id = ru().id();
        editing.delete(id);
        assertThat(sample.editor.data().proposal(id)).isEmpty();
    }

    @Test
    void deleteAmendment_withNothingOnIt_doesNotAsk_andSelectsTheNextOne() {
        List<Amendment> was = ru().amendments();

        amendments.delete(was.get(0).id());

        assertThat(dialogs.questions).isEmpty();
        assertThat(ru().amendments()).doesNotContain(was.get(0));
        assertThat(desk.proposals().selectedAmendmentIdProperty().get()).isEqualTo(was.get(1).id());
    }

    @Test
    void newProposal_startsWithTheSelectedDelegationAndTheDeskTime_andSelectsIt() {
        desk.proposals().select(cn().id(), null);
        forms.proposalAnswer = f -> new ProposalFields(f.delegationId(), "Revised cuts", f.tabledAt(), f.status(),
                f.provenance());

        editing.newProposal();

        ProposalFields asked = forms.proposalsAsked.get(0);
        assertThat(asked.delegationId()).isEqualTo(cn().delegationId());
        assertThat(asked.tabledAt()).isEqualTo(Instant.parse("2018-06-26T13:00:00Z"));
        Proposal made = desk.proposals().selectedProposalProperty().get();
        assertThat(made.title()).isEqualTo("Revised cuts");
        assertThat(sample.editor.data().proposals()).hasSize(4);
    }

    @Test
    void editProposal_offersItsTablingTimesTiming_andSavesWhatTheFormSays() {
        assertThat(cn().timing()).isEqualTo(org.parley.model.EventTiming.DATE_ILLUSTRATIVE); // the sample's "late June"
        forms.proposalAnswer = f -> new ProposalFields(f.delegationId(), f.title(), f.tabledAt(), f.status(),
                f.provenance(), org.parley.model.EventTiming.STATED);

        editing.edit(cn().id());

        assertThat(forms.proposalsAsked.get(0).timing()).isEqualTo(org.parley.model.EventTiming.DATE_ILLUSTRATIVE);
        assertThat(cn().timing()).isEqualTo(org.parley.model.EventTiming.STATED);
        assertThat(sample.editor.undoLabel()).contains("Edit proposal");
    }

    @Test
    void duplicateAmendment_putsTheCopyRightBelowIt() {
        Amendment first = ru().amendments().get(0);

        amendments.duplicate(first.id());

        Amendment copy = ru().amendments().get(1);
        assertThat(copy.target()).isEqualTo(first.target());
        assertThat(desk.proposals().selectedAmendmentIdProperty().get()).isEqualTo(copy.id());
    }

    @Test
    void proposeAmendment_withNoProposalSelected_asksWhichOne() {
        forms.choice = cn().id();
        forms.answerAmendmentWith(1);
        Mission m = sample.mission("MONUSCO");
        BudgetLine hr = m.lines().get(0);

        amendments.propose(Target.post(m.id(), hr.id(), hr.posts().get(0).id()));

        assertThat(forms.choicesOffered.get(0)).hasSize(3);
        assertThat(last(cn().amendments()).kind()).isEqualTo(AmendmentKind.ABOLISH_POSTS);
    }

    @Test
    void transferAmendment_offersTheOtherProposals_andMovesToTheChosenOne() {
        Amendment first = ru().amendments().get(0);
        forms.choice = us().id();

        amendments.transfer(first.id(), false);

        assertThat(forms.choicesOffered.get(0)).extracting(Proposal::id).doesNotContain(ru().id());
        assertThat(last(us().amendments())).isEqualTo(first);
    }

    @Test
    void ctrlShiftA_onAMissionRow_proposesAnAmendmentOnTheWholeMission() {
        Mission m = sample.mission("UNIFIL");
        desk.proposals().select(us().id(), null);
        desk.missions().selectedRowProperty().set(new MissionRow.OfMission(m));

        desk.proposeAmendmentOnSelectedRow();

        assertThat(dialogs.errors).isEmpty();
        assertThat(forms.amendmentsAsked.get(0).target()).isEqualTo(Target.mission(m.id()));
        assertThat(forms.amendmentsAsked.get(0).kind()).isEqualTo(AmendmentKind.PERCENT_CUT);
    }

    @Test
    void ctrlShiftA_withNothingSelected_saysWhatToSelect() {
        desk.missions().selectedRowProperty().set(null);

        desk.proposeAmendmentOnSelectedRow();

        assertThat(dialogs.errors).singleElement().asString().contains("Select a mission, a budget line or a post row");
        assertThat(forms.amendmentsAsked).isEmpty();
    }

    @Test
    void editingTheUsTopLineCut_keepsItsAllocation_unlessTheFormChangesIt() throws Exception {
        Amendment cut = us().amendments().get(0);
        assertThat(cut.allocation().isAllocated()).isTrue();
        forms.amendmentAnswer = f -> new ProposalForms.AmendmentFields(f.proposalId(), f.target(), f.kind(),
                130_000_000L, f.rationale(), f.provenance(), f.allocation());

        amendments.edit(cut.id());

        assertThat(forms.amendmentsAsked.get(0).allocation()).isEqualTo(cut.allocation());
        assertThat(stored(us()).get(0).allocation()).isEqualTo(cut.allocation());
        assertThat(stored(us()).get(0).value()).isEqualTo(130_000_000L);
    }

    @Test
    void ctrlShiftA_onALineRow_proposesAnAmendmentOnIt() {
        Mission m = sample.mission("MONUSCO");
        desk.proposals().select(us().id(), null);
        desk.missions().selectedRowProperty().set(new MissionRow.OfLine(m, m.lines().get(1)));

        desk.proposeAmendmentOnSelectedRow();

        assertThat(forms.amendmentsAsked.get(0).target()).isEqualTo(Target.line(m.id(), m.lines().get(1).id()));
        assertThat(forms.amendmentsAsked.get(0).proposalId()).isEqualTo(us().id());
    }

    private List<Amendment> stored(Proposal p) throws Exception {
        return sample.workspace.loadNegotiation(sample.editor.negotiationId()).proposal(p.id()).orElseThrow()
                .amendments();
    }

    private static Amendment last(List<Amendment> list) {
        return list.get(list.size() - 1);
    }

    private Target line(String code, int index) {
        Mission m = sample.mission(code);
        return Target.line(m.id(), m.lines().get(index).id());
    }

    private Proposal ru() {
        return sample.proposal("RU");
    }

    private Proposal cn() {
        return sample.proposal("CN");
    }

    private Proposal us() {
        return sample.proposal("US");
    }
}
