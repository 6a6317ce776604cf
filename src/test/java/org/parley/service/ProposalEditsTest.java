package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Refused;
import org.parley.model.Stance;
import org.parley.model.Target;
import org.parley.store.NewIds;

/** The rules hold at the service too: what a form would refuse is refused before it is written. */
class ProposalEditsTest extends ProposalDeskTest {

    @Test
    void addAmendment_aboveTheLinesAmount_isRefusedAndNothingIsWritten() throws Exception {
        Map<String, List<String>> before = desk.dump();
        Target hr = monuscoHumanRights();
        long amount = editor.data().line(hr.missionId(), hr.lineId()).orElseThrow().baselines().reference()
                .orElseThrow().usd();
        Amendment tooMuch = amendment(hr, AmendmentKind.AMOUNT_CUT, amount + 1);

        assertThatThrownBy(() -> edits.addAmendment(ru().id(), tooMuch))
                .isInstanceOf(Refused.class)
                .hasMessageStartingWith("Value: an amount cut cannot exceed the line's amount");

        assertThat(desk.dump()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void updateAmendment_withMorePostsThanTheRowHas_isRefused() {
        Amendment posts = cn().amendments().get(0);
        int count = editor.data().post(posts.target()).orElseThrow().count();
        Amendment edited = new Amendment(posts.id(), posts.target(), posts.kind(), count + 1, "", posts.provenance());

        assertThatThrownBy(() -> edits.updateAmendment(edited)).hasMessageContaining("no more than the post row has");
        assertThat(editor.data().amendment(posts.id())).contains(posts);
    }

    @Test
    void addAmendment_atAnIndex_putsItThere_andUndoRemovesItFromTheFile() throws Exception {
        Map<String, List<String>> before = desk.dump();

        long id = edits.addAmendment(ru().id(), amendment(monuscoHumanRights(), AmendmentKind.AMOUNT_CUT, 1_000), 1);

        assertThat(desk.workspace.loadNegotiation(editor.negotiationId()).proposal(ru().id()).orElseThrow()
                .amendments().get(1).id()).isEqualTo(id);
        editor.undo();
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void addProposal_tabledAfterTheTalksEnd_isRefused() {
        Instant late = editor.data().negotiation().talksEnd().plusSeconds(60);

        assertThatThrownBy(() -> edits.addProposal(ru().delegationId(), "Late", late, ProposalStatus.REVISED,
                Provenance.UNSOURCED)).hasMessageStartingWith("Tabled on: must fall within the negotiation");
        assertThat(editor.data().proposals()).hasSize(3);
    }

    @Test
    void describeForAmendment_namesWhatGoesWithIt_orNothing() throws Exception {
        Amendment a = ru().amendments().get(0);
        assertThat(Dependants.describeForAmendment(editor.data(), a.id())).isEmpty();
        long eu = desk.delegation("EU").id();
        long compromise = ProposalEdits.next(editor.newIds(), NewIds.Kind.COMPROMISE);
        editor.apply(editor.edit()
                .create(Part.POSITIONS, new Position(eu, Item.amendment(a.id()), Stance.OPPOSES, ""))
                .create(Part.COMPROMISES, new Compromise(compromise, a.id(), "half", a.value() / 2, "coordinator", SampleDesk.NOW,
                        CompromiseStatus.FLOATED))
                .build("Record", "Record"));

        assertThat(Dependants.describeForAmendment(editor.data(), a.id())).isEqualTo("1 compromise, 1 position");
        assertThat(Dependants.describeForProposal(editor.data(), ru()))
                .isEqualTo(ru().amendments().size() + " amendments, 1 compromise, 1 position");
    }

    @Test
    void copyAmendment_ofAPublishedAmendment_isTheUsersOwn_notCreditedToThePublisher() throws Exception {
        Amendment published = editor.data().proposals().stream().flatMap(p -> p.amendments().stream())
                .filter(a -> !a.provenance().illustrative()).findFirst().orElseThrow();
        String publisher = published.provenance().source();

        long id = edits.copyAmendment(published.id(), cn().id(), 0);

        Amendment copy = editor.data().amendment(id).orElseThrow();
        assertThat(copy.provenance().illustrative()).isTrue();
        assertThat(copy.provenance().source()).startsWith("Own copy of ").doesNotContain(publisher);
        assertThat(copy.value()).isEqualTo(published.value());
        // The original keeps its source.
        assertThat(editor.data().amendment(published.id()).orElseThrow().provenance().source()).isEqualTo(publisher);
    }

    @Test
    void copyAmendment_ofAnIllustrativeAmendment_staysIllustrative() throws Exception {
        long made = edits.addAmendment(ru().id(), amendment(monuscoHumanRights(), AmendmentKind.AMOUNT_CUT, 1_000), 0);

        long id = edits.copyAmendment(made, cn().id(), 0);

        assertThat(editor.data().amendment(id).orElseThrow().provenance().illustrative()).isTrue();
    }

    @Test
    void duplicateProposal_creditsNeitherItNorItsAmendmentsToThePublisher() throws Exception {
        Proposal original = editor.data().proposals().stream()
                .filter(p -> !p.provenance().illustrative()
                        && p.amendments().stream().anyMatch(a -> !a.provenance().illustrative()))
                .findFirst().orElseThrow();

        long id = edits.duplicateProposal(original.id());

        Proposal copy = editor.data().proposal(id).orElseThrow();
        assertThat(copy.provenance().illustrative()).isTrue();
        assertThat(copy.provenance().source()).doesNotContain(original.provenance().source());
        for (int i = 0; i < copy.amendments().size(); i++) {
            Amendment a = copy.amendments().get(i);
            assertThat(a.provenance().illustrative()).as(a.toString()).isTrue();
            String source = original.amendments().get(i).provenance().source();
            if (!source.isEmpty() && !original.amendments().get(i).provenance().illustrative()) {
                assertThat(a.provenance().source()).doesNotContain(source);
            }
        }
    }

    private Amendment amendment(Target t, AmendmentKind kind, long value) {
        return new Amendment(0, t, kind, value, "", Provenance.illustrative("typed in the room"));
    }

    private Target monuscoHumanRights() {
        Mission m = desk.mission("MONUSCO");
        BudgetLine hr = m.lines().get(0);
        return Target.line(m.id(), hr.id());
    }

    private Proposal ru() {
        return desk.proposal("RU");
    }

    private Proposal cn() {
        return desk.proposal("CN");
    }
}
