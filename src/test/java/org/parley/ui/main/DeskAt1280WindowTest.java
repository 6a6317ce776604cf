package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parley.ui.common.Icons;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk at 1280x720, the smallest laptop screen it is made for (issue 14): the countdown is
 * never cut, and the key columns of each pane (the budget, its status and proposed cuts; the
 * proposal and its status; an amendment's target, dollars and value) are in view without
 * scrolling sideways.
 */
@ExtendWith(ApplicationExtension.class)
class DeskAt1280WindowTest {

    @TempDir
    Path folder;

    private DeskUnderTest desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = DeskUnderTest.start(stage, folder);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void theCountdownAndTheDeskClock_areNeverCut_theTitleGivesWayFirst(FxRobot robot) {
        desk.window();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(1280);
        for (String id : List.of("#countdown", "#desk-time")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            assertThat(shownText(label)).as(id + " as drawn").isEqualTo(label.getText());
            Bounds b = label.localToScene(label.getLayoutBounds());
            assertThat(b.getMaxX()).as(id + "'s right edge").isLessThanOrEqualTo(stage.getScene().getWidth());
        }
        Label title = robot.lookup("#negotiation-title").queryAs(Label.class);
        assertThat(title.getWidth()).as("the title keeps a few words").isGreaterThanOrEqualTo(100);
    }

    @Test
    void theKeyColumnsOfEachPane_lieInsideItsVisibleArea(FxRobot robot) {
        MainWindow window = desk.window();
        DeskRows rows = new DeskRows(robot, desk);
        rows.expand("UNMISS");
        rows.selectProposal("RU");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.proposalsPane().amendmentsTable().getItems()).isNotEmpty();
        inView(robot, window.missionsPane().table(), "Budget", "Status", "Proposed cuts");
        inView(robot, window.proposalsPane().tree(), "Delegation / proposal", "Status");
        inView(robot, window.proposalsPane().amendmentsTable(), "#", "Target", "Dollars", "Value");

        // a mission selected marks its proposals in bold: their status and date still read whole
        robot.interact(() -> window.missionsPane().table().getSelectionModel().select(rows.missionItem("UNFICYP")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new java.util.ArrayList<>();
        for (Node n : window.proposalsPane().tree().lookupAll(".tree-table-row-cell:related .tree-table-cell")) {
            javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) n;
            String shown = cell.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(t -> ((Text) t).getText()).findFirst().orElse("");
            String column = ((javafx.scene.control.TreeTableCell<?, ?>) cell).getTableColumn().getText();
            if (cell.getText() != null && !shown.equals(cell.getText()) && !column.equals("Delegation / proposal")
                    && !column.equals("Amendments")) {
                cut.add(column + ": " + shown);
            }
        }
        assertThat(window.proposalsPane().tree().lookupAll(".tree-table-row-cell:related")).isNotEmpty();
        assertThat(cut).as("cut cells of the marked proposals").isEmpty();
    }

    @Test
    void fit_showsTheSessionThroughTheDeadlineAndTheDesksNow(FxRobot robot) {
        MainWindow window = desk.window();
        robot.interact(() -> window.timelineView().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = window.timelineView().lookup(".viewport");
        Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
        var vm = window.timelineView().getViewModel();
        assertThat(vm.getDeadline()).isNotNull();
        assertThat(vm.deskNowProperty().get()).isNotNull();
        for (String marker : List.of(".deadline-line", ".desk-now")) {
            Node line = window.timelineView().lookup(marker);
            assertThat(line.isVisible()).as(marker + " drawn").isTrue();
            Bounds b = line.localToScene(line.getLayoutBounds());
            assertThat(b.getMinX()).as(marker + " left of the pane's right edge " + seen)
                    .isBetween(seen.getMinX(), seen.getMaxX() - 1);
        }
        // and the first event of the session too
        double first = window.timelineView().lookupAll(".timeline-event").stream()
                .mapToDouble(n -> n.localToScene(n.getLayoutBounds()).getMinX()).min().orElseThrow();
        assertThat(first).isGreaterThanOrEqualTo(seen.getMinX() - 1);
    }

    @Test
    void theToolbarOfTheDay_sitsBesideTheMenus_eachButtonItsMenuItemsTwin(FxRobot robot) {
        MainWindow window = desk.window();
        List<String> tools = List.of("#tool-new-proposal", "#tool-propose-amendment", "#tool-undo", "#tool-redo",
                "#tool-print", "#tool-find");
        for (String id : tools) {
            javafx.scene.control.Button b = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
            assertThat(b.getGraphic()).as(id + "'s icon").isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
            assertThat(b.getTooltip().getText()).as(id + "'s tooltip").isNotBlank();
            Bounds at = b.localToScene(b.getLayoutBounds());
            assertThat(at.getMaxX()).as(id + " in view at 1280").isLessThanOrEqualTo(stage.getScene().getWidth());
        }
        assertThat(robot.lookup("#tool-undo").queryAs(javafx.scene.control.Button.class).isDisabled())
                .as("nothing to undo yet").isTrue();
        robot.clickOn("#tool-find");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.missionsPane().filterField().isFocused()).as("Find puts the focus in the filter").isTrue();
    }

    /** Each named column's header ends left of the table's right edge (less its vertical scroll bar). */
    @Test
    void treeRows_showTheirKindAsAnIcon_oneIconPerCellOnTheScreen(FxRobot robot) {
        MainWindow w = desk.window();
        robot.interact(() -> w.missionsPane().table().getRoot().getChildren().forEach(m -> {
            m.setExpanded(true);
            m.getChildren().forEach(line -> line.setExpanded(true));
        }));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, String> iconOfText = new java.util.HashMap<>();
        for (Node n : w.missionsPane().table().lookupAll(".tree-table-cell")) {
            javafx.scene.control.TreeTableCell<?, ?> cell = (javafx.scene.control.TreeTableCell<?, ?>) n;
            if (cell.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon icon && cell.getText() != null) {
                iconOfText.put(cell.getText(), icon.getIconLiteral());
            }
        }
        assertThat(iconOfText).as("the missions' first column").containsEntry("MONUSCO", Icons.MISSION)
                .containsValues(Icons.BUDGET_LINE, Icons.POST);
        int rowsShown = w.missionsPane().table().lookupAll(".tree-table-row-cell").size();
        assertThat(w.missionsPane().table().lookupAll(".row-icon")).as("icons are cells', not rows'")
                .hasSizeLessThanOrEqualTo(rowsShown);
        List<String> proposals = w.proposalsPane().tree().lookupAll(".row-icon").stream()
                .map(n -> ((org.kordamp.ikonli.javafx.FontIcon) n).getIconLiteral()).toList();
        assertThat(proposals).contains(Icons.DELEGATION, Icons.PROPOSAL);
    }

    private static void inView(FxRobot robot, Control table, String... columns) {
        double right = table.localToScene(table.getLayoutBounds()).getMaxX() - table.snappedRightInset();
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()
                    && owner(bar) == table) {
                right -= bar.getWidth();
            }
        }
        for (String name : columns) {
            TableColumnHeader header = table.lookupAll(".column-header").stream()
                    .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                            && name.equals(((TableColumnBase<?, ?>) h.getTableColumn()).getText()))
                    .map(TableColumnHeader.class::cast).findFirst()
                    .orElseThrow(() -> new AssertionError("no column " + name + " in " + table.getId()));
            double edge = header.localToScene(header.getLayoutBounds()).getMaxX();
            assertThat(edge).as(table.getId() + ": the right edge of " + name).isLessThanOrEqualTo(right + 0.5);
        }
    }

    private static Control owner(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Control c && c.getId() != null) {
                return c;
            }
        }
        return null;
    }

    /** The text a label draws: its own, or shortened with an ellipsis when it does not fit. */
    private static String shownText(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
