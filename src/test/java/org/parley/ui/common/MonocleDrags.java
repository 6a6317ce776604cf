package org.parley.ui.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a Monocle quirk for drag-and-drop tests. Monocle remembers the view the last
 * mouse drag (button held) crossed and forgets it only at the end of a platform drag-and-drop.
 * A plain mouse drag in an earlier test (the timeline's reschedule) leaves a view that TestFX
 * has since replaced (a stage hidden between tests gets a new one), and the next
 * drag-and-drop is then sent there and fails ("dropTargetAssistant is null"). Call
 * {@link #forgetStaleDragView()} before a test's first drag-and-drop.
 */
public final class MonocleDrags {

    private MonocleDrags() {
    }

    /** Clears Monocle's remembered drag view; does nothing off Monocle. */
    public static void forgetStaleDragView() {
        try {
            Class<?> type = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method instance = type.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Object input = instance.invoke(null);
            Field view = type.getDeclaredField("dragView");
            view.setAccessible(true);
            view.set(input, null);
        } catch (ClassNotFoundException e) {
            // Not on Monocle: nothing to forget.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Monocle keeps its drag view elsewhere; see " + MonocleDrags.class, e);
        }
    }
}
