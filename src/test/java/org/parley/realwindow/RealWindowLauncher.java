package org.parley.realwindow;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

import org.parley.app.Main;

/**
 * The real app, started the normal way ({@link Main}), in a JVM of its own on a real X display,
 * with a small door for {@link RealWindowTest}: it answers, one request line on stdin at a time,
 * where nodes are on the SCREEN, so the test can move the real pointer there. Every answer is
 * one line on stdout starting with {@code @@} and tab-separated; the app's own output passes by.
 * It only looks: it never changes the desk (every gesture comes from the real pointer and keys).
 *
 * <p>Requests (fields tab-separated):
 * <ul>
 *   <li>{@code bounds SELECTOR}: the first showing node matching the CSS selector, in any window;</li>
 *   <li>{@code text SELECTOR}: that node's text;</li>
 *   <li>{@code row SELECTOR INDEX}: the non-empty row of the table at SELECTOR with that index;</li>
 *   <li>{@code find SELECTOR TEXT}: the row of the table at SELECTOR with a cell reading TEXT;</li>
 *   <li>{@code arrow SELECTOR TEXT}: the disclosure arrow of that row;</li>
 *   <li>{@code selected SELECTOR}: the text of the selected row of that table;</li>
 *   <li>{@code windows}: the showing windows and which has the focus.</li>
 * </ul>
 * Unasked, it says {@code @@ rows-shown MS} once the proposals' first row is on screen, MS
 * counted from the JVM's start: the time a user waits for the desk (not with {@code -Drealwindow.quiet=true}).
 */
public final class RealWindowLauncher {

    private RealWindowLauncher() {
    }

    public static void main(String[] args) {
        Thread door = new Thread(RealWindowLauncher::serve, "real-window-door");
        door.setDaemon(true);
        door.start();
        if (!Boolean.getBoolean("realwindow.quiet")) { // the benchmark times the desk by --diagnose instead
            Thread watch = new Thread(RealWindowLauncher::watchForRows, "real-window-rows");
            watch.setDaemon(true);
            watch.start();
        }
        Main.main(args);
    }

    private static void serve() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String answer;
                try {
                    String[] request = line.split("\t", -1);
                    answer = onFx(() -> answer(request));
                } catch (Exception e) {
                    answer = "error\t" + clean(String.valueOf(e));
                }
                say(answer);
            }
        } catch (Exception e) {
            say("error\t" + clean(String.valueOf(e)));
        }
    }

    private static void watchForRows() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            while (true) {
                boolean shown;
                try {
                    shown = onFx(() -> rowIn("#proposals-tree", 0).isPresent());
                } catch (IllegalStateException toolkitNotUpYet) {
                    shown = false;
                }
                if (shown) {
                    say("rows-shown\t" + (System.currentTimeMillis() - start));
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(20); // a sampling period, not a synchronisation
            }
        } catch (Exception e) {
            say("error\t" + clean(String.valueOf(e)));
        }
    }

    private static synchronized void say(String answer) {
        System.out.println("@@\t" + answer);
        System.out.flush();
    }

    private static String answer(String[] request) {
        return switch (request[0]) {
            case "bounds" -> node(request[1]).map(RealWindowLauncher::where).orElse("none");
            case "text" -> node(request[1]).map(n -> "ok\t" + clean(textOf(n))).orElse("none");
            case "row" -> rowIn(request[1], Integer.parseInt(request[2]))
                    .map(r -> where(r) + "\t" + clean(rowText(r))).orElse("none");
            case "find" -> rows(request[1]).stream().filter(r -> cellTexts(r).contains(request[2])).findFirst()
                    .map(r -> where(r) + "\t" + clean(rowText(r)))
                    .or(() -> columnHeader(request[1], request[2]).map(h -> where(h) + "\t" + clean(request[2])))
                    .orElse("none");
            case "arrow" -> rows(request[1]).stream().filter(r -> cellTexts(r).contains(request[2])).findFirst()
                    .flatMap(r -> Optional.ofNullable(r.lookup(".arrow"))).filter(Node::isVisible)
                    .map(RealWindowLauncher::where).orElse("none");
            case "selected" -> rows(request[1]).stream().filter(IndexedCell::isSelected).findFirst()
                    .map(r -> "ok\t" + clean(rowText(r))).orElse("none");
            case "windows" -> "ok\t" + clean(windows());
            case "item" -> listItem(request[1]).map(RealWindowLauncher::where).orElse("none");
            default -> "error\tunknown request " + clean(request[0]);
        };
    }

    private static String windows() {
        StringBuilder s = new StringBuilder();
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                String id = w.getScene() == null || w.getScene().getRoot() == null ? "" : w.getScene().getRoot().getId();
                s.append(w.getClass().getSimpleName()).append('[').append(id).append(w.isFocused() ? ",focused" : "")
                        .append(" at ").append((int) w.getX()).append(',').append((int) w.getY()).append(' ')
                        .append((int) w.getWidth()).append('x').append((int) w.getHeight()).append("] ");
            }
        }
        return s.toString().trim();
    }

    /** A shown item of any list (a drop-down's open list too) whose text contains {@code text}. */
    private static Optional<Node> listItem(String text) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll(".list-cell")) {
                    if (n instanceof javafx.scene.control.Labeled l && l.getText() != null
                            && l.getText().contains(text) && n.isVisible() && n.localToScreen(n.getBoundsInLocal()) != null) {
                        return Optional.of(n);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> node(String selector) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll(selector)) {
                    if (n.isVisible() && n.getScene() != null && n.localToScreen(n.getBoundsInLocal()) != null) {
                        return Optional.of(n);
                    }
                }
                if (w.getScene().getRoot().lookup(selector) == w.getScene().getRoot()) {
                    return Optional.of(w.getScene().getRoot());
                }
            }
        }
        return Optional.empty();
    }

    private static List<IndexedCell<?>> rows(String tableSelector) {
        List<IndexedCell<?>> found = new ArrayList<>();
        node(tableSelector).ifPresent(table -> {
            Bounds shown = table.localToScreen(table.getBoundsInLocal());
            List<Node> cells = new ArrayList<>(table.lookupAll(".table-row-cell"));
            cells.addAll(table.lookupAll(".tree-table-row-cell"));
            for (Node n : cells) {
                if (n instanceof IndexedCell<?> row && !row.isEmpty() && row.getItem() != null && row.isVisible()) {
                    Bounds b = row.localToScreen(row.getBoundsInLocal());
                    // a row the view keeps for later, or scrolled out, is not one the user sees
                    if (b != null && b.getMinY() >= shown.getMinY() && b.getMaxY() <= shown.getMaxY() + 1) {
                        found.add(row);
                    }
                }
            }
        });
        found.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return found;
    }

    /**
     * A column header in view reading {@code text}: where a table's parties run across (the
     * positions matrix, a delegation per column), "find" finds the column when no row reads it.
     */
    private static Optional<Node> columnHeader(String tableSelector, String text) {
        return node(tableSelector).flatMap(table -> {
            Bounds shown = table.localToScreen(table.getBoundsInLocal());
            for (Node header : table.lookupAll(".column-header")) {
                for (Node n : header.lookupAll(".label")) {
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    if (n instanceof Labeled l && text.equals(l.getText()) && n.isVisible() && b != null
                            && b.getMinX() >= shown.getMinX() && b.getMaxX() <= shown.getMaxX()) {
                        return Optional.of(header);
                    }
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<IndexedCell<?>> rowIn(String tableSelector, int index) {
        return rows(tableSelector).stream().filter(r -> r.getIndex() == index).findFirst();
    }

    private static List<String> cellTexts(Node row) {
        List<String> texts = new ArrayList<>();
        List<Node> cells = new ArrayList<>(row.lookupAll(".table-cell"));
        cells.addAll(row.lookupAll(".tree-table-cell"));
        for (Node n : cells) {
            if (n instanceof Labeled l && l.getText() != null && n != row) {
                texts.add(l.getText());
            }
        }
        return texts;
    }

    private static String rowText(Node row) {
        return String.join(" | ", cellTexts(row));
    }

    private static String textOf(Node n) {
        if (n instanceof TextInputControl t) {
            return t.getText();
        }
        if (n instanceof Labeled l) {
            return l.getText();
        }
        return n instanceof Parent ? n.getClass().getSimpleName() : String.valueOf(n);
    }

    /** The node's bounds on the screen, in whole pixels. */
    private static String where(Node n) {
        // the layout bounds: what a row's visual extras (a drop marker) add outside it is not the row
        Bounds b = n.localToScreen(n.getLayoutBounds());
        if (b == null) {
            return "none";
        }
        return "ok\t" + Math.round(b.getMinX()) + "\t" + Math.round(b.getMinY()) + "\t" + Math.round(b.getWidth())
                + "\t" + Math.round(b.getHeight());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        // before the toolkit is up this throws IllegalStateException: nothing is on screen yet
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
