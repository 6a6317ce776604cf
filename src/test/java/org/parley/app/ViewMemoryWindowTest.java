package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Proposal;
import org.parley.model.TimelineEvent;
import org.parley.service.DeskService;
import org.parley.ui.main.MainWindow;
import org.parley.ui.missions.MissionRow;
import org.parley.ui.missions.MissionsViewModel;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view as left (decision 0015), on the real desk under Monocle: what the user left (window
 * size and place, bottom tab, dividers, selection) comes back when the workspace opens again;
 * bad or stale values planted in the file are skipped, and the desk opens as usual.
 */
@ExtendWith(ApplicationExtension.class)
class ViewMemoryWindowTest {

    private static final java.time.Clock WALL = java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T06:00:00Z"),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Stage stage;
    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();
    private double[] stageBefore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAndPutTheStageBack(FxRobot robot) {
        robot.interact(() -> {
            if (starter != null) {
                starter.close();
            }
            if (stageBefore != null) {
                // the stage is shared by every TestFX test of the run
                stage.setX(stageBefore[0]);
                stage.setY(stageBefore[1]);
                stage.setWidth(stageBefore[2]);
                stage.setHeight(stageBefore[3]);
            }
        });
    }

    private MainWindow open(FxRobot robot, Path file) {
        if (stageBefore == null && stage.getScene() != null) {
            stageBefore = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        }
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample, WALL),
                new DeskStarter.Environment(Runnable::run, WALL, errors::add, () -> { }));
        robot.interact(() -> starter.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        if (stageBefore == null) {
            stageBefore = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        }
        return starter.window().orElseThrow(() -> new AssertionError("no window; errors: " + errors));
    }

    private void closeDesk(FxRobot robot) {
        robot.interact(starter::close);
        starter = null;
    }

    @Test
    void whatTheUserLeft_comesBackWhenTheWorkspaceOpensAgain(FxRobot robot) throws Exception {
        Path file = folder.resolve("desk.db");
        MainWindow first = open(robot, file);
        var data = starter.desk().orElseThrow().data();
        Proposal proposal = data.proposals().stream().filter(p -> p.amendments().size() >= 2).findFirst().orElseThrow();
        long amendmentId = proposal.amendments().get(1).id();
        TimelineEvent event = data.events().get(2);
        List<String> lineRow = new ArrayList<>();
        robot.interact(() -> {
            first.showTab("positions-tab");
            split(first, "panes").setDividerPositions(0.3, 0.6);
            TreeItem<MissionRow> mission = first.missionsPane().table().getRoot().getChildren().get(1);
            mission.setExpanded(true);
            TreeItem<MissionRow> line = mission.getChildren().get(0);
            first.missionsPane().table().getSelectionModel().select(line);
            lineRow.add(MissionsViewModel.keyOf(mission.getValue()).toString());
            lineRow.add(MissionsViewModel.keyOf(line.getValue()).toString());
            first.timelineView().getViewModel().selectedEventProperty().set(event);
            var tree = first.proposalsPane().tree();
            tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> i.getValue() instanceof ProposalRow.OfProposal p && p.proposal().id() == proposal.id())
                    .findFirst().ifPresent(i -> tree.getSelectionModel().select(i));
            var table = first.proposalsPane().amendmentsTable();
            table.getItems().stream().filter(r -> r.amendment().id() == amendmentId).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            stage.setX(30);
            stage.setY(20);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] panes = split(first, "panes").getDividerPositions(); // as the layout left them
        double[] desk = split(first, "desk-split").getDividerPositions();

        // written on its own within a few seconds, before any close: a killed desk keeps it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                "positions-tab".equals(starter.desk().orElseThrow().viewState().get("tab")));
        assertThat(starter.desk().orElseThrow().editor().canUndo()).as("remembering the view is no gesture").isFalse();
        closeDesk(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(980);
            stage.setHeight(690);
        });

        MainWindow again = open(robot, file);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(30, 20, 900, 640);
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("positions-tab");
        assertThat(split(again, "panes").getDividerPositions()).containsExactly(panes, within(0.01));
        assertThat(split(again, "desk-split").getDividerPositions()).containsExactly(desk, within(0.01));
        TreeItem<MissionRow> selected = again.missionsPane().table().getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        assertThat(List.of(MissionsViewModel.keyOf(selected.getParent().getValue()).toString(),
                MissionsViewModel.keyOf(selected.getValue()).toString())).isEqualTo(lineRow);
        assertThat(selectedProposal(again)).isEqualTo(proposal.id());
        assertThat(again.proposalsPane().amendmentsTable().getSelectionModel().getSelectedItem().amendment().id())
                .isEqualTo(amendmentId);
        assertThat(again.timelineView().getViewModel().selectedEventProperty().get().id()).isEqualTo(event.id());
        assertThat(starter.desk().orElseThrow().editor().canUndo()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void badOrStaleValuesInTheFile_areSkipped_keyByKey_andTheDeskOpensAsUsual(FxRobot robot) throws Exception {
        Path file = folder.resolve("desk.db");
        double[] defaults = defaultPanes(robot);
        new DeskService(NegotiationJson::readSample, WALL).open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO view_state VALUES ('window.x', 'left'), ('window.y', '10'),"
                    + " ('window.width', '-800'), ('window.height', '600'), ('window.maximized', 'perhaps'),"
                    + " ('tab', 'timeline-tab'), ('divider.panes', '0.9,0.2'), ('divider.desk-split', '0.5'),"
                    + " ('selection.mission-row', 'mission:999999/line:1'), ('selection.proposal', '999999'),"
                    + " ('selection.amendment', '-3'), ('selection.event', 'twelve'), ('some.other.key', 'x')");
        }
        MainWindow window = open(robot, file);
        double[] before = stageBefore.clone();

        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .as("no usable window: left where it was").containsExactly(before);
        assertThat(stage.isMaximized()).isFalse();
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("details-tab");
        assertThat(split(window, "panes").getDividerPositions()).containsExactly(defaults, within(0.01));
        assertThat(split(window, "desk-split").getDividerPositions()).as("a good key beside bad ones is used")
                .containsExactly(new double[] {0.5}, within(0.01));
        assertThat(window.missionsPane().table().getSelectionModel().getSelectedItem()).isNull();
        assertThat(selectedProposal(window)).isNull();
        assertThat(window.timelineView().getViewModel().selectedEventProperty().get()).isNull();
        assertThat(errors).isEmpty();

        closeDesk(robot);
        Map<String, String> after = new DeskService(NegotiationJson::readSample, WALL).openReadOnly(file).viewState();
        assertThat(after).as("the desk wrote its view over the bad values, and kept a key it does not know")
                .containsEntry("tab", "details-tab").containsEntry("some.other.key", "x")
                .containsEntry("selection.proposal", "");
    }

    /** The three panes' dividers as a first open lays them out. */
    private double[] defaultPanes(FxRobot robot) {
        MainWindow fresh = open(robot, folder.resolve("fresh.db"));
        WaitForAsyncUtils.waitForFxEvents();
        double[] positions = split(fresh, "panes").getDividerPositions();
        closeDesk(robot);
        return positions;
    }

    private static SplitPane split(MainWindow window, String id) {
        SplitPane found = (SplitPane) window.lookup("#" + id);
        assertThat(found).as(id).isNotNull();
        return found;
    }

    private static Long selectedProposal(MainWindow window) {
        var item = window.proposalsPane().tree().getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof ProposalRow.OfProposal p ? p.proposal().id() : null;
    }
}
