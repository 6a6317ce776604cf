package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.ui.common.DropGestures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Move or copy, Escape, and dialogs opened by drops, on the whole desk under headless Monocle.
 * Monocle reports MOVE for a plain COPY_OR_MOVE drag; GTK reports COPY. The "as GTK reports it"
 * tests rewrite the transfer mode of every drag event to COPY before the panes see it, as GTK
 * does for a drag with no key held (or with Ctrl held).
 */
@ExtendWith(ApplicationExtension.class)
class DragSemanticsWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;
    private DeskRows rows;
    private Stage stage;
    private final List<Runnable> cleanUp = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = FullScreenDesk.start(stage, folder);
        rows = new DeskRows(new FxRobot(), desk);
    }

    @AfterEach
    void undoFilters(FxRobot robot) {
        robot.interact(() -> cleanUp.forEach(Runnable::run));
    }

    @Test
    void aPlainDragDownTheTable_asGtkReportsIt_reordersAndDoesNotCopy(FxRobot robot) {
        reportCopyAsGtkDoes(robot);
        rows.selectProposal("RU");
        List<Amendment> was = rows.proposal("RU").amendments();

        robot.drag(rows.leftOf(rows.amendmentRow(0))).dropTo(robot.point(DeskRows.lowerHalfOf(rows.amendmentRow(2))));
        WaitForAsyncUtils.waitForFxEvents();

        List<Amendment> now = rows.proposal("RU").amendments();
        assertThat(now).hasSameSizeAs(was);
        assertThat(now.subList(0, 3)).containsExactly(was.get(1), was.get(2), was.get(0));
    }

    @Test
    void aPlainDragOntoAnotherProposal_asGtkReportsIt_movesAndDoesNotCopy(FxRobot robot) {
        reportCopyAsGtkDoes(robot);
        rows.selectProposal("RU");
        List<Amendment> ru = rows.proposal("RU").amendments();
        int us = rows.proposal("US").amendments().size();

        robot.drag(rows.leftOf(rows.amendmentRow(0))).dropTo(rows.leftOf(rows.proposalRow("US")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments()).hasSize(ru.size() - 1).doesNotContain(ru.get(0));
        assertThat(rows.proposal("US").amendments()).hasSize(us + 1).endsWith(ru.get(0));
    }

    @Test
    void aCtrlDragOntoAnotherProposal_copies(FxRobot robot) {
        rows.selectProposal("RU");
        List<Amendment> ru = rows.proposal("RU").amendments();
        int us = rows.proposal("US").amendments().size();

        robot.press(KeyCode.CONTROL);
        try {
            robot.drag(rows.leftOf(rows.amendmentRow(0))).dropTo(rows.leftOf(rows.proposalRow("US")));
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments()).isEqualTo(ru);
        List<Amendment> now = rows.proposal("US").amendments();
        assertThat(now).hasSize(us + 1);
        Amendment copy = now.get(now.size() - 1);
        assertThat(copy.id()).isNotEqualTo(ru.get(0).id());
        assertThat(copy.target()).isEqualTo(ru.get(0).target());
        assertThat(copy.value()).isEqualTo(ru.get(0).value());
    }

    @Test
    void theDropTarget_saysMoveForAPlainDrag_andCopyWithCtrl(FxRobot robot) {
        reportCopyAsGtkDoes(robot);
        rows.selectProposal("RU");
        Node us = rows.proposalRow("US");

        robot.drag(rows.leftOf(rows.amendmentRow(0))).moveTo(rows.leftOf(us));
        WaitForAsyncUtils.waitForFxEvents();
        boolean plainMove = us.getPseudoClassStates().contains(DropGestures.DROP_MOVE);
        boolean plainCopy = us.getPseudoClassStates().contains(DropGestures.DROP_COPY);
        robot.push(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL);
        boolean ctrlMove;
        boolean ctrlCopy;
        try {
            robot.drag(rows.leftOf(rows.amendmentRow(0))).moveTo(rows.leftOf(us));
            WaitForAsyncUtils.waitForFxEvents();
            ctrlMove = us.getPseudoClassStates().contains(DropGestures.DROP_MOVE);
            ctrlCopy = us.getPseudoClassStates().contains(DropGestures.DROP_COPY);
            robot.push(KeyCode.ESCAPE);
            robot.drop();
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plainMove).as("plain drag marked :drop-move").isTrue();
        assertThat(plainCopy).as("plain drag marked :drop-copy").isFalse();
        assertThat(ctrlCopy).as("Ctrl drag marked :drop-copy").isTrue();
        assertThat(ctrlMove).as("Ctrl drag marked :drop-move").isFalse();
        assertThat(desk.editor().canUndo()).as("Escape left nothing to undo").isFalse();
    }

    @Test
    void escapeDuringAPlainDragDownTheTable_changesNothing(FxRobot robot) {
        rows.selectProposal("RU");
        List<Amendment> was = rows.proposal("RU").amendments();

        robot.drag(rows.leftOf(rows.amendmentRow(0))).moveTo(robot.point(DeskRows.lowerHalfOf(rows.amendmentRow(2))));
        robot.push(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.proposal("RU").amendments()).isEqualTo(was);
        assertThat(desk.editor().canUndo()).isFalse();
    }

    @Test
    void theFormOpenedByADrop_opensAfterTheGestureEnded_andTakesAClickOnOk(FxRobot robot) {
        int before = rows.proposal("US").amendments().size();
        List<Boolean> formOpenAtDragDone = new ArrayList<>();
        robot.interact(() -> {
            EventHandler<DragEvent> done = e -> formOpenAtDragDone.add(formIsOpen());
            stage.getScene().addEventFilter(DragEvent.DRAG_DONE, done);
            cleanUp.add(() -> stage.getScene().removeEventFilter(DragEvent.DRAG_DONE, done));
        });
        rows.expand("MONUSCO");

        robot.drag(rows.leftOf(rows.genderLine())).dropTo(rows.leftOf(rows.proposalRow("US")));
        DeskRows.waitUntil(this::formIsOpen);

        assertThat(formOpenAtDragDone).containsExactly(false);
        robot.clickOn("#field-value").write("25");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(formIsOpen()).isFalse();
        assertThat(rows.proposal("US").amendments()).hasSize(before + 1);
    }

    private boolean formIsOpen() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w != stage
                && w.getScene() != null && w.getScene().lookup("#form-ok") != null);
    }

    /** Sets the transfer mode of each drag event to COPY before any node of the desk sees it. */
    private void reportCopyAsGtkDoes(FxRobot robot) {
        robot.interact(() -> {
            EventHandler<DragEvent> asGtk = e -> setTransferMode(e, TransferMode.COPY);
            stage.getScene().addEventFilter(DragEvent.ANY, asGtk);
            cleanUp.add(() -> stage.getScene().removeEventFilter(DragEvent.ANY, asGtk));
        });
    }

    private static void setTransferMode(DragEvent e, TransferMode mode) {
        try {
            Field f = DragEvent.class.getDeclaredField("transferMode");
            f.setAccessible(true);
            if (f.get(e) != null) {
                f.set(e, mode);
            }
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("DragEvent changed: " + ex, ex);
        }
    }











}
