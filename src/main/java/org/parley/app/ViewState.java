package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The view as left (decision 0015) as the text keys and values kept in the workspace, and how
 * each is read back: key by key, and a value that cannot be used (text in a number, a negative
 * size, a divider outside 0..1) reads as absent, never as an error. Whether an id or a tab still
 * exists is for the desk to check when it applies them.
 */
final class ViewState {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String TAB = "tab";
    static final String DIVIDER = "divider.";
    static final String MISSION_ROW = "selection.mission-row";
    static final String PROPOSAL = "selection.proposal";
    static final String AMENDMENT = "selection.amendment";
    static final String EVENT = "selection.event";

    private static final Pattern ROW_KEY = Pattern.compile("(mission|line|post):[0-9]{1,18}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,80}");

    private ViewState() {
    }

    /** The window's normal (not maximized) size and place, when all four numbers are usable. */
    static Optional<WindowPlacement.Box> window(Map<String, String> state) {
        Optional<Double> x = number(state.get(X));
        Optional<Double> y = number(state.get(Y));
        Optional<Double> w = number(state.get(WIDTH));
        Optional<Double> h = number(state.get(HEIGHT));
        if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        WindowPlacement.Box box = new WindowPlacement.Box(x.get(), y.get(), w.get(), h.get());
        return box.usable() ? Optional.of(box) : Optional.empty();
    }

    /** Whether the window was maximized; absent unless the value is "true" or "false". */
    static Optional<Boolean> maximized(Map<String, String> state) {
        String v = state.get(MAXIMIZED);
        return "true".equals(v) ? Optional.of(true) : "false".equals(v) ? Optional.of(false) : Optional.empty();
    }

    /** The id of the tab in front of the lower area, when it reads as one. */
    static Optional<String> tab(Map<String, String> state) {
        return name(state.get(TAB));
    }

    /**
     * A split pane's divider positions: {@code dividers} numbers in 0..1, in order; anything
     * else is absent.
     */
    static Optional<double[]> dividers(Map<String, String> state, String splitKey, int dividers) {
        String v = state.get(DIVIDER + splitKey);
        if (v == null || dividers <= 0) {
            return Optional.empty();
        }
        String[] parts = v.split(",", -1);
        if (parts.length != dividers) {
            return Optional.empty();
        }
        double[] positions = new double[dividers];
        double last = 0;
        for (int i = 0; i < dividers; i++) {
            Optional<Double> p = number(parts[i]);
            if (p.isEmpty() || p.get() < last || p.get() > 1) {
                return Optional.empty();
            }
            positions[i] = p.get();
            last = p.get();
        }
        return Optional.of(positions);
    }

    /** The keys of the selected missions row and those above it ("mission:3", "line:5"), top first. */
    static List<String> missionRow(Map<String, String> state) {
        String v = state.get(MISSION_ROW);
        if (v == null || v.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String part : v.split("/", -1)) {
            if (!ROW_KEY.matcher(part).matches() || keys.size() >= 3) {
                return List.of();
            }
            keys.add(part);
        }
        return keys;
    }

    /** A positive id under {@code key}, when the value reads as one. */
    static Optional<Long> id(Map<String, String> state, String key) {
        String v = state.get(key);
        if (v == null || v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(v);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** How a number is written: plain, so that any Parley reads it back. */
    static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Optional<String> name(String v) {
        return v != null && NAME.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }

    private static Optional<Double> number(String v) {
        if (v == null || v.isBlank() || v.length() > 40) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(v.strip());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
