package org.parley.ui.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
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
import javafx.scene.control.skin.TableColumnHeader;
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

/**
 * The positions matrix (items down, delegations across) and the compromises list in the real
 * desk, on the sample, under headless Monocle.
 */
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
        TableColumn<ItemRow, ?> eu = selectFirstItemOf(robot, "EU");

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        Item item = matrix(robot).getItems().get(0).item();
        assertThat(desk.data().positions())
                .containsExactly(new Position(delegationId("EU"), item, Stance.RED_LINE, ""));
        assertThat(cellTexts(robot, eu)).contains("✕ red line");
    }

    /** Behind another tab the matrix is not redrawn after each gesture; in front again it shows the state now. */
    @Test
    void aStanceUndoneWhileTheMatrixIsBehindAnotherTab_isGoneWhenItComesBack(FxRobot robot) {
        TableColumn<ItemRow, ?> eu = selectFirstItemOf(robot, "EU");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot, eu)).contains("✕ red line");

        robot.interact(() -> {
            desk.window().showTab("details-tab");
            try {
                desk.editor().undo();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.data().positions()).isEmpty();

        matrix(robot);
        assertThat(cellTexts(robot, eu)).isNotEmpty().noneMatch(t -> t.contains("red line"));
    }

    @Test
    void aStanceTypedOnACellScrolledOutOfView_bringsTheCellBackIntoView(FxRobot robot) {
        TableView<ItemRow> table = matrix(robot);
        TableColumn<ItemRow, ?> first = column(table, "RU");
        TableColumn<ItemRow, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        selectFirstItemOf(robot, "RU");
        // the wheel and the scroll bars move the view, not the focus
        robot.interact(() -> {
            table.scrollTo(table.getItems().size() - 1);
            table.scrollToColumn(last);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(robot, table, 0, first)).as("the focused cell scrolled away").isFalse();

        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().positions()).extracting(Position::stance).containsExactly(Stance.FLEXIBLE);
        assertThat(inView(robot, table, 0, first)).as("the cell written to, in view").isTrue();
    }

    /** Whether the cell of {@code row} in {@code column} is on the screen within the matrix. */
    private static boolean inView(FxRobot robot, TableView<ItemRow> table, int row, TableColumn<?, ?> column) {
        Bounds shown = table.localToScene(table.getLayoutBounds());
        return robot.lookup("#positions-table .matrix-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible()
                        && c.getIndex() == row && c.getTableColumn() == column)
                .map(c -> c.localToScene(c.getLayoutBounds()))
                .anyMatch(b -> b.getMinX() >= shown.getMinX() - 1 && b.getMaxX() <= shown.getMaxX() + 1
                        && b.getMinY() >= shown.getMinY() && b.getMaxY() <= shown.getMaxY() + 1);
    }

    @Test
    void enterOnACell_opensStanceAndNote(FxRobot robot) {
        selectFirstItemOf(robot, "JP");

        robot.type(KeyCode.ENTER);
        robot.clickOn("#field-note").write("silent in the informals");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().positions()).singleElement()
                .extracting(Position::delegationId, Position::stance, Position::note)
                .containsExactly(delegationId("JP"), Stance.UNKNOWN, "silent in the informals");
    }

    @Test
    void theItemsRunDown_andTheDelegationsAcross_withOurLineFirst(FxRobot robot) {
        TableView<ItemRow> table = matrix(robot);
        int amendments = desk.data().proposals().stream().mapToInt(p -> p.amendments().size()).sum();

        assertThat(table.getItems()).hasSize(amendments);
        assertThat(table.getColumns()).extracting(c -> ((MatrixRow) c.getUserData()).key())
                .startsWith("our-line").hasSize(1 + desk.data().delegations().size());
        assertThat(robot.lookup("#positions-items .table-cell").queryAll()).isNotEmpty();
    }

    @Test
    void aClickOnAnItem_selectsItsCellInTheFocusedColumn_andShowsItsDetails(FxRobot robot) {
        TableColumn<ItemRow, ?> jp = selectFirstItemOf(robot, "JP");
        TableView<ItemRow> table = matrix(robot);
        Node third = node(robot, "#positions-items .table-row-cell", n -> ((TableRow<?>) n).getIndex() == 2);

        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getFocusModel().getFocusedCell().getRow()).isEqualTo(2);
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn()).isSameAs(jp);
        Item item = table.getItems().get(2).item();
        assertThat(robot.lookup("#positions-details").queryTextInputControl().getText())
                .startsWith(new MatrixTexts(desk.data()).headerTooltip(item));
    }

    @Test
    void aProposalDroppedOnItsDelegationsColumnHeader_isHighlighted_andRecordsSupportOnEveryAmendment(FxRobot robot) {
        matrix(robot);
        Proposal ru = desk.data().proposals().stream().filter(p -> p.delegationId() == delegationId("RU"))
                .findFirst().orElseThrow();
        Node source = proposalRow(robot, ru);
        Node target = header(robot, "line-delegation-" + delegationId("RU"));
        Node ourLine = header(robot, "line-our-line");

        robot.drag(source.localToScreen(60, 10), MouseButton.PRIMARY).moveTo(centre(ourLine));
        assertThat(ourLine.getPseudoClassStates()).as("no drop on our line").doesNotContain(DragFormats.DROP_TARGET);
        robot.moveTo(centre(target));
        assertThat(target.getPseudoClassStates()).contains(DragFormats.DROP_TARGET);
        assertThat(cellsOf(robot, (TableColumn<?, ?>) ((TableColumnHeader) target).getTableColumn()))
                .as("the column's cells in view light up with its header")
                .isNotEmpty().allMatch(c -> c.getPseudoClassStates().contains(DragFormats.DROP_TARGET));
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
    void aProposalDroppedOnACellOfAnotherDelegationsColumn_recordsThatDelegationsStance(FxRobot robot) {
        TableView<ItemRow> table = matrix(robot);
        Proposal ru = desk.data().proposals().stream().filter(p -> p.delegationId() == delegationId("RU"))
                .findFirst().orElseThrow();
        TableColumn<ItemRow, ?> cn = column(table, "CN");
        Node cell = cellsOf(robot, cn).stream().filter(c -> ((TableCell<?, ?>) c).getIndex() == 3).findFirst()
                .orElseThrow(() -> new AssertionError("no cell of China's column on the fourth row in view"));

        robot.drag(proposalRow(robot, ru).localToScreen(60, 10), MouseButton.PRIMARY).moveTo(centre(cell));
        assertThat(header(robot, "line-delegation-" + delegationId("CN")).getPseudoClassStates())
                .contains(DragFormats.DROP_TARGET);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Stance> stance = (ComboBox<Stance>) inAnyWindow("#field-stance");
        assertThat(stance.getValue()).as("China did not table it").isEqualTo(Stance.UNKNOWN);
        robot.interact(() -> stance.setValue(Stance.OPPOSES));
        robot.clickOn(inAnyWindow("#form-ok"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.data().positions()).hasSize(ru.amendments().size())
                .allMatch(p -> p.delegationId() == delegationId("CN") && p.stance() == Stance.OPPOSES);
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

    /** Selects and focuses a delegation's cell on the first item, as a click would; returns its column. */
    private TableColumn<ItemRow, ?> selectFirstItemOf(FxRobot robot, String code) {
        TableView<ItemRow> table = matrix(robot);
        TableColumn<ItemRow, ?> column = column(table, code);
        robot.interact(() -> {
            table.scrollTo(0);
            table.scrollToColumn(column);
            table.getSelectionModel().clearAndSelect(0, column);
            table.getFocusModel().focus(0, column);
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return column;
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
    private TableView<ItemRow> matrix(FxRobot robot) {
        MainWindow w = desk.window();
        robot.interact(() -> {
            w.showTab("positions-tab");
            // Give the lower area room for a few rows of the matrix, as a user would by dragging the divider.
            robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == Orientation.VERTICAL).forEach(p -> p.setDividerPositions(0.55));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (TableView<ItemRow>) robot.lookup("#positions-table").query();
    }

    private TableColumn<ItemRow, ?> column(TableView<ItemRow> table, String code) {
        String id = "line-delegation-" + delegationId(code);
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + code));
    }

    private static Node header(FxRobot robot, String columnId) {
        return node(robot, "#positions-table .column-header", n -> n instanceof TableColumnHeader h
                && h.getTableColumn() != null && columnId.equals(h.getTableColumn().getId()));
    }

    private Node proposalRow(FxRobot robot, Proposal proposal) {
        return node(robot, "#proposals-tree .tree-table-row-cell", n -> ((TreeTableRow<?>) n).getItem()
                instanceof ProposalRow.OfProposal p && p.proposal().id() == proposal.id());
    }

    private static Point2D centre(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The cells of a column on the screen. */
    private static List<Node> cellsOf(FxRobot robot, TableColumn<?, ?> column) {
        return robot.lookup("#positions-table .matrix-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getTableColumn() == column && !((TableCell<?, ?>) n).isEmpty())
                .toList();
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

    private static List<String> cellTexts(FxRobot robot, TableColumn<?, ?> column) {
        List<String> texts = new ArrayList<>();
        for (Node n : cellsOf(robot, column)) {
            texts.add(((TableCell<?, ?>) n).getText());
        }
        return texts;
    }

    private long delegationId(String code) {
        return desk.data().delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }
}
