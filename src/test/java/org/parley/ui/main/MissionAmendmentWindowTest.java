package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AllocationRule;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.ui.missions.MissionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 on the whole desk, on the real sample in a real workspace file, under headless
 * Monocle: a mission as a whole is the target of a new amendment by the keyboard (Ctrl+Shift+A on
 * the mission's row, Ctrl+Shift+M from any row of it), by the context menu and by dropping a
 * proposal on it; the US top-line cut's form allocates it by hand (decision 0025). Each gesture
 * is read back from the file.
 */
@ExtendWith(ApplicationExtension.class)
class MissionAmendmentWindowTest {

    @TempDir
    static Path folder;

    private DeskUnderTest desk;
    private DeskRows rows;

    @Start
    void start(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX() + 20);
        stage.setY(screen.getMinY() + 20);
        stage.setWidth(screen.getWidth() - 40);
        stage.setHeight(screen.getHeight() - 40);
        desk = DeskUnderTest.start(stage, folder);
        rows = new DeskRows(new FxRobot(), desk);
    }

    @Test
    void ctrlShiftA_onAMissionWithoutLines_addsAnAmountCutOnTheWholeMission_toTheFile(FxRobot robot) throws Exception {
        rows.selectProposal("US");
        select(robot, rows.missionItem("UNIFIL"));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: UNIFIL (amount");
        chooseKind(robot, AmendmentKind.AMOUNT_CUT);
        robot.clickOn("#field-value").write("5M");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Amendment added = last(rows.proposal("US").amendments());
        long unifil = rows.missionItem("UNIFIL").getValue().missionId();
        assertThat(added.target().missionId()).isEqualTo(unifil);
        assertThat(added.target().lineId()).isNull();
        assertThat(added.value()).isEqualTo(5_000_000L);
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + added.id() + " AND target_mission_id = "
                + unifil + " AND target_line_id IS NULL AND kind = 'AMOUNT_CUT' AND value = 5000000")).isEqualTo(1);
    }

    @Test
    void ctrlShiftM_onALineRow_aimsAtTheWholeMission(FxRobot robot) throws Exception {
        rows.selectProposal("US");
        rows.expand("MONUSCO");
        select(robot, rows.missionItem("MONUSCO").getChildren().get(0));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO (amount");
        robot.clickOn("#field-value").write("10");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Amendment added = last(rows.proposal("US").amendments());
        assertThat(added.kind()).isEqualTo(AmendmentKind.PERCENT_CUT);
        assertThat(added.target().lineId()).isNull();
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + added.id()
                + " AND target_line_id IS NULL AND value = 1000")).isEqualTo(1);
    }

    @Test
    void proposeAmendment_fromAMissionRowsContextMenu_opensTheFormOnTheMission(FxRobot robot) {
        rows.selectProposal("RU");
        Node monusco = rows.missionRow(r -> r instanceof MissionRow.OfMission m && m.missionCode().equals("MONUSCO"));
        robot.clickOn(rows.leftOf(monusco));
        robot.interact(() -> desk.window().missionsPane().table().getContextMenu()
                .show(monusco, javafx.geometry.Side.BOTTOM, 20, 0));
        robot.clickOn("Propose amendment… (Ctrl+Shift+A)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO (amount")
                .contains("Proposal: RU");
        robot.clickOn("#form-cancel");
    }

    @Test
    void aProposalDroppedOnAMissionRow_becomesAnAmendmentOnTheMission(FxRobot robot) throws Exception {
        int before = rows.proposal("CN").amendments().size();
        Node monusco = rows.missionRow(r -> r instanceof MissionRow.OfMission m && m.missionCode().equals("MONUSCO"));

        robot.drag(rows.leftOf(rows.proposalRow("CN"))).dropTo(rows.leftOf(monusco));
        WaitForAsyncUtils.waitForFxEvents();
        DeskRows.waitUntil(() -> robot.lookup("#form-intro").tryQuery().isPresent());

        assertThat(robot.lookup("#form-intro").queryAs(Label.class).getText()).startsWith("Target: MONUSCO (amount")
                .contains("Proposal: CN");
        robot.clickOn("#field-value").write("5");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        List<Amendment> after = rows.proposal("CN").amendments();
        assertThat(after).hasSize(before + 1);
        assertThat(last(after).target().lineId()).isNull();
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + last(after).id()
                + " AND target_line_id IS NULL")).isEqualTo(1);
    }

    @Test
    void theTopLineCutsForm_allocatesItByHand_inItsTable_andTheFileHoldsTheParts(FxRobot robot) throws Exception {
        rows.selectProposal("US");
        robot.doubleClickOn(rows.leftOf(rows.amendmentRow(0)));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> rule = robot.lookup("#field-allocation").queryAs(ComboBox.class);
        assertThat(rule.getValue().toString()).contains("ACABQ recommended");
        assertThat(robot.lookup("#allocation-add").queryButton().isDisabled()).as("only by hand").isTrue();

        robot.interact(() -> rule.getSelectionModel().select(rule.getItems().size() - 1)); // by hand
        assertThat(problems(robot)).contains("add the missions and their amounts");
        addRow(robot, "UNIFIL", "50M");
        addRow(robot, "UNSOS", "78,000,000");
        // 50,000,000 + 78,000,000 = 128,000,000 against the cut's 129,000,000
        assertThat(sum(robot)).isEqualTo("Allocated $128,000,000 of the cut's $129,000,000: $1,000,000 still to place");
        assertThat(problems(robot)).contains("the amounts add up to $128,000,000, not the cut's $129,000,000"
                + " ($1,000,000 still to place)");
        assertThat(robot.lookup("#form-ok").queryButton().isDisabled()).isTrue();

        addRow(robot, "UNIFIL", "2M");
        assertThat(problems(robot)).contains("row 3: UNIFIL is already in row 1");
        // 128,000,000 + 2,000,000 = 130,000,000
        assertThat(sum(robot)).endsWith("$1,000,000 more than the cut");
        robot.clickOn(cells(robot, ".allocation-remove").get(2));
        assertThat(cells(robot, ".allocation-amount")).hasSize(2);

        robot.clickOn(cells(robot, ".allocation-amount").get(1)).push(KeyCode.CONTROL, KeyCode.A).write("79M");
        assertThat(sum(robot)).isEqualTo("Allocated $129,000,000 of the cut's $129,000,000: they add up");
        assertThat(problems(robot)).isEmpty();
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Amendment cut = rows.proposal("US").amendments().get(0);
        long unifil = rows.missionItem("UNIFIL").getValue().missionId();
        long unsos = rows.missionItem("UNSOS").getValue().missionId();
        assertThat(cut.allocation().rule()).isEqualTo(AllocationRule.BY_HAND);
        assertThat(count("SELECT COUNT(*) FROM amendment WHERE id = " + cut.id()
                + " AND allocation_rule = 'BY_HAND' AND allocation_baseline IS NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM amendment_allocation WHERE amendment_id = " + cut.id())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM amendment_allocation WHERE amendment_id = " + cut.id()
                + " AND mission_id = " + unifil + " AND usd = 50000000")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM amendment_allocation WHERE amendment_id = " + cut.id()
                + " AND mission_id = " + unsos + " AND usd = 79000000")).isEqualTo(1);
        assertThat(count("SELECT mission_id FROM amendment_allocation WHERE amendment_id = " + cut.id()
                + " ORDER BY position LIMIT 1")).as("in the table's order").isEqualTo((int) unifil);

        // Opened again, the table shows the parts as saved.
        robot.doubleClickOn(rows.leftOf(rows.amendmentRow(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot, ".allocation-amount").stream().map(n -> ((TextField) n).getText()).toList())
                .containsExactly("50,000,000", "79,000,000");
        assertThat(cells(robot, ".allocation-mission").stream().map(n -> String.valueOf(((ComboBox<?>) n).getValue()))
                .toList()).containsExactly("UNIFIL", "UNSOS");
        robot.clickOn("#form-cancel");
    }

    /** "Add mission", the mission chosen in the new row's box, the amount typed in its field. */
    private void addRow(FxRobot robot, String code, String amount) {
        robot.clickOn("#allocation-add");
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> missions = cells(robot, ".allocation-mission");
        @SuppressWarnings("unchecked")
        ComboBox<String> box = (ComboBox<String>) missions.get(missions.size() - 1);
        robot.interact(() -> box.getSelectionModel().select(code));
        List<Node> amounts = cells(robot, ".allocation-amount");
        robot.clickOn(amounts.get(amounts.size() - 1)).write(amount);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cells' controls of the by-hand table that show a row, top to bottom. */
    private static List<Node> cells(FxRobot robot, String styleClass) {
        return robot.lookup("#field-amounts-by-hand").lookup(styleClass).queryAll().stream()
                .filter(n -> n.getScene() != null && n.isVisible() && ((javafx.scene.control.TableCell<?, ?>) n.getParent())
                        .getItem() != null)
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .toList();
    }

    private static String sum(FxRobot robot) {
        return robot.lookup("#allocation-sum").queryAs(Label.class).getText();
    }

    private static String problems(FxRobot robot) {
        return robot.lookup("#form-problems").queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, TreeItem<MissionRow> item) {
        robot.interact(() -> {
            desk.window().missionsPane().table().getSelectionModel().select(item);
            desk.window().missionsPane().table().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseKind(FxRobot robot, AmendmentKind kind) {
        ComboBox<?> box = robot.lookup("#field-kind").queryAs(ComboBox.class);
        robot.interact(() -> {
            for (int i = 0; i < box.getItems().size(); i++) {
                if (box.getItems().get(i) == kind) {
                    box.getSelectionModel().select(i);
                }
            }
        });
    }

    private int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Amendment last(List<Amendment> list) {
        return list.get(list.size() - 1);
    }
}
