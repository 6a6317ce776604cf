package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.TimelineEvent;
import org.parley.service.Editor;
import org.parley.store.Workspace;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.FakeDialogs;

/** The desk's edits of missions, delegations and events, with a fake for the questions they ask. */
class NegotiationEditingTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private Editor editor;
    private final FakeDialogs dialogs = new FakeDialogs();
    private NegotiationEditing editing;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("desk.parley"));
        long id = workspace.insertNegotiation(NegotiationJson.readSample());
        editor = new Editor(workspace, workspace.loadNegotiation(id),
                Clock.fixed(Instant.parse("2018-06-26T14:00:00Z"), ZoneOffset.UTC));
        editing = new NegotiationEditing(new DeskEditing(editor, dialogs));
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    @Test
    void deleteLine_asksFirst_namingItsPostsAndWhatAimsAtIt() {
        Mission monusco = editor.data().missionByCode("MONUSCO").orElseThrow();
        BudgetLine hr = line(monusco, "Human rights");

        assertThat(editing.deleteLine(monusco, hr)).isTrue();

        assertThat(dialogs.questions).singleElement().asString()
                .startsWith("Delete the line MONUSCO / Human rights? | Its " + hr.posts().size() + " post rows go with it. "
                        + "So do what aims at it: ")
                .contains(" amendments");
        assertThat(editor.data().missionOfLine(hr.id())).isEmpty();
    }

    @Test
    void deleteLine_answeredNo_changesNothing() {
        Mission monusco = editor.data().missionByCode("MONUSCO").orElseThrow();
        dialogs.answer = false;

        assertThat(editing.deleteLine(monusco, line(monusco, "Human rights"))).isFalse();

        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void deleteDelegation_thatTabledProposals_saysWhy_andAsksNothing() {
        Delegation ru = delegation("RU");

        assertThat(editing.deleteDelegation(ru)).isFalse();

        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Delete delegation: not possible: RU tabled 1 "
                + "proposal");
    }

    @Test
    void deleteDelegation_ofAGroupMember_namesTheGroupsItLeaves() {
        assertThat(editing.deleteDelegation(delegation("CA"))).isTrue();

        assertThat(dialogs.questions).containsExactly("Delete CA (Canada)? | With it: leaves CANZ.\n\nYou can undo this.");
    }

    @Test
    void reschedule_outsideTheNegotiation_isReported_andNothingChanges() {
        TimelineEvent e = editor.data().events().get(0);

        assertThat(editing.reschedule(e, Instant.parse("2019-01-01T00:00:00Z"))).isFalse();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Reschedule event: not possible: When: must be "
                + "inside the negotiation");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void addLine_givesTheNewId() {
        Mission unmiss = editor.data().missionByCode("UNMISS").orElseThrow();

        var id = editing.addLine(unmiss.id(), new BudgetLine(0, "Child protection",
                org.parley.model.LineCategory.OTHER, org.parley.model.Baselines.none(), java.util.List.of()));

        assertThat(id).isPresent();
        assertThat(editor.data().missionOfLine(id.getAsLong())).map(Mission::code).contains("UNMISS");
    }

    private BudgetLine line(Mission m, String name) {
        return m.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private Delegation delegation(String code) {
        return editor.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
