package org.parley.ui.common;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Puts the pointer back in order after a drag and drop on Linux, before anything opens a dialog.
 *
 * <p>What it mends (measured under Xvfb with GTK 3 and JavaFX 21, see
 * docs/decisions/0017-pointer-settle-after-a-drag.md): when a drag-and-drop gesture started in a
 * Parley window ends, the window system's glue still believes the mouse button is held in that
 * window, because the button release went to the drag and not to the window. Until the user's next
 * real click, a modal dialog takes no mouse input at all (only the keyboard works), and the first
 * click lands on the window behind it. A dialog opened by a drop (New amendment, Stance) always
 * hits this; so does a dialog opened by a key right after a drag. This is the upstream defect
 * reported as JDK-8346932.
 *
 * <p>The mend: one synthetic press and release of the primary button where the pointer already is
 * (inside the Parley window the drag ended over), which the window swallows before any control
 * sees it. That is what a user's own click does, and afterwards dialogs take the mouse. Done only
 * on a real Linux desktop, only when the pointer is over the window, and only once per drag.
 */
final class PointerSettle {

    /** Mouse events of the synthetic click that must reach no control. */
    private static final List<javafx.event.EventType<MouseEvent>> CLICK = List.of(MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED, MouseEvent.DRAG_DETECTED,
            MouseEvent.MOUSE_DRAGGED);

    /** How long to wait for the synthetic click before going on without it. */
    private static final Duration GIVE_UP = Duration.millis(400);

    private PointerSettle() {
    }

    /** Whether this desktop needs the mend: Linux with GTK, not headless Monocle, not switched off. */
    static boolean needed() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String glass = System.getProperty("glass.platform", "");
        return os.contains("linux") && !"monocle".equalsIgnoreCase(glass)
                && !"false".equals(System.getProperty("parley.pointerSettle"));
    }

    /**
     * Settles the pointer over {@code scene}'s window, then runs {@code then}; runs {@code then}
     * at once where nothing needs settling (the pointer is not over the window).
     */
    static void then(Scene scene, Runnable then) {
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing() || !window.isFocused()) {
            then.run();
            return;
        }
        Robot robot;
        Point2D at;
        try {
            robot = new Robot();
            at = robot.getMousePosition();
        } catch (RuntimeException e) {
            then.run();
            return;
        }
        if (!inside(window, at)) {
            then.run();
            return;
        }
        boolean[] done = {false};
        PauseTransition giveUp = new PauseTransition(GIVE_UP);
        EventHandler<MouseEvent> swallow = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                if (!CLICK.contains(e.getEventType())) {
                    return;
                }
                e.consume();
                if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
                    // the click event that may follow the release is swallowed too, then we go on
                    javafx.application.Platform.runLater(() -> finish(scene, this, giveUp, done, then));
                }
            }
        };
        CLICK.forEach(type -> scene.addEventFilter(type, swallow));
        giveUp.setOnFinished(e -> finish(scene, swallow, giveUp, done, then));
        giveUp.play();
        robot.mousePress(MouseButton.PRIMARY);
        robot.mouseRelease(MouseButton.PRIMARY);
    }

    private static void finish(Scene scene, EventHandler<MouseEvent> swallow, PauseTransition giveUp,
                               boolean[] done, Runnable then) {
        if (done[0]) {
            return;
        }
        done[0] = true;
        giveUp.stop();
        CLICK.forEach(type -> scene.removeEventFilter(type, swallow));
        then.run();
    }

    private static boolean inside(Window w, Point2D p) {
        return p != null && p.getX() >= w.getX() && p.getX() < w.getX() + w.getWidth()
                && p.getY() >= w.getY() && p.getY() < w.getY() + w.getHeight();
    }
}
