package org.parley.ui.common;

import java.lang.reflect.Field;

/**
 * A work-around for headless drag-and-drop tests. Monocle 17.0.10 remembers the view of a plain
 * mouse drag (button held and moved, e.g. rescheduling on the timeline) in
 * {@code MouseInput.dragView} and clears it only at the end of a drag-and-drop. A later
 * drag-and-drop in another view then "leaves" that stale view first and fails inside glass
 * ({@code NullPointerException} in {@code View.notifyDragLeave}, then "dragboard is null"),
 * which also breaks the tests after it. Call {@link #forgetEarlierDrags} on the JavaFX thread
 * before a test's drag-and-drop.
 */
public final class MonocleDnD {

    private MonocleDnD() {
    }

    /** Forgets the view of earlier mouse drags; does nothing when the platform is not Monocle. */
    public static void forgetEarlierDrags() {
        try {
            Class<?> type = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            var instance = type.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Object input = instance.invoke(null);
            Field view = type.getDeclaredField("dragView");
            view.setAccessible(true);
            view.set(input, null);
        } catch (ClassNotFoundException e) {
            // Not on Monocle: a real platform has no such state to forget.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle changed: " + e, e);
        }
    }
}
