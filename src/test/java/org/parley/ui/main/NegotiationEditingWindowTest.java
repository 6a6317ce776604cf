package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.TimelineEvent;
import org.parley.ui.missions.MissionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing the negotiation's own facts on the whole desk (real sample, real workspace file,
 * headless Monocle): rescheduling by drag and by keys, undo, and a form that refuses a bad value.
 */
@ExtendWith(ApplicationExtension.class)
class NegotiationEditingWindowTest {

    /** At the desk's default zoom (3 px an hour) a day is 72 px. */
    private static final double DAY_PX = 72;

    @TempDir
    static Path folder;

    private DeskUnderTest desk;

    @Start
    void start(Stage stage) {
        desk = DeskUnderTest.start(stage, folder);
    }

    @Test
    void draggingAnEvent_reschedulesItInTheWorkspace_byWholeDays_andKeepsItSelected(FxRobot robot) throws Exception {
        TimelineEvent informals = event("Informals on UNMISS");

        robot.drag("#timeline-event-" + informals.id(), MouseButton.PRIMARY).moveBy(DAY_PX + 12, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Instant moved = informals.at().plus(Duration.ofDays(1));
        assertThat(storedAt(informals.id())).isEqualTo(moved);
        TimelineEvent selected = desk.window().timelineView().getViewModel().getSelectedEvent();
        assertThat(selected.id()).isEqualTo(informals.id());
        assertThat(selected.at()).isEqualTo(moved);
        assertThat(desk.errors).isEmpty();
    }

    @Test
    void escape_duringADrag_putsTheEventBack(FxRobot robot) throws Exception {
        TimelineEvent informals = event("Informals on UNMISS");

        robot.drag("#timeline-event-" + informals.id(), MouseButton.PRIMARY).moveBy(DAY_PX * 2, 0);
        robot.push(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedAt(informals.id())).isEqualTo(informals.at());
        assertThat(desk.editor().canUndo()).isFalse();
        assertThat(robot.lookup("#timeline-event-" + informals.id()).query().getTranslateX()).isZero();
    }

    @Test
    void altRight_movesTheSelectedEventByADay_atTheDefaultZoom(FxRobot robot) throws Exception {
        TimelineEvent informals = selectOnTheTimeline(robot, "Informals on UNMISS");

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedAt(informals.id())).isEqualTo(informals.at().plus(Duration.ofDays(1)));
    }

    @Test
    void altRight_zoomedIn_movesByAnHour(FxRobot robot) throws Exception {
        TimelineEvent informals = selectOnTheTimeline(robot, "Informals on UNMISS");
        robot.interact(() -> desk.window().timelineView().getViewModel().setZoom(10));

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedAt(informals.id())).isEqualTo(informals.at().plus(Duration.ofHours(1)));
    }

    @Test
    void ctrlZ_undoesAReschedule(FxRobot robot) throws Exception {
        TimelineEvent informals = selectOnTheTimeline(robot, "Informals on UNMISS");
        robot.drag("#timeline-event-" + informals.id(), MouseButton.PRIMARY).moveBy(DAY_PX + 12, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedAt(informals.id())).isNotEqualTo(informals.at());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedAt(informals.id())).isEqualTo(informals.at());
        assertThat(desk.editor().canRedo()).isTrue();
    }

    @Test
    void lineForm_withANegativeAmount_namesTheProblem_holdsOkBack_andStoresNothing(FxRobot robot) throws Exception {
        contextMenuOnRow(robot, "MONUSCO", "Human rights");
        robot.clickOn("Edit line…");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#field-acabq-recommended-usd").push(KeyCode.CONTROL, KeyCode.A).write("-5");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-problems").queryAs(Label.class).getText())
                .isEqualTo("ACABQ recommended (USD): an amount must not be negative");
        assertThat(robot.lookup("#form-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-ok").tryQuery()).isEmpty();
        assertThat(desk.editor().canUndo()).isFalse();
        assertThat(acabqOfMonuscoHumanRights()).isEqualTo(9_780_000);
    }

    @Test
    void postForm_savesAnEditedCount(FxRobot robot) throws Exception {
        contextMenuOnRow(robot, "UNMISS", "Human rights", "P-3 Human Rights Officer (encumbered)");
        robot.clickOn("Edit post…");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#field-count").push(KeyCode.CONTROL, KeyCode.A).write("40");
        robot.clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.editor().undoLabel()).contains("Edit post");
        var post = desk.data().missionByCode("UNMISS").orElseThrow().lines().stream()
                .filter(l -> l.name().equals("Human rights")).flatMap(l -> l.posts().stream())
                .filter(p -> p.displayTitle().equals("Human Rights Officer (P-3)")).findFirst().orElseThrow();
        assertThat(post.count()).isEqualTo(40);
        // The tree stays open on the edited row.
        assertThat(desk.window().missionsPane().table().getSelectionModel().getSelectedItem().getValue())
                .isInstanceOfSatisfying(MissionRow.OfPost.class, r -> assertThat(r.post().count()).isEqualTo(40));
    }

    @Test
    void negotiationMenu_opensTheDelegations(FxRobot robot) {
        desk.window();
        robot.clickOn("Negotiation").clickOn("Delegations…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#delegations-table").queryTableView().getItems()).hasSize(13);
        robot.push(KeyCode.ESCAPE);
    }

    // --- helpers ------------------------------------------------------------------------------

    private TimelineEvent event(String title) {
        desk.window();
        return desk.data().events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    private TimelineEvent selectOnTheTimeline(FxRobot robot, String title) {
        TimelineEvent e = event(title);
        robot.clickOn("#timeline-event-" + e.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.window().timelineView().getViewModel().getSelectedEvent()).isEqualTo(e);
        return e;
    }

    /** Opens the missions tree down to a row (mission, line[, post title]) and its context menu. */
    private void contextMenuOnRow(FxRobot robot, String mission, String line, String... post) {
        var table = desk.window().missionsPane().table();
        robot.interact(() -> {
            TreeItem<MissionRow> m = child(table.getRoot(), mission);
            m.setExpanded(true);
            TreeItem<MissionRow> l = child(m, line);
            TreeItem<MissionRow> target = l;
            if (post.length > 0) {
                l.setExpanded(true);
                target = child(l, post[0]);
            }
            table.getSelectionModel().select(target);
            table.scrollTo(table.getRow(target));
        });
        WaitForAsyncUtils.waitForFxEvents();
        MissionRow wanted = table.getSelectionModel().getSelectedItem().getValue();
        Node row = robot.lookup("#missions-table .tree-table-row-cell")
                .match(n -> ((TreeTableRow<?>) n).getItem() == wanted).query();
        // Headless Monocle sends no context-menu request on a right-click: open it as the platform would.
        robot.interact(() -> table.getContextMenu().show(row, Side.BOTTOM, 20, 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<MissionRow> child(TreeItem<MissionRow> parent, String label) {
        return parent.getChildren().stream().filter(i -> i.getValue().label().equals(label)
                || i.getValue().label().endsWith("× " + label)).findFirst().orElseThrow();
    }

    private Instant storedAt(long eventId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             PreparedStatement s = c.prepareStatement("SELECT at FROM timeline_event WHERE id = ?")) {
            s.setLong(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Instant.parse(rs.getString(1));
            }
        }
    }

    private long acabqOfMonuscoHumanRights() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.file);
             PreparedStatement s = c.prepareStatement("SELECT b.usd FROM line_baseline b JOIN budget_line l "
                     + "ON l.id = b.line_id JOIN mission m ON m.id = l.mission_id "
                     + "WHERE m.code = 'MONUSCO' AND l.name = 'Human rights' AND b.baseline = 'ACABQ_RECOMMENDED'")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
