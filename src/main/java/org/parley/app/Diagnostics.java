package org.parley.app;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What {@code parley --diagnose} logs on stderr, for the benchmark and for a user who finds the
 * desk slow: when the first frame was painted, when the desk's panes held their rows, the heap
 * after opening, and every stall of the JavaFX thread with what was going on.
 *
 * <pre>
 * diagnose: first-frame 1834 ms
 * diagnose: workspace-read 1990 ms
 * diagnose: desk-shown 2150 ms
 * diagnose: panes-populated 2210 ms
 * diagnose: longest-stall-opening 140 ms
 * diagnose: heap-after-open 180 MB
 * diagnose: stall 140 ms during opening
 * diagnose: stall 75 ms during key-pressed Z on TreeTableView (12 ms after it)
 * diagnose: gesture key-pressed Z on TreeTableView 81 ms
 * diagnose: summary longest-stall 140 ms; gaps <=17ms:812 <=33ms:20 ...
 * </pre>
 *
 * A "gesture" line is the time from a key press, a mouse press or release, or a drop, to the end of
 * the layout of the next frame (what the gesture wrote and committed is then on the screen).
 * Times are from the start of the process. The watch is an {@link AnimationTimer}: it runs at
 * every pulse, and a gap between two runs is a time the JavaFX thread could not paint (see
 * {@link StallMeter}). While it runs JavaFX pulses continuously, so it is started only with
 * {@code --diagnose}; without it nothing is installed and the one hook in the desk's opening
 * ({@link #deskShown}) is a lookup that finds nothing.
 */
public final class Diagnostics {

    /** Where the watch of a stage is kept: on the stage itself, not in a global. */
    private static final String KEY = Diagnostics.class.getName();
    /** The user's gestures a stall is put down to. */
    private static final List<EventType<? extends Event>> GESTURES = List.of(MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED, KeyEvent.KEY_PRESSED, DragEvent.DRAG_DROPPED, ScrollEvent.SCROLL);

    private final Stage stage;
    private final Consumer<String> log;
    private final LongSupplier nanos;
    private final StallMeter meter;
    private final long startMillis;
    private final AnimationTimer timer;
    private final EventHandler<Event> gestures = this::gesture;
    private final EventHandler<WindowEvent> hidden = e -> stop();
    private final Runnable afterLayout = this::afterLayout;
    private final javafx.beans.value.ChangeListener<javafx.scene.Scene> sceneChanged = (o, was, now) -> {
        if (was != null) {
            was.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(afterLayout);
        }
    };
    /** The gesture waiting for its frame, and since when (nanos); null when none. */
    private String gestureWaiting;
    private long gestureSince;
    private boolean stopped;
    private String activity = "opening";
    private long activitySince;
    private boolean sawShowing;
    private boolean firstFrameSaid;
    private boolean waitingForRows;
    private boolean rowsLaidOut;
    private boolean populatedSaid;

    private Diagnostics(Stage stage, long thresholdMs, Consumer<String> log, LongSupplier nanos) {
        this.stage = stage;
        this.log = log;
        this.nanos = nanos;
        this.meter = new StallMeter(thresholdMs);
        this.startMillis = processStart();
        this.activitySince = nanos.getAsLong();
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
    }

    /**
     * Starts watching {@code stage} when the options ask for it ({@code --diagnose}); on the JavaFX
     * thread, before the stage is shown. Without the option it does nothing at all.
     */
    public static void watch(Stage stage, LaunchOptions options) {
        if (options.diagnoseMs() > 0) {
            watch(stage, options.diagnoseMs(), System.err::println);
        }
    }

    /** Starts watching {@code stage}, logging stalls of {@code thresholdMs} or more to {@code log}. */
    public static Diagnostics watch(Stage stage, long thresholdMs, Consumer<String> log) {
        Diagnostics d = new Diagnostics(stage, thresholdMs, log, System::nanoTime);
        stage.getProperties().put(KEY, d);
        for (EventType<? extends Event> type : GESTURES) {
            stage.addEventFilter(type, d.gestures);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, d.hidden);
        stage.sceneProperty().addListener(d.sceneChanged);
        d.sceneChanged.changed(stage.sceneProperty(), null, stage.getScene());
        d.timer.start();
        return d;
    }

    /**
     * The hook where the workspace has been read and its totals added, and the JavaFX thread
     * starts laying out the desk: what came before was the read, what comes after is the layout.
     * Does nothing on a stage nobody watches.
     */
    public static void workspaceRead(Stage stage) {
        if (stage.getProperties().get(KEY) instanceof Diagnostics d) {
            d.say("workspace-read " + d.sinceStart() + " ms");
        }
    }

    /**
     * The hook where the desk is put on the screen: from the next pulse on, the watch waits until
     * the panes hold their rows and says when. Does nothing on a stage nobody watches.
     */
    public static void deskShown(Stage stage) {
        if (stage.getProperties().get(KEY) instanceof Diagnostics d) {
            d.say("desk-shown " + d.sinceStart() + " ms");
            d.waitingForRows = true;
            d.rowsLaidOut = false;
            d.populatedSaid = false;
        }
    }

    /**
     * Stops the watch, takes it off the stage and logs the summary: the longest stall and the
     * histogram of gaps. Also done when the stage is hidden; a second call does nothing.
     */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        timer.stop();
        for (EventType<? extends Event> type : GESTURES) {
            stage.removeEventFilter(type, gestures);
        }
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, hidden);
        stage.sceneProperty().removeListener(sceneChanged);
        sceneChanged.changed(stage.sceneProperty(), stage.getScene(), null);
        stage.getProperties().remove(KEY, this);
        say("summary longest-stall " + meter.longestMs() + " ms; gaps " + meter.histogramText());
    }

    /** The watch of {@code stage}, if {@code --diagnose} started one (for tests and the benchmark). */
    public static java.util.Optional<Diagnostics> of(Stage stage) {
        return stage.getProperties().get(KEY) instanceof Diagnostics d ? java.util.Optional.of(d)
                : java.util.Optional.empty();
    }

    /** The longest gap between pulses so far, in milliseconds. */
    public long longestStallMs() {
        return meter.longestMs();
    }

    private void pulse() {
        long now = nanos.getAsLong();
        long stall = meter.pulse(now);
        if (stall >= 0) {
            long afterMs = Math.max(0, (now - stall - activitySince) / 1_000_000L);
            String after = activity.equals("opening") ? "" : " (" + afterMs + " ms after it)";
            say("stall " + stall / 1_000_000L + " ms during " + activity + after);
        }
        if (!firstFrameSaid) {
            // the pulse after the one that first found the stage showing: that frame is painted
            if (sawShowing) {
                firstFrameSaid = true;
                say("first-frame " + sinceStart() + " ms");
            }
            sawShowing = stage.isShowing() && stage.getScene() != null;
        }
        if (rowsLaidOut) {
            // the pulse after the one that found the rows laid out: they are painted
            rowsLaidOut = false;
            populatedSaid = true;
            say("panes-populated " + sinceStart() + " ms");
            say("longest-stall-opening " + meter.longestMs() + " ms");
            meter.resetLongest();
            activity = "idle after opening";
            activitySince = now;
            measureHeap();
        }
        if (waitingForRows && stage.getScene() != null && panesHoldRows(stage.getScene().getRoot())) {
            waitingForRows = false;
            rowsLaidOut = true;
        }
    }

    private void gesture(Event e) {
        String on = e.getTarget() == null ? "" : " on " + describe(e.getTarget());
        String what = e instanceof KeyEvent k ? " " + k.getCode().getName() : "";
        activity = e.getEventType().getName().toLowerCase(Locale.ROOT).replace('_', '-') + what + on;
        activitySince = nanos.getAsLong();
        boolean modifier = e instanceof KeyEvent k && k.getCode().isModifierKey(); // Alt of Alt+Down is not a gesture
        if (e.getEventType() != ScrollEvent.SCROLL && !modifier && gestureWaiting == null) {
            gestureWaiting = activity;
            gestureSince = activitySince;
        }
    }

    /** After the layout of a frame: the gesture waiting for it is on the screen now. */
    private void afterLayout() {
        if (gestureWaiting != null) {
            say("gesture " + gestureWaiting + " " + (nanos.getAsLong() - gestureSince) / 1_000_000L + " ms");
            gestureWaiting = null;
        }
    }

    private static String describe(Object target) {
        if (target instanceof Node n && n.getId() != null) {
            return "#" + n.getId();
        }
        return target.getClass().getSimpleName();
    }

    /**
     * Whether every visible table, tree and list that has rows shows at least one of them: the
     * panes are populated, not only their models.
     */
    static boolean panesHoldRows(Parent root) {
        // the controls by the style classes their constructors set, so one without a skin yet counts too
        for (String kind : List.of(".table-view", ".tree-table-view", ".list-view", ".tree-view")) {
            for (Node control : root.lookupAll(kind)) {
                if (!isVirtualised(control) || !hasRows(control) || !treeVisible(control)) {
                    continue;
                }
                boolean filled = control.lookupAll(".indexed-cell").stream().anyMatch(c -> c instanceof IndexedCell<?>
                        cell && !cell.isEmpty() && cell.getIndex() >= 0 && cell.isVisible());
                if (!filled) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isVirtualised(Node n) {
        return n instanceof TableView<?> || n instanceof TreeTableView<?> || n instanceof ListView<?>
                || n instanceof TreeView<?>;
    }

    private static boolean hasRows(Node n) {
        if (n instanceof TableView<?> t) {
            return !t.getItems().isEmpty();
        }
        if (n instanceof TreeTableView<?> t) {
            return t.getExpandedItemCount() > 0;
        }
        if (n instanceof ListView<?> l) {
            return !l.getItems().isEmpty();
        }
        if (n instanceof TreeView<?> t) {
            return t.getExpandedItemCount() > 0;
        }
        return false;
    }

    private static boolean treeVisible(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The heap in use after a collection, measured off the JavaFX thread; a stall it causes is named. */
    private void measureHeap() {
        String before = activity;
        activity = "heap measurement (System.gc)";
        Thread t = new Thread(() -> {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            say("heap-after-open " + used / (1024 * 1024) + " MB");
            javafx.application.Platform.runLater(() -> {
                if (activity.startsWith("heap measurement")) {
                    activity = before;
                }
            });
        }, "parley-diagnose-heap");
        t.setDaemon(true);
        t.start();
    }

    boolean panesPopulated() {
        return populatedSaid;
    }

    private long sinceStart() {
        return System.currentTimeMillis() - startMillis;
    }

    private void say(String line) {
        log.accept("diagnose: " + line);
    }

    /** When this process started (the JVM's start when the system does not say), in epoch milliseconds. */
    private static long processStart() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
