package org.parley.app;

import java.util.List;

/**
 * Where the desk window goes, as plain arithmetic on rectangles (no JavaFX types, so it is
 * tested without a screen): never larger than the screen it is on, never off every screen.
 * The screens are their visual bounds (without task bars and panels).
 */
public final class WindowPlacement {

    /** Larger than this, a screen leaves a margin round a first window; at or below it, the window fills it. */
    static final double SMALL_SCREEN_WIDTH = 1440;
    /** What a first open leaves free around the window on a larger screen. */
    static final double MARGIN = 40;

    /** A rectangle in screen coordinates. */
    public record Box(double x, double y, double width, double height) {

        /** True when every number is finite and the size positive. */
        public boolean usable() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width > 0 && height > 0;
        }

        double overlap(Box o) {
            double w = Math.min(x + width, o.x + o.width) - Math.max(x, o.x);
            double h = Math.min(y + height, o.y + o.height) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** A window's smallest size. */
    public record Size(double width, double height) {
    }

    private WindowPlacement() {
    }

    /**
     * The window of a first open (nothing remembered): the desk is dense, so it takes the screen:
     * all of a laptop's (1440 px wide or less), and the screen less a margin on a larger one
     * (1880×1040 on 1920×1080), centred on {@code primary}.
     */
    public static Box firstOpen(Box primary) {
        double margin = primary.width() > SMALL_SCREEN_WIDTH ? MARGIN : 0;
        double w = Math.max(1, primary.width() - margin);
        double h = Math.max(1, primary.height() - margin);
        w = Math.min(w, primary.width());
        h = Math.min(h, primary.height());
        return new Box(primary.x() + Math.floor((primary.width() - w) / 2),
                primary.y() + Math.floor((primary.height() - h) / 2), w, h);
    }

    /**
     * Puts a remembered window on the screens there are now: on the screen that holds most of it
     * (the primary when none holds any of it: a screen no longer present), cut to that screen's
     * size, at least {@code minimum} where the screen allows, and moved onto it as little as
     * needed. A missing, negative, zero or not-a-number window gives {@link #firstOpen}.
     *
     * @param screens the visual bounds of every screen; empty means the primary alone
     */
    public static Box clamp(Box wanted, List<Box> screens, Box primary, Size minimum) {
        if (wanted == null || !wanted.usable()) {
            return firstOpen(primary);
        }
        Box screen = primary;
        double most = 0;
        for (Box s : screens) {
            double o = s.usable() ? wanted.overlap(s) : 0;
            if (o > most) {
                most = o;
                screen = s;
            }
        }
        double w = within(wanted.width(), Math.min(minimum.width(), screen.width()), screen.width());
        double h = within(wanted.height(), Math.min(minimum.height(), screen.height()), screen.height());
        double x = within(wanted.x(), screen.x(), screen.x() + screen.width() - w);
        double y = within(wanted.y(), screen.y(), screen.y() + screen.height() - h);
        return new Box(x, y, w, h);
    }

    private static double within(double v, double low, double high) {
        return Math.max(low, Math.min(v, high));
    }
}
