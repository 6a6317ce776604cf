package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Item;
import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.service.PositionEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After Ctrl+Shift+R on the whole desk, the positions matrix lists Rev.1's amendments with the
 * stances set on the original's (decision 0027), on the real sample in a real workspace file
 * under headless Monocle; Ctrl+Z takes the revision and the stances carried away together.
 */
@ExtendWith(ApplicationExtension.class)
class ReviseKeepsStancesWindowTest {

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
    void theMatrixShowsRev1sFirstAmendment_withTheStancesOnTheOriginals(FxRobot robot) throws Exception {
        Proposal ru = rows.proposal("RU");
        long cn = delegationId("CN");
        long jp = delegationId("JP");
        robot.interact(() -> {
            try {
                PositionEdits positions = new PositionEdits(desk.editor());
                positions.setStance(cn, Item.amendment(ru.amendments().get(0).id()), Stance.SUPPORTS, "");
                positions.setStance(jp, Item.amendment(ru.amendments().get(0).id()), Stance.RED_LINE, "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        rows.selectProposal("RU");
        robot.clickOn(rows.leftOf(rows.proposalRow("RU")));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup("#confirm").queryAs(DialogPane.class);
        robot.clickOn((Node) confirm.lookupButton(confirm.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        Proposal rev = desk.data().proposals().get(1);
        assertThat(rev.revisesId()).isEqualTo(ru.id());
        assertThat(FullScreenDesk.count(desk, "SELECT COUNT(*) FROM position WHERE amendment_id = "
                + rev.amendments().get(0).id())).isEqualTo(2);
        TableView<?> table = matrix(robot);
        // The superseded original is not listed: the first item is Rev.1's first amendment.
        assertThat(((org.parley.ui.positions.ItemRow) table.getItems().get(0)).item())
                .isEqualTo(Item.amendment(rev.amendments().get(0).id()));
        assertThat(firstCell(robot, table, cn)).isEqualTo("+ supports");
        assertThat(firstCell(robot, table, jp)).isEqualTo("✕ red line");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().proposals()).hasSize(3);
        assertThat(FullScreenDesk.count(desk, "SELECT COUNT(*) FROM position")).isEqualTo(2);
        assertThat(((org.parley.ui.positions.ItemRow) matrix(robot).getItems().get(0)).item())
                .isEqualTo(Item.amendment(ru.amendments().get(0).id()));
        assertThat(desk.errors).isEmpty();
    }

    private TableView<?> matrix(FxRobot robot) {
        robot.interact(() -> {
            desk.window().showTab("positions-tab");
            robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == Orientation.VERTICAL).forEach(p -> p.setDividerPositions(0.55));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = (TableView<?>) robot.lookup("#positions-table").query();
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    /** The text of a delegation's cell on the first item, scrolled into view. */
    private String firstCell(FxRobot robot, TableView<?> table, long delegationId) {
        String id = "line-delegation-" + delegationId;
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> table.scrollToColumn((TableColumn) column));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup("#positions-table .matrix-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == column && !c.isEmpty() && c.getIndex() == 0)
                .map(TableCell::getText).toList();
        assertThat(texts).hasSize(1);
        return texts.get(0);
    }

    private long delegationId(String code) {
        return desk.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }
}
