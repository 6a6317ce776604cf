package org.parley.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.parley.app.DeskStarter;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.service.DeskService;
import org.parley.service.Editor;
import org.parley.ui.common.MonocleDnD;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desk as the app starts it, for TestFX tests under headless Monocle: a
 * {@link DeskStarter} on a fresh workspace file, which it fills with the real sample, with a
 * fixed wall clock, slow work run in place and the error log collected. Start it in the test's
 * {@code @Start} method, on the stage TestFX gives.
 */
public final class DeskUnderTest {

    /** The wall clock the desk clock runs on: 27 Nov 2026 06:00 UTC. */
    public static final Clock WALL = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    /** What the desk logged as errors, in order. */
    public final List<String> errors = new ArrayList<>();
    /** The workspace file the desk is on. */
    public final Path file;
    private final DeskStarter starter;

    private DeskUnderTest(Stage stage, Path file) {
        this.file = file;
        starter = new DeskStarter(stage, new DeskService(NegotiationJson::readSample),
                new DeskStarter.Environment(Runnable::run, WALL, errors::add, () -> { }));
    }

    /**
     * Opens a new workspace file in the folder on the stage, as the app would, and waits for it.
     * First it forgets earlier mouse drags ({@link MonocleDnD}): the stage is shared by every
     * TestFX test of the run, and a plain drag left over from an earlier test breaks the next
     * drag-and-drop.
     */
    public static DeskUnderTest start(Stage stage, Path folder) {
        MonocleDnD.forgetEarlierDrags();
        // The stage is shared by every TestFX test of the run: a small scene an earlier test left
        // on it would keep the desk in a small window. Without one the desk opens screen-sized, as the app does.
        stage.setScene(null);
        DeskUnderTest desk = new DeskUnderTest(stage, folder.resolve("desk-" + System.nanoTime() + ".db"));
        desk.starter.open(desk.file);
        WaitForAsyncUtils.waitForFxEvents();
        if (desk.starter.window().isPresent()) {
            desk.window(); // every pane in the scene
        }
        return desk;
    }

    /**
     * The desk's window, once the JavaFX events have settled and every pane has come into the
     * scene (a desk opens in stages, a pane a frame); fails naming the errors when there is none.
     */
    public MainWindow window() {
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow window = starter.window().orElseThrow(() -> new AssertionError("no window; errors: " + errors));
        if (javafx.application.Platform.isFxApplicationThread()) {
            return window; // asked from inside a gesture: waiting here would hold up the frames it waits for
        }
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> window.wholeProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the desk's panes did not all come into the scene within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Answers File > Import… with {@code toImport} and File > Export… with {@code exportTo}. */
    public void answerFileChoosersWith(Path toImport, Path exportTo) {
        starter.answerFileChoosersWith(() -> java.util.Optional.of(toImport), () -> java.util.Optional.of(exportTo));
    }

    /** The print preview File > Print… opened, while it is open. */
    public java.util.Optional<org.parley.ui.print.PrintPreviewWindow> printPreview() {
        WaitForAsyncUtils.waitForFxEvents();
        return starter.printPreview();
    }

    /** The workspace file's negotiations, as the open desk sees them. */
    public int negotiationCount() throws Exception {
        return starter.desk().orElseThrow().negotiations().size();
    }

    /** The editor every gesture on the desk goes through. */
    public Editor editor() {
        return starter.desk().orElseThrow().editor();
    }

    /** The negotiation on the desk, as the last gesture left it. */
    public NegotiationData data() {
        return editor().data();
    }
}
