package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.parley.service.Desk;
import org.parley.service.DeskException;
import org.parley.service.Editor;
import org.parley.ui.common.DeskEditing;
import org.parley.ui.main.MainViewModel;
import org.parley.ui.main.MainWindow;

/**
 * Everything one open workspace puts on the screen and the clock: its window and view models,
 * its print flow, the editor's listeners, the scene keys it adds and the 15 s ticker. Built
 * whole from an open desk (read-only is a flag of the desk, never a missing editor).
 * {@link #close} takes all of it away before the workspace closes, so that no key, listener or
 * timer of a closed desk reaches its editor while the next one opens.
 */
final class DeskSession {

    /** Ctrl+Y redoes too; a menu item carries one accelerator only, so this one sits on the scene. */
    static final KeyCombination REDO_KEY = KeyCombination.keyCombination("Shortcut+Y");

    private final Desk desk;
    private final MainViewModel viewModel;
    private final MainWindow window;
    private final PrintFlow printing;
    private final Timeline ticker;
    private final List<Runnable> onClose = new ArrayList<>();
    /** What takes each of the session's editor listeners away again. */
    private final List<Runnable> listenerRemovers = new ArrayList<>();
    private Scene keysOn;
    private Runnable redoAction;
    private boolean closed;
    private boolean deskClosed;

    DeskSession(Desk desk, MainViewModel viewModel, MainWindow window, PrintFlow printing) {
        this.desk = Objects.requireNonNull(desk);
        this.viewModel = Objects.requireNonNull(viewModel);
        this.window = Objects.requireNonNull(window);
        this.printing = Objects.requireNonNull(printing);
        Objects.requireNonNull(desk.editor(), "a desk session needs the desk's editor");
        // The session is the only one to listen to the editor: one listener per view model (each
        // isolated by the editor), all taken away again by end().
        for (Consumer<Editor.Applied> listener : viewModel.appliedListeners()) {
            listenerRemovers.add(desk.editor().addListener(listener));
        }
        listenerRemovers.add(desk.editor().addListener(printing::onApplied));
        ticker = new Timeline(new KeyFrame(Duration.seconds(15), e -> {
            if (!closed) {
                viewModel.tick();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    Desk desk() {
        return desk;
    }

    MainWindow window() {
        return window;
    }

    PrintFlow printing() {
        return printing;
    }

    boolean closed() {
        return closed;
    }

    /** Starts the ticker; the session's window is on the screen. */
    void start() {
        if (!closed) {
            ticker.play();
        }
    }

    /** Puts the session's own keys on {@code scene} (the window is its root now). */
    void keysOn(Scene scene) {
        keysOff();
        DeskEditing editing = viewModel.editing();
        if (closed || editing == null || scene == null) {
            return;
        }
        Runnable redo = () -> {
            if (!closed) {
                editing.redo();
            }
        };
        scene.getAccelerators().put(REDO_KEY, redo);
        keysOn = scene;
        redoAction = redo;
    }

    /** Takes the session's keys off the scene (another view, such as the progress view, shows). */
    void keysOff() {
        if (keysOn != null) {
            // only our own: a later session may have put its key there already
            keysOn.getAccelerators().remove(REDO_KEY, redoAction);
            keysOn = null;
            redoAction = null;
        }
    }

    /** Runs {@code action} when the session closes (e.g. forgetting a hook it set). */
    void onClose(Runnable action) {
        onClose.add(action);
    }

    /**
     * Takes every key, listener and timer of this session away and closes its print preview, but
     * leaves the workspace open for one who goes on with it (File > Restore backup restores into
     * it, then closes it). Safe to call twice.
     */
    void end() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.stop();
        keysOff();
        printing.close(); // its sheet is of the desk that closes
        listenerRemovers.forEach(Runnable::run);
        listenerRemovers.clear();
        desk.editor().close(); // every listener goes; a late gesture is refused, never written
        for (Runnable r : onClose) {
            r.run();
        }
    }

    /**
     * Ends the session ({@link #end}) and closes the workspace.
     *
     * @throws DeskException when the workspace could not be closed cleanly
     */
    void close() throws DeskException {
        end();
        if (!deskClosed) {
            deskClosed = true;
            desk.close();
        }
    }
}
