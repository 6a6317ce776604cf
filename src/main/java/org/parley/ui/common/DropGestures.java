package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;

/**
 * The one place where Parley's drags start and where drops hand their work on. It knows three
 * things the platform does not tell a drop reliably (see docs/decisions/0010-drag-semantics.md):
 * <ul>
 * <li>whether the drag moves or copies: from the keys held when the drag started, updated by key
 * presses during the drag ({@link DragMode} decides); not from the transfer mode, which GTK
 * reports as COPY for a plain drag;</li>
 * <li>whether Escape cancelled the drag in progress;</li>
 * <li>when the drag-and-drop gesture is over, so that a drop may open a dialog
 * ({@link #afterGesture}): on GTK the drop runs inside the gesture, and even after it a modal
 * dialog takes no clicks until the pointer is settled ({@link PointerSettle}).</li>
 * </ul>
 * All of it runs on the JavaFX thread.
 */
public final class DropGestures {

    /** A drop here would move what is dragged. */
    public static final PseudoClass DROP_MOVE = PseudoClass.getPseudoClass("drop-move");
    /** A drop here would copy what is dragged. */
    public static final PseudoClass DROP_COPY = PseudoClass.getPseudoClass("drop-copy");

    /** Mouse events a window gets only once no drag holds the pointer any more. */
    private static final List<EventType<MouseEvent>> FREE_POINTER = List.of(MouseEvent.MOUSE_MOVED,
            MouseEvent.MOUSE_ENTERED_TARGET, MouseEvent.MOUSE_EXITED_TARGET, MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED);

    private static DragMode.Os os = DragMode.Os.current();
    private static Drag current;
    private static final List<Runnable> PENDING = new ArrayList<>();
    private static final List<Runnable> UNHOOK = new ArrayList<>();

    /** A drag Parley started: the keys held, whether Escape was pressed. */
    private static final class Drag {
        DragMode.Keys keys;
        boolean cancelled;

        Drag(DragMode.Keys keys) {
            this.keys = keys;
        }
    }

    private DropGestures() {
    }

    /** For tests: the platform whose copy key counts. */
    public static void usePlatform(DragMode.Os platform) {
        os = platform;
    }

    /**
     * Starts a drag-and-drop from {@code source}, as {@link Node#startDragAndDrop} does, and
     * remembers the keys held in {@code detected} (and those pressed or released during the drag)
     * until the source hears the drag is done.
     */
    public static Dragboard startDrag(Node source, MouseEvent detected, TransferMode... modes) {
        Drag drag = new Drag(new DragMode.Keys(detected.isShiftDown(), detected.isControlDown(),
                detected.isAltDown(), detected.isMetaDown()));
        current = drag;
        Scene scene = source.getScene();
        EventHandler<KeyEvent> keys = k -> {
            if (current != drag) {
                return;
            }
            if (k.getEventType() == KeyEvent.KEY_PRESSED && k.getCode() == KeyCode.ESCAPE) {
                drag.cancelled = true;
                k.consume();
            }
            drag.keys = new DragMode.Keys(k.isShiftDown(), k.isControlDown(), k.isAltDown(), k.isMetaDown());
        };
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            scene.addEventFilter(KeyEvent.KEY_RELEASED, keys);
        }
        EventHandler<DragEvent> done = new EventHandler<>() {
            @Override
            public void handle(DragEvent e) {
                source.removeEventHandler(DragEvent.DRAG_DONE, this);
                if (scene != null) {
                    scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                    scene.removeEventFilter(KeyEvent.KEY_RELEASED, keys);
                }
                if (current == drag) {
                    current = null;
                }
                if (PointerSettle.needed()) {
                    PointerSettle.then(scene, DropGestures::runOnNextFrame);
                } else {
                    runOnNextFrame();
                }
            }
        };
        source.addEventHandler(DragEvent.DRAG_DONE, done);
        return source.startDragAndDrop(modes);
    }

    /**
     * What a drop would do now: MOVE or COPY by the keys held. A drag from outside Parley (no keys
     * known) moves; {@code null} once Escape has cancelled the drag.
     */
    public static TransferMode intended() {
        if (current == null) {
            return TransferMode.MOVE;
        }
        return current.cancelled ? null : DragMode.of(os, current.keys);
    }

    /** Whether Escape cancelled the drag in progress: a drop then does nothing. */
    public static boolean cancelled() {
        return current != null && current.cancelled;
    }

    /** Shows on a drop target whether a drop would move or copy ({@code null}: neither). */
    public static void mark(Node target, TransferMode mode) {
        target.pseudoClassStateChanged(DROP_MOVE, mode == TransferMode.MOVE);
        target.pseudoClassStateChanged(DROP_COPY, mode == TransferMode.COPY);
    }

    /**
     * Runs {@code action} once the drag-and-drop gesture that dropped on {@code target} has ended:
     * just after the drag source hears DRAG_DONE (a drag Parley started), or at the first
     * mouse event the target's window gets after the drop (a drag from another application, which
     * sends Parley no DRAG_DONE), whichever comes first. Call it from a DRAG_DROPPED handler for
     * anything that may open a dialog.
     */
    public static void afterGesture(Node target, Runnable action) {
        PENDING.add(action);
        Scene scene = target.getScene();
        if (scene == null || current != null) {
            // A drag Parley started: its DRAG_DONE comes, and on Linux the pointer must be settled
            // first (PointerSettle); a mouse event before that is the gesture's own.
            return;
        }
        EventHandler<MouseEvent> free = e -> runPending();
        for (EventType<MouseEvent> type : FREE_POINTER) {
            scene.addEventFilter(type, free);
        }
        UNHOOK.add(() -> FREE_POINTER.forEach(type -> scene.removeEventFilter(type, free)));
    }

    private static void runOnNextFrame() {
        if (PENDING.isEmpty()) {
            return;
        }
        // Not an AnimationTimer: a dialog's showAndWait is refused inside a pulse.
        Platform.runLater(DropGestures::runPending);
    }

    private static void runPending() {
        List<Runnable> unhook = List.copyOf(UNHOOK);
        UNHOOK.clear();
        unhook.forEach(Runnable::run);
        List<Runnable> actions = List.copyOf(PENDING);
        PENDING.clear();
        actions.forEach(Runnable::run);
    }
}
