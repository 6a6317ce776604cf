package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Proposal;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.proposals.AmendmentRow;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing proposals on the whole desk, on the real sample in a real workspace file, under
 * headless Monocle: drags, their keyboard paths, undo, and a form that refuses a bad value.
 */
@ExtendWith(ApplicationExtension.class)
class ProposalEditingWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;
    private DeskRows rows;

    @Start
    void start(Stage stage) {
        desk = FullScreenDesk.start(stage, folder);
        rows = new DeskRows(new FxRobot(), desk);
    }

    @Test
    void aBudgetLineDroppedOnAProposal_opensTheFormOnIt_andOkAddsTheAmendment(FxRobot robot) throws Exception {
        int before = count("SELECT COUNT(*) FROM amendment");

        dropTheGenderLineOnTheUsProposal(robot);

        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO / Gender");
        robot.clickOn("#field-value").write("25");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Amendment added = last(rows.proposal("US").amendments());
        assertThat(added.kind()).isEqualTo(AmendmentKind.PERCENT_CUT);
        assertThat(added.value()).isEqualTo(2_500);
        assertThat(count("SELECT COUNT(*) FROM amendment")).isEqualTo(before + 1);
        assertThat(desk.window().proposalsPane().amendmentsTable().getSelectionModel().getSelectedItem().amendment())
                .isEqualTo(added);
    }

    @Test
    void ctrlZ_undoesADrop_andTheFileNoLongerHasTheAmendment(FxRobot robot) throws Exception {
        dropTheGenderLineOnTheUsProposal(robot);
        robot.clickOn("#field-value").write("10").clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        long id = last(rows.proposal("US").amendments()).id();
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + id)).isEqualTo(1);

        robot.clickOn(rows.leftOf(rows.amendmentRow(0)));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("US").amendments()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + id)).isZero();
    }

    @Test
    void anAmendmentDraggedDownTheTable_isReordered(FxRobot robot) {
        rows.selectProposal("RU");
        List<Amendment> was = rows.proposal("RU").amendments();

        robot.drag(rows.leftOf(rows.amendmentRow(0))).dropTo(robot.point(DeskRows.lowerHalfOf(rows.amendmentRow(2))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments().subList(0, 3)).containsExactly(was.get(1), was.get(2), was.get(0));
        assertThat(desk.window().proposalsPane().amendmentsTable().getItems().get(2).amendment()).isEqualTo(was.get(0));
    }

    @Test
    void altDown_movesTheSelectedAmendmentDownOnePlace(FxRobot robot) {
        rows.selectProposal("RU");
        List<Amendment> was = rows.proposal("RU").amendments();
        robot.clickOn(rows.leftOf(rows.amendmentRow(0)));

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments().get(1)).isEqualTo(was.get(0));
        AmendmentRow selected = desk.window().proposalsPane().amendmentsTable().getSelectionModel().getSelectedItem();
        assertThat(selected.amendment()).isEqualTo(was.get(0));
    }

    @Test
    void ctrlShiftA_onASelectedPostRow_proposesAbolishingPostsInTheSelectedProposal(FxRobot robot) {
        rows.selectProposal("US");
        rows.expand("MONUSCO");
        robot.interact(() -> {
            TreeItem<MissionRow> monusco = rows.missionItem("MONUSCO");
            monusco.getChildren().get(0).setExpanded(true);
            desk.window().missionsPane().table().getSelectionModel()
                    .select(monusco.getChildren().get(0).getChildren().get(0));
        });

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#field-value").write("1").clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Amendment added = last(rows.proposal("US").amendments());
        assertThat(added.kind()).isEqualTo(AmendmentKind.ABOLISH_POSTS);
        assertThat(added.value()).isEqualTo(1);
    }

    @Test
    void aPercentageAbove100_isNamedInTheForm_okStaysDisabled_andNothingIsStored(FxRobot robot) throws Exception {
        int before = count("SELECT COUNT(*) FROM amendment");
        dropTheGenderLineOnTheUsProposal(robot);

        robot.clickOn("#field-value").write("150");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("Value: \"150\": a percentage must be between 0 and 100");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count("SELECT COUNT(*) FROM amendment")).isEqualTo(before);
        assertThat(rows.proposal("US").amendments()).hasSize(1);
    }

    @Test
    void aLineDroppedOnADelegationHeading_isRefused(FxRobot robot) throws Exception {
        int before = count("SELECT COUNT(*) FROM amendment");
        rows.expand("MONUSCO");

        robot.drag(rows.leftOf(rows.genderLine()))
                .dropTo(rows.leftOf(rows.delegationRow("US")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form").tryQuery()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM amendment")).isEqualTo(before);
    }

    @Test
    void anAmendmentDroppedOnAnotherProposal_movesThere(FxRobot robot) {
        rows.selectProposal("RU");
        Amendment first = rows.proposal("RU").amendments().get(0);

        robot.drag(rows.leftOf(rows.amendmentRow(0))).dropTo(rows.leftOf(rows.proposalRow("US")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments()).doesNotContain(first);
        assertThat(last(rows.proposal("US").amendments())).isEqualTo(first);
        assertThat(desk.window().proposalsPane().tree().getSelectionModel().getSelectedItem().getValue()
                .delegation().code()).isEqualTo("US");
    }

    @Test
    void escapeDuringADrag_cancelsIt(FxRobot robot) {
        rows.selectProposal("RU");
        List<Amendment> was = rows.proposal("RU").amendments();

        robot.drag(rows.leftOf(rows.amendmentRow(0))).moveTo(rows.leftOf(rows.proposalRow("US")));
        robot.push(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments()).isEqualTo(was);
        assertThat(desk.editor().canUndo()).isFalse();
    }

    @Test
    void ctrlShiftN_opensTheProposalForm_andOkTablesTheProposal(FxRobot robot) {
        rows.selectProposal("CN");
        robot.clickOn(rows.leftOf(rows.proposalRow("CN")));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-tabled-on").queryTextInputControl().getText()).isEqualTo("26 Jun 2018 09:00");
        assertThat(robot.lookup("#form-ok").queryButton().getText()).as("a new thing is added, as in every form")
                .isEqualTo("_Add");
        robot.clickOn("#field-title").write("Revised cuts").clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().proposals()).hasSize(4);
        var selected = desk.window().proposalsPane().tree().getSelectionModel().getSelectedItem().getValue();
        assertThat(((ProposalRow.OfProposal) selected).proposal().title()).isEqualTo("Revised cuts");
        assertThat(selected.delegation().code()).isEqualTo("CN");
    }

    @Test
    void deleteOnAProposal_asksFirst_andCancelKeepsIt(FxRobot robot) {
        rows.selectProposal("RU");
        robot.clickOn(rows.leftOf(rows.proposalRow("RU")));

        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane confirm = robot.lookup("#confirm").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("With it go: 10 amendments");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().proposals()).hasSize(3);
    }

    @Test
    void aGesture_keepsTheMissionsTreeOpen_andItsSelection(FxRobot robot) {
        rows.expand("MONUSCO");
        robot.interact(() -> {
            TreeItem<MissionRow> hr = rows.missionItem("MONUSCO").getChildren().get(0);
            hr.setExpanded(true);
            desk.window().missionsPane().table().getSelectionModel().select(hr.getChildren().get(2));
        });
        rows.selectProposal("RU");
        robot.clickOn(rows.leftOf(rows.amendmentRow(0)));

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        TreeItem<MissionRow> monusco = rows.missionItem("MONUSCO");
        assertThat(monusco.isExpanded()).isTrue();
        assertThat(monusco.getChildren().get(0).isExpanded()).isTrue();
        MissionRow selected = desk.window().missionsPane().table().getSelectionModel().getSelectedItem().getValue();
        assertThat(selected).isInstanceOf(MissionRow.OfPost.class);
        assertThat(((MissionRow.OfPost) selected).post().title()).isEqualTo("Human Rights Officer");
        assertThat(desk.window().proposalsPane().amendmentsTable().isFocused()).isTrue();
    }

    @Test
    void doubleClickOnAnAmendment_opensItsFormWithItsValue(FxRobot robot) {
        rows.selectProposal("RU");

        robot.doubleClickOn(rows.leftOf(rows.amendmentRow(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-value").queryTextInputControl().getText()).isEqualTo("50%");
        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO / Human rights");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.editor().canUndo()).isFalse();
    }

    @Test
    void proposeAmendment_fromALinesContextMenu_opensTheFormOnThatLine(FxRobot robot) {
        rows.selectProposal("US");
        rows.expand("MONUSCO");

        robot.clickOn(rows.leftOf(rows.genderLine()));
        // Headless Monocle sends no context-menu request on a right-click: open it as the platform would.
        Node row = rows.genderLine();
        robot.interact(() -> desk.window().missionsPane().table().getContextMenu()
                .show(row, javafx.geometry.Side.BOTTOM, 20, 0));
        robot.clickOn("Propose amendment… (Ctrl+Shift+A)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO / Gender")
                .contains("Proposal: US");
        robot.clickOn("Cancel");
    }





    /** MONUSCO's gender line, dragged from the missions pane onto the US proposal. */
    private void dropTheGenderLineOnTheUsProposal(FxRobot robot) {
        rows.expand("MONUSCO");
        robot.drag(rows.leftOf(rows.genderLine())).dropTo(rows.leftOf(rows.proposalRow("US")));
        WaitForAsyncUtils.waitForFxEvents();
    }









    private int count(String sql) throws Exception {
        return FullScreenDesk.count(desk, sql);
    }

    private static Amendment last(List<Amendment> list) {
        return list.get(list.size() - 1);
    }
}
