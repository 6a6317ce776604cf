package org.parley.ui.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.NegotiationBuilder;
import org.parley.model.NegotiationData;
import org.parley.model.Target;
import org.parley.service.Editor;
import org.parley.store.PlainSqlite;
import org.parley.store.Workspace;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.common.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The positions matrix of a negotiation of real size (issue 12): thousands of amendments down,
 * sixty delegations across. What the pane builds follows what is in view, not the item count;
 * the item column stays in view however far right the matrix is scrolled; and a stance typed
 * in a cell out of view is written and brought into view (issue 14).
 */
@ExtendWith(ApplicationExtension.class)
class PositionsAtScaleWindowTest {

    private static final int DELEGATIONS = 60;

    @TempDir
    Path dir;

    private Stage stage;
    private final List<Workspace> opened = new ArrayList<>();

    /** A desk on a generated negotiation, with the pane shown. */
    private record Desk(Path file, NegotiationData data, PositionsPane pane) {
        List<Amendment> amendments() {
            return data.proposals().stream().flatMap(p -> p.amendments().stream()).toList();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        for (Workspace w : opened) {
            w.close();
        }
    }

    @Test
    void whatThePaneBuilds_followsWhatIsInView_notTheNumberOfItems(FxRobot robot) throws Exception {
        PositionsPane few = open(robot, 300).pane();
        int[] small = {nodesUnder(robot, few), cellsUnder(robot, few)};
        PositionsPane many = open(robot, 3_000).pane();
        int[] large = {nodesUnder(robot, many), cellsUnder(robot, many)};

        assertThat(large[1]).as("table cells and rows with 3,000 items (300 items: " + small[1] + ")")
                .isLessThan(2_000).isLessThanOrEqualTo(small[1] + small[1] / 10);
        assertThat(large[0]).as("all nodes under the pane with 3,000 items (300 items: " + small[0] + ")")
                .isLessThanOrEqualTo(small[0] + small[0] / 10);
    }

    @Test
    void theItemColumn_staysInView_whenScrolledRightToTheLastDelegation(FxRobot robot) throws Exception {
        Desk desk = open(robot, 3_000);
        TableView<?> table = robot.lookup("#positions-table").queryAs(TableView.class);
        TableColumn<?, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        robot.interact(() -> table.scrollToColumn(castColumn(last)));
        WaitForAsyncUtils.waitForFxEvents();

        Node itemHeader = header(robot, "positions-item-column");
        Node lastHeader = header(robot, Objects.requireNonNull(last.getId(), "the last column's id"));
        Bounds pane = desk.pane().localToScreen(desk.pane().getBoundsInLocal());
        Bounds item = itemHeader.localToScreen(itemHeader.getBoundsInLocal());
        Bounds shownLast = lastHeader.localToScreen(lastHeader.getBoundsInLocal());
        assertThat(last.getId()).as("the last column is the last delegation's")
                .isEqualTo("line-delegation-" + desk.data().delegations().get(DELEGATIONS - 1).id());
        assertThat(itemHeader.isVisible()).isTrue();
        assertThat(item.getMinX()).as("item header's left edge").isGreaterThanOrEqualTo(pane.getMinX());
        assertThat(shownLast.getMaxX()).as("the last delegation's header is in view")
                .isLessThanOrEqualTo(pane.getMaxX());
        assertThat(shownLast.getMinX()).as("and right of the item column, not under it")
                .isGreaterThanOrEqualTo(item.getMaxX());
        assertThat(texts(robot, "#positions-items .table-cell")).as("the items' texts beside the scrolled cells")
                .anyMatch(t -> t.contains(desk.data().describe(Item.amendment(desk.amendments().get(0).id()))));

        robot.interact(() -> table.scrollTo(1_500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowTop(robot, "#positions-items", 1_500)).as("the item row beside its stances, scrolled down")
                .isCloseTo(rowTop(robot, "#positions-table", 1_500), org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> table.scrollTo(2_999));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowTop(robot, "#positions-items", 2_999)).as("and at the very end, above the scroll bar across")
                .isCloseTo(rowTop(robot, "#positions-table", 2_999), org.assertj.core.data.Offset.offset(1.0));    }

    @Test
    void typingOOnASelectedCellOutOfView_writesOpposes_andTheDetailsShowIt(FxRobot robot) throws Exception {
        Desk desk = open(robot, 3_000);
        TableView<?> table = robot.lookup("#positions-table").queryAs(TableView.class);
        Delegation who = desk.data().delegations().get(40);
        Amendment what = desk.amendments().get(2_500);
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> ("line-delegation-" + who.id())
                .equals(c.getId())).findFirst().orElseThrow(() -> new AssertionError("no column for " + who.code()));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(2_500, castColumn(column));
            table.getFocusModel().focus(2_500, castColumn(column));
            table.requestFocus();
        });

        robot.type(KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(PlainSqlite.read(desk.file(), "SELECT delegation_id || ':' || amendment_id || ':' || stance"
                + " FROM position")).isEqualTo(who.id() + ":" + what.id() + ":OPPOSES");
        assertThat(robot.lookup("#positions-details").queryTextInputControl().getText())
                .as("the focused item's details, beside the matrix").contains("− opposes:\n  " + who.code());
    }

    // ---- a negotiation of that size, in a real workspace file -------------------------------

    private Desk open(FxRobot robot, int amendments) throws Exception {
        NegotiationData built = negotiation(amendments);
        Path file = dir.resolve("scale-" + amendments + ".parley");
        Workspace workspace = Workspace.open(file);
        opened.add(workspace);
        long id = workspace.insertNegotiation(built);
        NegotiationData data = workspace.loadNegotiation(id);
        Editor editor = new Editor(workspace, data, Clock.fixed(Instant.parse("2018-06-26T14:00:00Z"), ZoneOffset.UTC));
        DeskEditing editing = new DeskEditing(editor, new FakeDialogs());
        editor.addListener(editing::onApplied);
        PositionsViewModel vm = new PositionsViewModel(editing);
        editor.addListener(vm::onApplied);
        PositionsPane[] pane = new PositionsPane[1];
        robot.interact(() -> {
            pane[0] = new PositionsPane(vm);
            Scene scene = new Scene(pane[0], 1280, 720);
            scene.getStylesheets().add(Objects.requireNonNull(
                    PositionsPane.class.getResource("/org/parley/assets/css/parley.css")).toExternalForm());
            stage.setScene(scene);
            stage.setWidth(1280);
            stage.setHeight(720);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new Desk(file, data, pane[0]);
    }

    /** Sixty delegations (the last ten groups of two), ten missions of five lines, and the amendments spread over them. */
    private static NegotiationData negotiation(int amendments) {
        NegotiationBuilder b = new NegotiationBuilder();
        List<Delegation> states = new ArrayList<>();
        for (int i = 1; i <= DELEGATIONS - 10; i++) {
            states.add(b.delegation(String.format("D%02d", i), String.format("Delegation %02d", i)));
        }
        for (int i = 1; i <= 10; i++) {
            b.group(String.format("G%02d", i), String.format("Group %02d", i), states.get(2 * i - 2), states.get(2 * i - 1));
        }
        List<Target> targets = new ArrayList<>();
        for (int m = 1; m <= 10; m++) {
            List<BudgetLine> lines = new ArrayList<>();
            for (int l = 1; l <= 5; l++) {
                lines.add(NegotiationBuilder.line(b.id(), "Line " + l, LineCategory.HUMAN_RIGHTS, 1_000_000L * l));
            }
            Mission mission = b.mission(String.format("M%02d", m), 10_000_000L, lines.toArray(BudgetLine[]::new));
            lines.forEach(l -> targets.add(Target.line(mission.id(), l.id())));
        }
        int perProposal = 100;
        for (int made = 0, p = 0; made < amendments; p++) {
            List<Amendment> list = new ArrayList<>();
            for (int i = 0; i < perProposal && made < amendments; i++, made++) {
                list.add(b.amend(targets.get(made % targets.size()), AmendmentKind.PERCENT_CUT, 100 + made % 4_000));
            }
            b.proposal(states.get(p % states.size()), list.toArray(Amendment[]::new));
        }
        return b.build();
    }

    // ---- what is on the screen ----------------------------------------------------------------

    private static int nodesUnder(FxRobot robot, Parent root) {
        WaitForAsyncUtils.waitForFxEvents();
        int[] count = new int[1];
        robot.interact(() -> count[0] = count(root));
        return count[0];
    }

    /** The cells and rows of both tables. */
    private static int cellsUnder(FxRobot robot, Parent root) {
        int[] count = new int[1];
        robot.interact(() -> count[0] = (int) root.lookupAll(".indexed-cell").stream()
                .filter(n -> n instanceof IndexedCell<?>).count());
        return count[0];
    }

    private static int count(Node n) {
        int c = 1;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    private static Node header(FxRobot robot, String columnId) {
        return robot.lookup(".column-header").queryAll().stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && columnId.equals(h.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no header shown for " + columnId));
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof Labeled l && l.getText() != null)
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private static double rowTop(FxRobot robot, String table, int index) {
        Node row = robot.lookup(table + " .table-row-cell").queryAll().stream()
                .filter(n -> ((IndexedCell<?>) n).getIndex() == index && n.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + index + " shown in " + table));
        return row.localToScreen(row.getBoundsInLocal()).getMinY();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> TableColumn<S, ?> castColumn(TableColumn column) {
        return column;
    }
}
