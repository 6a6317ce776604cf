package org.parley.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.service.ProposalEdits;
import org.parley.ui.common.DragFormats;
import org.parley.ui.common.MoneyText;
import org.parley.ui.main.DeskUnderTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario view in the whole desk, on the real sample in a real workspace, under headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class ScenariosWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void theUsualScenarios_showHalfGoesThroughWithTheModelsTotals(FxRobot robot) {
        openScenarios(robot);

        robot.clickOn("#scenarios-usual");
        robot.clickOn(robot.lookup("#scenarios-list .list-cell").match(c -> "Half goes through".equals(
                ((ListCell<?>) c).getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        Scenario half = scenario("Half goes through");
        var expected = ScenarioCalculator.of(desk.data(), half);
        assertThat(label(robot, "#scenario-total")).isEqualTo(ScenarioText.total(expected,
                expected.missions().values().stream().anyMatch(m -> m.illustrative())));
        long firstMission = expected.missions().keySet().iterator().next();
        assertThat(cell(robot, "totals-dollars", 0).getText()).startsWith(
                MoneyText.compact(expected.mission(firstMission).orElseThrow().cut().usd()));
        assertThat(cell(robot, "totals-at-risk", 0).getText())
                .isEqualTo(ScenarioText.atRisk(expected.mission(firstMission).orElseThrow().atRisk()))
                .contains("est.");
        robot.interact(() -> Snapshots.save(desk.window().getScene().getRoot(), "scenarios-half"));

        robot.clickOn("#chart-tab");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> values = new ArrayList<>();
        robot.lookup("#scenario-chart .bar-value").queryAll().forEach(n -> values.add(((Text) n).getText()));
        assertThat(values).as("each bar carries its value as text").hasSize(expected.missions().size())
                .contains(cell(robot, "totals-dollars", 0).getText());
        robot.interact(() -> Snapshots.save(desk.window().getScene().getRoot(), "scenarios-chart"));
        // the axes' labels never overlap, at 1280x720 nor in a narrow window
        javafx.scene.chart.XYChart<?, ?> chart = robot.lookup("#scenario-chart").queryAs(javafx.scene.chart.XYChart.class);
        Stage stage = (Stage) chart.getScene().getWindow();
        for (double width : new double[] {1280, 820}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(720);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.chart.Axis<?> axis : List.of(chart.getXAxis(), chart.getYAxis())) {
                List<javafx.geometry.Bounds> shown = axis.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Text t && t.isVisible() && !t.getText().isEmpty())
                        .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
                assertThat(shown).as("tick labels of an axis at " + width).hasSizeGreaterThan(1);
                for (int i = 0; i < shown.size(); i++) {
                    for (int j = i + 1; j < shown.size(); j++) {
                        assertThat(shown.get(i).intersects(shown.get(j))).as("labels " + i + " and " + j
                                + " of an axis at width " + width + ": " + shown.get(i) + " " + shown.get(j)).isFalse();
                    }
                }
            }
        }
        assertThat(desk.errors).isEmpty();
    }

    @Test
    void aShareChangedInPlace_from100To50_givesTheHalfTotal(FxRobot robot) throws Exception {
        openScenarios(robot);
        robot.clickOn("#scenario-new");
        robot.clickOn("#field-name").write("Russia alone");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel().selectedProperty().get().name()).isEqualTo("Russia alone");
        robot.clickOn("#scenario-add-proposal");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.errors).isEmpty();
        Proposal ru = desk.data().proposals().get(0);
        assertThat(viewModel().getItems()).extracting(ItemRow::item)
                .containsExactly(ScenarioItem.proposal(ru.id(), Share.WHOLE));
        long full = viewModel().totalsProperty().get().grandTotalUsd();

        editShare(robot, "50");

        var half = ScenarioCalculator.of(desk.data(), new Scenario(1, "half", 0,
                List.of(ScenarioItem.proposal(ru.id(), Share.ofBasisPoints(5_000)))));
        assertThat(cell(robot, "item-share", 0).getText()).isEqualTo("50%");
        assertThat(label(robot, "#scenario-total")).isEqualTo(ScenarioText.total(half, true));
        assertThat(viewModel().totalsProperty().get().grandTotalUsd()).isEqualTo(half.grandTotalUsd())
                .isLessThan(full);
    }

    @Test
    void aShareOutsideZeroToHundred_isNamed_andNothingIsStored(FxRobot robot) throws Exception {
        openScenarios(robot);
        robot.interact(() -> {
            viewModel().actions().create("Russia alone", "");
            viewModel().actions().addProposal(desk.data().proposals().get(0).id(), Share.WHOLE);
        });
        String undo = desk.editor().undoLabel().orElseThrow();

        editShare(robot, "150");

        assertThat(label(robot, "#scenarios-message")).isEqualTo("Share: \"150\": a percentage must be between 0 and 100");
        assertThat(robot.lookup("#share-editor").queryComboBox().getStyleClass()).contains("error");
        assertThat(desk.editor().undoLabel()).contains(undo);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "item-share", 0).getText()).isEqualTo("100%");
        assertThat(label(robot, "#scenarios-message")).isEmpty();
    }

    @Test
    void aScenarioTotal_changesAfterAnAmendmentEdit_andCtrlZRestoresIt(FxRobot robot) throws Exception {
        openScenarios(robot);
        robot.clickOn("#scenarios-usual");
        WaitForAsyncUtils.waitForFxEvents();
        String before = cell(robot, "totals-dollars", 0).getText();
        String totalBefore = label(robot, "#scenario-total");
        long monusco = desk.data().missionByCode("MONUSCO").orElseThrow().id();
        Amendment a = desk.data().proposals().get(0).amendments().stream()
                .filter(x -> x.kind() == AmendmentKind.PERCENT_CUT && Long.valueOf(monusco).equals(x.target().missionId()))
                .findFirst().orElseThrow();

        robot.interact(() -> run(() -> new ProposalEdits(desk.editor()).updateAmendment(new Amendment(a.id(),
                a.target(), a.kind(), 1_000, a.rationale(), a.provenance()))));

        var expected = ScenarioCalculator.of(desk.data(), scenario("All proposals in full"));
        String after = cell(robot, "totals-dollars", 0).getText();
        assertThat(after).isNotEqualTo(before).startsWith(
                MoneyText.compact(expected.mission(monusco).orElseThrow().cut().usd()));
        assertThat(label(robot, "#scenario-total")).isNotEqualTo(totalBefore);
        robot.clickOn("#scenario-totals");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(robot, "totals-dollars", 0).getText()).isEqualTo(before);
        assertThat(label(robot, "#scenario-total")).isEqualTo(totalBefore);
    }

    /**
     * The proposals tree is not a drag source on this branch yet, so a stand-in label in the
     * window puts a proposal on the dragboard exactly as the brief says the tree will: its id
     * in {@link DragFormats#PROPOSAL}. The drop itself is the real one.
     */
    @Test
    void aProposalDroppedOnTheItems_isAdoptedInFull(FxRobot robot) {
        openScenarios(robot);
        robot.interact(() -> viewModel().actions().create("Plan B", ""));
        Proposal cn = desk.data().proposals().get(1);
        Label source = new Label("drag CN");
        source.setId("test-drag-source");
        source.setOnDragDetected(e -> {
            DragFormats.put(source.startDragAndDrop(TransferMode.COPY_OR_MOVE), DragFormats.PROPOSAL,
                    String.valueOf(cn.id()), "CN proposal");
            e.consume();
        });
        robot.interact(() -> ((VBox) desk.window().getTop()).getChildren().add(source));

        robot.drag("#test-drag-source").moveTo("#scenario-items");
        WaitForAsyncUtils.waitForFxEvents();
        boolean highlighted = itemsTable(robot).getPseudoClassStates().contains(DragFormats.DROP_TARGET);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(highlighted).isTrue();
        assertThat(itemsTable(robot).getPseudoClassStates()).doesNotContain(DragFormats.DROP_TARGET);
        assertThat(viewModel().getItems()).extracting(ItemRow::item)
                .containsExactly(ScenarioItem.proposal(cn.id(), Share.WHOLE));
        assertThat(cell(robot, "item-share", 0).getText()).isEqualTo("100%");
        assertThat(desk.editor().undoLabel()).contains("Add to scenario");

        robot.drag("#test-drag-source").moveTo("#scenario-items");
        WaitForAsyncUtils.waitForFxEvents();
        boolean again = itemsTable(robot).getPseudoClassStates().contains(DragFormats.DROP_TARGET);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again).as("a proposal the scenario adopts already is no drop target").isFalse();
        assertThat(viewModel().getItems()).hasSize(1);
        assertThat(desk.errors).isEmpty();
    }

    private static javafx.scene.Node itemsTable(FxRobot robot) {
        return robot.lookup("#scenario-items").query();
    }

    @Test
    void compare_showsTheSecondScenarioBesideTheFirst(FxRobot robot) {
        openScenarios(robot);
        robot.clickOn("#scenarios-usual");
        robot.clickOn("#compare-tab");
        robot.clickOn("#compare-with");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(c -> "Half goes through".equals(
                ((ListCell<?>) c).getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        var full = ScenarioCalculator.of(desk.data(), scenario("All proposals in full"));
        var half = ScenarioCalculator.of(desk.data(), scenario("Half goes through"));
        assertThat(label(robot, "#compare-summary")).isEqualTo(TotalsTables.comparisonText(
                "All proposals in full", full, "Half goes through", half));
        assertThat(cell(robot, "compare-difference", 0).getText()).startsWith("−$");
        robot.interact(() -> Snapshots.save(desk.window().getScene().getRoot(), "scenarios-compare"));
    }

    /** Double-clicks the first item's share, types over it (the box selects what it shows) and presses Enter. */
    /** Double-clicks the first item's share, types a new one over it and presses Enter. */
    private void editShare(FxRobot robot, String text) {
        robot.doubleClickOn(cell(robot, "item-share", 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportCsv_isOfferedOnlyWithAScenarioSelected(FxRobot robot) {
        openScenarios(robot);
        Button export = robot.lookup("#scenario-export-csv").queryButton();
        robot.interact(() -> viewModel().select(null));
        assertThat(export.isDisabled()).isTrue();

        robot.clickOn("#scenarios-usual");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel().selectedProperty().get()).isNotNull();
        assertThat(export.isDisabled()).isFalse();
        assertThat(export.getTooltip().getText()).contains("CSV");
    }

    private void openScenarios(FxRobot robot) {
        desk.window();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScenariosViewModel viewModel() {
        return ((ScenariosPane) desk.window().lookup("#scenarios-pane")).viewModel();
    }

    private Scenario scenario(String name) {
        return desk.data().scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The visible cell of a column at a row. */
    private static TableCell<?, ?> cell(FxRobot robot, String columnId, int row) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row && !c.isEmpty()
                && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible())
                .queryAs(TableCell.class);
    }

    private interface Gesture {
        void run() throws Exception;
    }

    private static void run(Gesture g) {
        try {
            g.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
