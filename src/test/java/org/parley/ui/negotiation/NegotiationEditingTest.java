package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.TimelineEvent;
import org.parley.ui.common.SampleEditing;

/** The desk's edits of missions, delegations and events, with a fake for the questions they ask. */
class NegotiationEditingTest {

    @TempDir
    Path dir;
    private SampleEditing desk;
    private NegotiationEditing editing;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        editing = new NegotiationEditing(desk.editing);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void deleteLine_asksFirst_namingItsPostsAndWhatAimsAtIt() {
        Mission monusco = desk.mission("MONUSCO");
        BudgetLine hr = desk.line("MONUSCO", "Human rights");

        assertThat(editing.deleteLine(monusco, hr)).isTrue();

        assertThat(desk.dialogs.questions).singleElement().asString()
                .startsWith("Delete the line MONUSCO / Human rights? | Its " + hr.posts().size()
                        + " post rows go with it. So do what aims at it: ")
                .contains(" amendments");
        assertThat(desk.editor.data().missionOfLine(hr.id())).isEmpty();
    }

    @Test
    void deleteLine_answeredNo_changesNothing() {
        Mission monusco = desk.mission("MONUSCO");
        desk.dialogs.answer = false;

        assertThat(editing.deleteLine(monusco, desk.line("MONUSCO", "Human rights"))).isFalse();

        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void deleteDelegation_thatTabledProposals_saysWhy_andAsksNothing() {
        Delegation ru = desk.delegation("RU");

        assertThat(editing.deleteDelegation(ru)).isFalse();

        assertThat(desk.dialogs.questions).isEmpty();
        assertThat(desk.dialogs.errors).singleElement().asString()
                .startsWith("Delete delegation: not possible: RU tabled 1 proposal");
    }

    @Test
    void deleteDelegation_ofAGroupMember_namesTheGroupsItLeaves() {
        assertThat(editing.deleteDelegation(desk.delegation("CA"))).isTrue();

        assertThat(desk.dialogs.questions)
                .containsExactly("Delete CA (Canada)? | With it: leaves CANZ.\n\nYou can undo this.");
    }

    @Test
    void reschedule_outsideTheNegotiation_isReported_andNothingChanges() {
        TimelineEvent e = desk.editor.data().events().get(0);

        assertThat(editing.reschedule(e, Instant.parse("2019-01-01T00:00:00Z"))).isFalse();

        assertThat(desk.dialogs.errors).singleElement().asString()
                .startsWith("Reschedule event: not possible: When: must be inside the negotiation");
        assertThat(desk.editor.canUndo()).isFalse();
    }

    @Test
    void addLine_givesTheNewId() {
        Mission unmiss = desk.mission("UNMISS");

        var id = editing.addLine(unmiss.id(), new BudgetLine(0, "Child protection",
                org.parley.model.LineCategory.OTHER, org.parley.model.Baselines.none(), java.util.List.of()));

        assertThat(id).isPresent();
        assertThat(desk.editor.data().missionOfLine(id.getAsLong())).map(Mission::code).contains("UNMISS");
    }
}
