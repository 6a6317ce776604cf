package org.parley.ui.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.CompromiseStatus;
import org.parley.model.Item;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.ui.common.DragFormats;
import org.parley.ui.main.DeskUnderTest;
import org.parley.ui.main.MainWindow;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.proposals.AmendmentRow;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The positions matrix and the compromises list in the real desk, on the sample, under headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class PositionsWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void typingALetterOnASelectedCell_storesTheStance(FxRobot robot) {
        TableColumn<MatrixRow, ?> first = selectFirstItemOf(robot, "EU");

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        Item item = (Item) first.getUserData();
        assertThat(desk.data().positions())
                .containsExactly(new Position(delegationId("EU"), item, Stance.RED_LINE, ""));
        assertThat(cellTexts(robot, "EU")).contains("✕ red line");
    }

    @Test
    void enterOnACell_opensStanceAndNote(FxRobot robot) {
        selectFirstItemOf(robot, "JP");

        robot.type(KeyCode.ENTER);
        robot.clickOn("#field-note").write("silent in the informals");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().positions()).singleElement()
                .extracting(Position::stance, Position::note).containsExactly(Stance.UNKNOWN, "silent in the informals");
    }

    @Test
    void aProposalDroppedOnItsDelegationsRow_isHighlighted_andRecordsSupportOnEveryAmendment(FxRobot robot) {
        matrix(robot);
        Proposal ru = desk.data().proposals().stream().filter(p -> p.delegationId() == delegationId("RU"))
                .findFirst().orElseThrow();
        Node source = node(robot, "#proposals-tree .tree-table-row-cell", n -> ((TreeTableRow<?>) n).getItem()
                instanceof ProposalRow.OfProposal p && p.proposal().id() == ru.id());
        Node target = node(robot, "#positions-table .table-row-cell", n -> isRowOf(n, "RU"));

        // From and onto the rows' first cells: a row is as wide as all its columns, not all in view.
        Node ourLine = node(robot, "#positions-table .table-row-cell", n -> n instanceof TableRow<?> r
                && r.getItem() instanceof MatrixRow.OurLines);
        robot.drag(source.localToScreen(60, 10), MouseButton.PRIMARY).moveTo(ourLine.localToScreen(60, 13));
        assertThat(ourLine.getPseudoClassStates()).as("no drop on our line").doesNotContain(DragFormats.DROP_TARGET);
        robot.moveTo(target.localToScreen(60, 13));
        assertThat(target.getPseudoClassStates()).contains(DragFormats.DROP_TARGET);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Stance> stance = (ComboBox<Stance>) inAnyWindow("#field-stance");
        assertThat(stance.getValue()).as("the tabler supports its own proposal").isEqualTo(Stance.SUPPORTS);
        robot.clickOn(inAnyWindow("#form-ok"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().positions()).hasSize(ru.amendments().size())
                .allMatch(p -> p.delegationId() == delegationId("RU") && p.stance() == Stance.SUPPORTS);
    }

    @Test
    void aCompromiseMarkedAgreed_putsItsMissionAdRefInTheMissionsPane_andCtrlZUndoesIt(FxRobot robot) {
        MainWindow w = desk.window();
        selectRuMonuscoHumanRights(robot, w);
        robot.interact(() -> w.showTab("compromises-tab"));
        robot.clickOn("#compromise-add");
        robot.clickOn("#field-description").write("−25% instead of −50%");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.data().compromises()).singleElement().extracting(c -> c.value()).isEqualTo(2500L);
        assertThat(missionStatusCell(robot)).isEqualTo("open");

        robot.interact(() -> {
            var table = robot.lookup("#compromises-table").queryTableView();
            table.getSelectionModel().select(0);
        });
        robot.clickOn("#compromise-status");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) ->
                CompromiseStatus.AGREED_AD_REF.label().equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(missionStatusCell(robot)).isEqualTo("ad ref");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(missionStatusCell(robot)).isEqualTo("open");
        assertThat(desk.data().compromises()).singleElement().extracting(c -> c.status())
                .isEqualTo(CompromiseStatus.FLOATED);
        assertThat(desk.errors).isEmpty();
    }

    /** Selects and focuses a delegation's cell in the first item column, as a click would; returns the column. */
    private TableColumn<MatrixRow, ?> selectFirstItemOf(FxRobot robot, String code) {
        TableView<MatrixRow> table = matrix(robot);
        int row = rowIndex(table, code);
        TableColumn<MatrixRow, ?> first = table.getColumns().get(1);
        robot.interact(() -> {
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row, first);
            table.getFocusModel().focus(row, first);
            table.requestFocus();
        });
        return first;
    }

    private void selectRuMonuscoHumanRights(FxRobot robot, MainWindow w) {
        var ru = w.proposalsPane().tree().getRoot().getChildren().stream()
                .filter(i -> i.getValue().delegation().code().equals("RU")).findFirst().orElseThrow();
        robot.interact(() -> w.proposalsPane().tree().getSelectionModel().select(ru.getChildren().get(0)));
        TableView<AmendmentRow> amendments = w.proposalsPane().amendmentsTable();
        AmendmentRow hr = amendments.getItems().stream().filter(r -> r.target().equals("MONUSCO / Human rights"))
                .findFirst().orElseThrow();
        robot.interact(() -> amendments.getSelectionModel().select(hr));
    }

    private String missionStatusCell(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup("#missions-table .tree-table-cell").queryAll()) {
            TreeTableCell<?, ?> cell = (TreeTableCell<?, ?>) n;
            if (cell.getTableColumn() != null && "Status".equals(cell.getTableColumn().getText())
                    && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof MissionRow.OfMission m
                    && m.mission().code().equals("MONUSCO")) {
                return cell.getText();
            }
        }
        throw new AssertionError("no status cell for MONUSCO");
    }

    @SuppressWarnings("unchecked")
    private TableView<MatrixRow> matrix(FxRobot robot) {
        MainWindow w = desk.window();
        robot.interact(() -> {
            w.showTab("positions-tab");
            // Give the lower area room for a few rows of the matrix, as a user would by dragging the divider.
            robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == Orientation.VERTICAL).forEach(p -> p.setDividerPositions(0.55));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (TableView<MatrixRow>) robot.lookup("#positions-table").query();
    }

    private static int rowIndex(TableView<MatrixRow> table, String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i) instanceof MatrixRow.OfDelegation d && d.delegation().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static boolean isRowOf(Node n, String code) {
        return n instanceof TableRow<?> r && r.getItem() instanceof MatrixRow.OfDelegation d
                && d.delegation().code().equals(code);
    }

    private static Node node(FxRobot robot, String query, Predicate<Node> which) {
        return robot.lookup(query).queryAll().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("nothing matches " + query));
    }

    /**
     * A node of any open window. The dialog a drop opens is shown after the drag ends, and
     * TestFX's lookup, still aimed at the window the drag ended in, does not search it.
     */
    private static Node inAnyWindow(String query) {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot().lookup(query))
                .filter(n -> n != null).findFirst().orElseThrow(() -> new AssertionError("no window shows " + query));
    }

    private List<String> cellTexts(FxRobot robot, String code) {
        List<String> texts = new ArrayList<>();
        for (Node n : robot.lookup("#positions-table .matrix-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableRow() != null && isRowOf(cell.getTableRow(), code)) {
                texts.add(cell.getText());
            }
        }
        return texts;
    }

    private long delegationId(String code) {
        return desk.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }
}
