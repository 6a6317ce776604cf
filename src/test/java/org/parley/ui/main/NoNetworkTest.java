package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Amendment;
import org.parley.model.Delegation;
import org.parley.model.Item;
import org.parley.model.Proposal;
import org.parley.model.Stance;
import org.parley.service.Editor;
import org.parley.service.PositionEdits;
import org.parley.service.ProposalEdits;
import org.parley.service.ScenarioEdits;
import org.parley.ui.positions.PositionsPane;
import org.parley.ui.scenarios.ScenariosPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Parley never opens a network connection: a whole session on the desk — starting on a new
 * workspace, gestures, undo and redo, every tab, the filter, CSV exports — runs under a
 * {@link NetworkWatch} armed before the desk starts, and no socket is seen.
 */
@ExtendWith(ApplicationExtension.class)
class NoNetworkTest {

    @TempDir
    static Path folder;

    private static NetworkWatch watch;
    private DeskUnderTest desk;

    @BeforeAll
    static void arm() {
        assumeTrue(NetworkWatch.supported(), "needs /proc/self/fd (Linux)");
        watch = new NetworkWatch();
    }

    @AfterAll
    static void disarm() throws InterruptedException {
        if (watch != null) {
            watch.close();
        }
    }

    @Start
    void start(Stage stage) {
        // a desk's size, whatever form an earlier test left the shared stage at: the filter is clicked
        desk = FullScreenDesk.start(stage, folder);
    }

    /** A gesture, as the panes run them: on the FX thread. */
    private interface Step {
        void run() throws Exception;
    }

    /** Runs a step on the FX thread and fails the test here when it fails there. */
    private static void onFx(FxRobot robot, Step step) {
        Throwable[] failure = new Throwable[1];
        robot.interact(() -> {
            try {
                step.run();
            } catch (Exception | AssertionError e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw new AssertionError("a step of the session failed", failure[0]);
        }
    }

    @Test
    void aWholeSessionOfUse_opensNoSocket(FxRobot robot) {
        MainWindow window = desk.window();
        Editor editor = desk.editor();
        Proposal first = desk.data().proposals().get(0);
        Proposal second = desk.data().proposals().get(1);
        Amendment moved = first.amendments().get(0);
        Delegation someone = desk.data().delegations().get(0);

        robot.clickOn("#missions-filter").write("UNISFA");
        robot.push(KeyCode.ESCAPE);
        onFx(robot, () -> new ProposalEdits(editor).moveAmendment(moved.id(), second.id(), 0));
        onFx(robot, () -> new PositionEdits(editor).setStance(someone.id(), Item.amendment(moved.id()),
                Stance.RED_LINE, "said in informals"));
        onFx(robot, () -> new ScenarioEdits(editor).addUsualScenarios());
        onFx(robot, editor::undo);
        onFx(robot, editor::redo);
        onFx(robot, editor::undo);
        for (String tab : new String[] {"changes-tab", "positions-tab", "compromises-tab", "scenarios-tab", "details-tab"}) {
            onFx(robot, () -> window.showTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
        }
        onFx(robot, () -> new ScenarioEdits(editor).addUsualScenarios());
        onFx(robot, () -> window.showTab("scenarios-tab"));
        ScenariosPane scenarios = robot.lookup("#scenarios-pane").queryAs(ScenariosPane.class);
        onFx(robot, () -> scenarios.viewModel().select(scenarios.viewModel().getScenarios().get(0)));
        onFx(robot, () -> assertThat(scenarios.viewModel().actions().exportCsv(folder.resolve("totals.csv"))).isTrue());
        onFx(robot, () -> window.showTab("positions-tab"));
        PositionsPane positions = robot.lookup("#positions-pane").queryAs(PositionsPane.class);
        onFx(robot, () -> assertThat(positions.viewModel().exportCsv(folder.resolve("positions.csv"))).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.errors).isEmpty();
        assertThat(desk.data().proposals().get(1).amendments()).extracting(Amendment::id).contains(moved.id());
        assertThat(watch.seen()).as("sockets opened or connections asked for").isEmpty();
    }
}
