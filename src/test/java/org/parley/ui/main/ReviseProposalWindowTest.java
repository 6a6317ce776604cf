package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Proposal;
import org.parley.ui.common.Styles;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Revise proposal…" on the whole desk, on the real sample in a real workspace file, under
 * headless Monocle (decision 0023): its keyboard path and its context-menu path, the tree with
 * Rev.1 right after its original and the original greyed "superseded", the redline, and undo.
 */
@ExtendWith(ApplicationExtension.class)
class ReviseProposalWindowTest {

    private static final String RU_TITLE = "Cuts to human-rights and SEA-prevention components";

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
    void ctrlShiftR_asks_thenMakesRev1NextToTheOriginal_greyedSuperseded_andCtrlZTakesItBack(FxRobot robot)
            throws Exception {
        Proposal ru = rows.proposal("RU");
        rows.selectProposal("RU");
        robot.clickOn(rows.leftOf(rows.proposalRow("RU")));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#confirm").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText())
                .isEqualTo("Make \"" + RU_TITLE + " (Rev.1)\", a revision of RU \"" + RU_TITLE + "\"?");
        assertThat(confirm.getContentText()).startsWith("It starts as a copy of its 10 amendments, tabled "
                + "26 Jun 2018 09:00. From then on \"" + RU_TITLE + "\" is superseded: it no longer counts.");
        robot.clickOn((Node) confirm.lookupButton(confirm.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        Proposal rev = desk.data().proposals().get(1);
        assertThat(rev.title()).isEqualTo(RU_TITLE + " (Rev.1)");
        assertThat(rev.revisesId()).isEqualTo(ru.id());
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE revises_id = " + ru.id())).isEqualTo(1);
        List<ProposalRow.OfProposal> shown = ruGroup().getChildren().stream()
                .map(i -> (ProposalRow.OfProposal) i.getValue()).toList();
        assertThat(shown).extracting(r -> r.proposal().title()).containsExactly(RU_TITLE, RU_TITLE + " (Rev.1)");
        assertThat(shown).extracting(ProposalRow.OfProposal::statusText).containsExactly("superseded", "revised");
        DeskRows.waitUntil(() -> rowOf(ru.id()).isPresent());
        assertThat(rowOf(ru.id()).orElseThrow().getPseudoClassStates()).contains(Styles.SUPERSEDED);
        assertThat(((ProposalRow.OfProposal) desk.window().proposalsPane().tree().getSelectionModel()
                .getSelectedItem().getValue()).proposal().id()).isEqualTo(rev.id());
        assertThat(desk.window().proposalsPane().redlineList().isVisible()).isTrue();
        assertThat(desk.window().proposalsPane().redlineList().getItems())
                .containsExactly("no change: the same amendments as \"" + RU_TITLE + "\"");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().proposals()).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE revises_id IS NOT NULL")).isZero();
        assertThat(ruGroup().getChildren()).extracting(i -> ((ProposalRow.OfProposal) i.getValue()).statusText())
                .containsExactly("opening bid");
        DeskRows.waitUntil(() -> rowOf(ru.id()).isPresent()
                && !rowOf(ru.id()).get().getPseudoClassStates().contains(Styles.SUPERSEDED));
    }

    @Test
    void theContextMenusRevise_thenDeletingAnAmendmentOfRev1_showsItRemovedInTheRedline(FxRobot robot) {
        rows.selectProposal("RU");
        Node row = rows.proposalRow("RU");
        robot.clickOn(rows.leftOf(row));
        // Headless Monocle sends no context-menu request on a right-click: open it as the platform would.
        robot.interact(() -> desk.window().proposalsPane().tree().getContextMenu()
                .show(row, javafx.geometry.Side.BOTTOM, 20, 0));
        robot.clickOn("Revise proposal… (Ctrl+Shift+R)");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#confirm").queryAs(DialogPane.class);
        robot.clickOn((Node) confirm.lookupButton(confirm.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(rows.leftOf(rows.amendmentRow(0)));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().proposals().get(1).amendments()).hasSize(9);
        assertThat(desk.window().proposalsPane().redlineList().getItems())
                .containsExactly("removed: MONUSCO / Human rights −50%");
    }

    private TreeItem<ProposalRow> ruGroup() {
        return desk.window().proposalsPane().tree().getRoot().getChildren().stream()
                .filter(g -> g.getValue().delegation().code().equals("RU")).findFirst().orElseThrow();
    }

    private java.util.Optional<TreeTableRow<?>> rowOf(long proposalId) {
        return desk.window().proposalsPane().tree().lookupAll(".tree-table-row-cell").stream()
                .<TreeTableRow<?>>map(n -> (TreeTableRow<?>) n)
                .filter(r -> r.getItem() instanceof ProposalRow.OfProposal p && p.proposalId() == proposalId)
                .findFirst();
    }

    private int count(String sql) throws Exception {
        return FullScreenDesk.count(desk, sql);
    }
}
