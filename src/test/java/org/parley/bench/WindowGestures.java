package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The gestures of a {@link WindowBenchmark} run: the user's day on the opened desk, made with the
 * real pointer and keys ({@code xdotool}) on an Xvfb display of the benchmark's own, while
 * {@code --diagnose} says how long each gesture took to reach the screen ("gesture ... N ms": from
 * the key or button to the layout of the next frame; a gesture that writes has committed by then)
 * and every JavaFX-thread stall over the threshold. Where rows are on the screen comes from
 * {@code RealWindowLauncher}'s door (it only looks). Asserts nothing: what is not found is a note.
 */
final class WindowGestures implements AutoCloseable {

    /** One step of the day and what it cost: the slowest gesture line and the longest stall during it. */
    record Step(String name, long gestureMs, long stallMs) {
    }

    private final Process xvfb;
    private final String display;

    private WindowGestures(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /** Whether a display of our own and the pointer can be had here (Xvfb and xdotool on the PATH). */
    static boolean available() {
        return onPath("Xvfb") && onPath("xdotool");
    }

    /** Starts an Xvfb display the size the issue's screenshots used. */
    static WindowGestures startDisplay(Path dir) throws Exception {
        Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(dir.resolve("xvfb.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII));
        String number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        if (number == null || !number.trim().matches("\\d+")) {
            x.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start; see " + dir.resolve("xvfb.err"));
        }
        // a benchmark stopped by a signal skips try-with-resources: the display goes with it anyway
        Runtime.getRuntime().addShutdownHook(new Thread(x::destroy, "window-bench-xvfb"));
        return new WindowGestures(x, ":" + number.trim());
    }

    String display() {
        return display;
    }

    /** The environment a window process needs on this display. */
    void environment(Map<String, String> env) {
        env.put("DISPLAY", display);
        env.put("GDK_BACKEND", "x11");
    }

    /**
     * Makes the day's gestures on the desk of {@code child} (started through RealWindowLauncher),
     * reading its diagnose lines from {@code diagnose} and its door's answers from its stdout.
     */
    List<Step> drive(Process child, BlockingQueue<String> diagnose, List<String> notes) throws Exception {
        Door door = new Door(child);
        List<Step> steps = new ArrayList<>();
        diagnose.clear();
        step(steps, diagnose, "select a proposal (click)", () -> click(door.row("#proposals-tree", 1)));
        step(steps, diagnose, "select an amendment (click)", () -> click(door.row("#amendments-table", 0)));
        step(steps, diagnose, "move it down one (Alt+Down)", () -> key("alt+Down"));
        step(steps, diagnose, "undo (Ctrl+Z)", () -> key("ctrl+z"));
        step(steps, diagnose, "redo (Ctrl+Shift+Z)", () -> key("ctrl+shift+z"));
        step(steps, diagnose, "undo again (Ctrl+Z)", () -> key("ctrl+z"));
        for (int i = 0; i < 3; i++) { // the first of a kind runs cold code: these are the gestures of the day
            step(steps, diagnose, "move it down one, once warm (Alt+Down)", () -> key("alt+Down"));
            step(steps, diagnose, "undo it, once warm (Ctrl+Z)", () -> key("ctrl+z"));
        }
        step(steps, diagnose, "drag the first amendment below the third", () -> {
            int[] from = door.row("#amendments-table", 0);
            int[] to = door.row("#amendments-table", 2);
            if (from != null && to != null) {
                drag(from, new int[] {to[0], to[1] + 4});
            }
        });
        step(steps, diagnose, "undo the drag (Ctrl+Z)", () -> key("ctrl+z"));
        step(steps, diagnose, "filter missions (Ctrl+F, type 10)", () -> {
            key("ctrl+f");
            xdotool("type", "--delay", "120", "10");
        });
        step(steps, diagnose, "clear the filters (Ctrl+Shift+F)", () -> key("ctrl+shift+f"));
        step(steps, diagnose, "select a mission (click)", () -> click(door.row("#missions-table", 0)));
        step(steps, diagnose, "expand it (Right)", () -> key("Right"));
        step(steps, diagnose, "Positions tab (Ctrl+5)", () -> key("ctrl+5"));
        step(steps, diagnose, "Scenarios tab (Ctrl+4)", () -> key("ctrl+4"));
        step(steps, diagnose, "Compromises tab (Ctrl+6)", () -> key("ctrl+6"));
        step(steps, diagnose, "Changes tab (Ctrl+Shift+H)", () -> key("ctrl+shift+h"));
        step(steps, diagnose, "Positions tab again (Ctrl+5)", () -> key("ctrl+5"));
        for (Step s : steps) {
            if (s.gestureMs() < 0) {
                notes.add("no gesture line for \"" + s.name() + "\" (the row was not found, or the key did nothing)");
            }
        }
        return steps;
    }

    private interface Gesture {
        void make() throws Exception;
    }

    /** Makes one gesture, lets the desk settle, and reads what --diagnose said meanwhile. */
    private static void step(List<Step> steps, BlockingQueue<String> diagnose, String name, Gesture g)
            throws Exception {
        g.make();
        long gesture = -1;
        long stall = 0;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // settled: 1.5 s without a line, once a gesture line came (or 5 s without any)
        while (System.nanoTime() < deadline) {
            String line = diagnose.poll(100, TimeUnit.MILLISECONDS);
            long quiet = (System.nanoTime() - quietSince) / 1_000_000L;
            if (line == null) {
                if (quiet > (gesture >= 0 ? 1_500 : 5_000)) {
                    break;
                }
                continue;
            }
            quietSince = System.nanoTime();
            String[] w = line.split(" ");
            if (w.length >= 4 && w[0].equals("diagnose:") && w[w.length - 1].equals("ms")) {
                long ms = number(w[w.length - 2]);
                if (w[1].equals("gesture")) {
                    gesture = Math.max(gesture, ms);
                }
            }
            if (w.length >= 4 && w[0].equals("diagnose:") && w[1].equals("stall")) {
                stall = Math.max(stall, number(w[2]));
            }
        }
        steps.add(new Step(name, gesture, stall));
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void click(int[] at) throws Exception {
        if (at != null) {
            // a pause longer than the double-click time first, so clicks in a row are not a double-click
            xdotool("mousemove", "--sync", str(at[0]), str(at[1]), "sleep", "0.6", "click", "1");
        }
    }

    private void key(String keys) throws Exception {
        xdotool("key", "--clearmodifiers", keys);
    }

    /** Press, small moves past the drag threshold, a path to the target, a pause over it, release. */
    private void drag(int[] from, int[] to) throws Exception {
        List<String> a = new ArrayList<>(List.of("mousemove", "--sync", str(from[0]), str(from[1]), "sleep", "0.6",
                "mousedown", "1", "sleep", "0.2"));
        for (int i = 1; i <= 4; i++) {
            a.addAll(List.of("mousemove", str(from[0] + 2 * i), str(from[1] + 2 * i), "sleep", "0.05"));
        }
        for (int i = 1; i <= 10; i++) {
            a.addAll(List.of("mousemove", str(from[0] + (to[0] - from[0]) * i / 10),
                    str(from[1] + (to[1] - from[1]) * i / 10), "sleep", "0.05"));
        }
        a.addAll(List.of("sleep", "0.4", "mouseup", "1"));
        xdotool(a.toArray(String[]::new));
    }

    private void xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("DISPLAY", display);
        Process p = b.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static String str(int n) {
        return String.valueOf(n);
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** RealWindowLauncher's door: one request line on stdin, one "@@" answer line on stdout. */
    private static final class Door {
        private final Writer in;
        private final BlockingQueue<String[]> answers = new LinkedBlockingQueue<>();

        Door(Process child) {
            in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith("@@\t")) {
                            answers.add(line.substring(3).split("\t", -1));
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "window-bench-door");
            reader.setDaemon(true);
            reader.start();
        }

        /** The middle of the row's left part on the screen, or null when the row is not shown within 30 s. */
        int[] row(String table, int index) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                answers.clear();
                in.write("row\t" + table + "\t" + index + "\n");
                in.flush();
                String[] a = answers.poll(30, TimeUnit.SECONDS);
                if (a != null && a[0].equals("ok")) {
                    int x = Integer.parseInt(a[1]);
                    int y = Integer.parseInt(a[2]);
                    int h = Integer.parseInt(a[4]);
                    return new int[] {x + Math.min(60, Integer.parseInt(a[3]) / 4), y + h / 2};
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            return null;
        }
    }

    /** Figures of several runs per step, in the order of the day. */
    static Map<String, List<Step>> byName(List<List<Step>> runs) {
        Map<String, List<Step>> out = new LinkedHashMap<>();
        for (List<Step> run : runs) {
            for (Step s : run) {
                out.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }
}
