package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.CommandLine;
import org.parley.app.DeskStarter;
import org.parley.app.Diagnostics;
import org.parley.bench.ScaleShapes;
import org.parley.io.NegotiationJson;
import org.parley.model.Amendment;
import org.parley.model.Proposal;
import org.parley.service.DeskService;
import org.parley.store.PlainSqlite;
import org.parley.ui.proposals.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk on a generated negotiation ten times the real one ({@code ScaleShapes} "copies" 10x:
 * 160 missions, 2,880 lines, 15,000 post rows, ~3,700 amendments), imported as a user's file is:
 * every table, tree and list keeps a bounded number of cell nodes, whatever the number of items,
 * through opening every tab, filtering, selecting, moving an amendment and undoing it. Timings
 * are never asserted here; {@code bin/benchmark window} measures them.
 */
@ExtendWith(ApplicationExtension.class)
class ScaleWindowTest {

    /** More row cells than any screen shows: a pane holding this many is not virtualised. */
    private static final int ROW_BOUND = 300;
    /** Cells of all columns of the rows in view. */
    private static final int CELL_BOUND = 5_000;
    /** More columns than a screen shows: the positions matrix virtualises the growing direction. */
    private static final int COLUMN_BOUND = 300;
    /** How long opening may take before the test gives up waiting (not a timing: CI is a loaded 2-core box). */
    private static final int OPENING_SECONDS = 180;

    @TempDir
    static Path shared;
    private static Path imported;

    @TempDir
    Path folder;

    private Stage stage;
    private DeskStarter starter;
    private final List<String> errors = new ArrayList<>();
    private final List<String> diagnose = Collections.synchronizedList(new ArrayList<>());
    private Diagnostics watch;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void generateAndImport() throws Exception {
        Path json = ScaleShapes.write("copies", 10, shared.resolve("copies-10x.json"));
        imported = shared.resolve("copies-10x.db");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(List.of("import", "--workspace", imported.toString(), "--file", json.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Opens a copy of the imported workspace on the stage, with the stall watch of --diagnose on it. */
    private MainWindow open() throws Exception {
        Path file = Files.copy(imported, folder.resolve("desk.db"));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            watch = Diagnostics.watch(stage, 50, diagnose::add);
            starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample),
                    new DeskStarter.Environment(background, DeskUnderTest.WALL, errors::add, () -> { }));
            starter.open(file);
        });
        // opening runs in the background as in the app; a loaded machine may take long (a wait, not a timing)
        waitUntil(OPENING_SECONDS, "the desk to open", () -> starter.window().isPresent() || !errors.isEmpty());
        return starter.window().orElseThrow(() -> new AssertionError("no window; errors: " + errors));
    }

    @AfterEach
    void close() {
        Platform.runLater(() -> {
            if (watch != null) {
                watch.stop();
            }
            if (starter != null) {
                starter.close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        background.shutdownNow();
        diagnose.forEach(System.out::println); // for the reader of the test log; nothing asserted on times
    }

    private void waitUntil(int seconds, String what, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + what + "; errors: " + errors
                    + "; diagnose: " + diagnose, e);
        }
    }

    @Test
    void everyTableTreeAndList_holdsABoundedNumberOfCells_throughEveryTabAndGesture(FxRobot robot) throws Exception {
        MainWindow window = open();
        waitUntil(OPENING_SECONDS, "the panes to hold their rows",
                () -> diagnose.stream().anyMatch(l -> l.startsWith("diagnose: panes-populated ")));

        // every mission open: thousands of rows in the missions tree
        robot.interact(() -> window.missionsPane().table().getRoot().getChildren().forEach(i -> i.setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.missionsPane().table().getExpandedItemCount()).isGreaterThan(3_000);
        assertBounded(window, "all missions open");

        // the largest proposal selected: thousands of amendments in its table
        Proposal largest = largestProposal();
        selectProposal(robot, window, largest);
        assertThat(window.proposalsPane().amendmentsTable().getItems()).hasSizeGreaterThan(1_000);
        assertBounded(window, "largest proposal selected");

        for (String tab : List.of("details-tab", "changes-tab", "compromises-tab", "scenarios-tab", "details-tab")) {
            robot.interact(() -> window.showTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            assertBounded(window, tab + " open");
        }

        // filter the missions, then select a mission row
        robot.interact(() -> window.missionsPane().filterField().setText("MONUSCO"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.missionsPane().table().getRoot().getChildren()).hasSizeBetween(10, 159);
        robot.interact(() -> window.missionsPane().table().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertBounded(window, "missions filtered, a row selected");

        // move the largest proposal's first amendment down with the keyboard, then undo
        long amendment = largest.amendments().get(0).id();
        String before = position(starter, amendment);
        TableView<?> amendments = window.proposalsPane().amendmentsTable();
        robot.interact(() -> {
            amendments.getSelectionModel().clearAndSelect(0);
            amendments.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        DeskRows.waitUntil(() -> indexOf(amendment) == 1);
        assertThat(position(starter, amendment)).as("the move is on disk").isNotEqualTo(before);
        assertBounded(window, "after the move");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        DeskRows.waitUntil(() -> indexOf(amendment) == 0);
        assertThat(position(starter, amendment)).as("the undo is on disk").isEqualTo(before);
        assertBounded(window, "after the undo");
        assertThat(errors).isEmpty();
    }

    @Test
    void thePositionsMatrix_holdsABoundedNumberOfColumnsAndCells(FxRobot robot) throws Exception {
        MainWindow window = open();
        robot.interact(() -> window.showTab("positions-tab"));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> matrix = robot.lookup("#positions-table").queryAs(TableView.class);
        assertThat(largestProposal().amendments()).hasSizeGreaterThan(1_000);
        assertThat(cells(matrix, ".table-row-cell")).as("matrix rows").isLessThan(ROW_BOUND);
        assertThat(cells(matrix, ".table-cell")).as("matrix cells").isLessThan(CELL_BOUND);
        // the old matrix makes one TableColumn per amendment (not virtualised across): being rewritten
        assertThat(columns(matrix)).as("matrix columns").isLessThan(COLUMN_BOUND);
    }

    /** Each virtualised control in the window: its row cells and all its cells stay under the bounds. */
    private void assertBounded(MainWindow window, String when) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (Node n : lookupAll(window, ".table-view, .tree-table-view, .list-view, .tree-view")) {
                String name = n.getId() != null ? n.getId() : n.getClass().getSimpleName();
                counts.put(name + "@" + System.identityHashCode(n), new int[] {
                        cells(n, ".table-row-cell, .tree-table-row-cell, .list-cell, .tree-cell"),
                        cells(n, ".indexed-cell")});
            }
        });
        assertThat(counts).as(when).isNotEmpty();
        counts.forEach((name, c) -> {
            if (!name.startsWith("positions-table@")) { // bounded in its own test while it is rewritten
                assertThat(c[0]).as(when + ": row cells of " + name).isLessThan(ROW_BOUND);
                assertThat(c[1]).as(when + ": cells of " + name).isLessThan(CELL_BOUND);
            }
        });
    }

    private static int cells(Node control, String selectors) {
        return (int) lookupAll(control, selectors).stream().filter(c -> c != control).count();
    }

    /** {@link Node#lookupAll} for a list of selectors ("a, b"), which it does not take in one. */
    private static java.util.Set<Node> lookupAll(Node in, String selectors) {
        java.util.Set<Node> all = new java.util.LinkedHashSet<>();
        for (String one : selectors.split(",\\s*")) {
            all.addAll(in.lookupAll(one));
        }
        return all;
    }

    private static int columns(TableView<?> table) {
        return table.getVisibleLeafColumns().size();
    }

    private Proposal largestProposal() {
        return starter.desk().orElseThrow().editor().data().proposals().stream()
                .max((a, b) -> Integer.compare(a.amendments().size(), b.amendments().size())).orElseThrow();
    }

    private void selectProposal(FxRobot robot, MainWindow window, Proposal p) {
        robot.interact(() -> {
            var tree = window.proposalsPane().tree();
            for (TreeItem<ProposalRow> group : tree.getRoot().getChildren()) {
                group.setExpanded(true);
                for (TreeItem<ProposalRow> i : group.getChildren()) {
                    if (i.getValue() instanceof ProposalRow.OfProposal o && o.proposal().id() == p.id()) {
                        tree.getSelectionModel().select(i);
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int indexOf(long amendmentId) {
        List<Amendment> now = starter.desk().orElseThrow().editor().data().proposalOfAmendment(amendmentId)
                .orElseThrow().amendments();
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).id() == amendmentId) {
                return i;
            }
        }
        return -1;
    }

    /** The amendment's stored proposal and position, read by another client from the workspace file. */
    private static String position(DeskStarter starter, long amendmentId) throws Exception {
        Path file = starter.desk().orElseThrow().file();
        return PlainSqlite.read(file, "SELECT proposal_id || ':' || position FROM amendment WHERE id = " + amendmentId);
    }
}
