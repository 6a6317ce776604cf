package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.parley.model.NegotiationData;

/**
 * The real window at scale (issue 12): starts Parley as a user does ({@code org.parley.app.Main
 * --diagnose --workspace W}, a child process under Xvfb with GTK when {@code xvfb-run} exists,
 * else headless Monocle) on a workspace made by importing a generated negotiation, and reads what
 * {@code --diagnose} says: first frame, desk shown, panes populated, longest stall while opening,
 * heap after open. In the same run, as the floor, an empty JavaFX window ({@link EmptyWindow})
 * watched the same way, and a raw JDBC read of every row of the workspace. Five runs each, median
 * shown; also the import and {@code brief --all}, whole processes. Asserts nothing.
 *
 * <p>Run: {@code bin/benchmark window [SHAPE] [SCALE]} (default {@code copies 10}); a run that does
 * not reach "panes populated" within {@code -Dbench.timeout=SECONDS} (default 240) is reported as such;
 * {@code -Dbench.runs=N} (default 5) and {@code -Dbench.brief=false} (skip {@code brief --all}) for long runs.
 */
public final class WindowBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int TIMEOUT_S = Integer.getInteger("bench.timeout", 240);
    /** The shortest stall --diagnose logs in these runs: a gesture's stalls are read from those lines. */
    private static final int STALL_MS = 20;
    private static final List<String> FIGURES =
            List.of("first-frame", "workspace-read", "desk-shown", "panes-populated", "longest-stall-opening", "heap-after-open");

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String shape = args.length > 0 ? args[0] : "copies";
        int scale = args.length > 1 ? ScaleShapes.scale(args[1]) : 10;
        Path dir = Files.createTempDirectory("parley-window-bench");
        try (WindowGestures display = WindowGestures.available() ? WindowGestures.startDisplay(dir) : null) {
            run(shape, scale, dir, display);
        }
    }

    private static void run(String shape, int scale, Path dir, WindowGestures display) throws Exception {
        System.out.printf(Locale.ROOT, "Parley window benchmark: %s %dx; Java %s, %d cores, load average %.1f, %s%n",
                shape, scale, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                display != null ? "Xvfb + GTK, gestures by xdotool" : xvfb() ? "Xvfb + GTK (no xdotool: no gestures)"
                        : "headless Monocle (no gestures)");

        long t0 = System.nanoTime();
        NegotiationData data = ScaleShapes.build(shape, scale);
        Path json = dir.resolve(shape + "-" + scale + "x.json");
        Files.write(json, org.parley.io.NegotiationJsonWriter.write(data));
        System.out.printf(Locale.ROOT, "generated %s in %,d ms (%,d bytes): %s%n", json.getFileName(),
                ms(t0), Files.size(json), ScaleShapes.counts(data));

        Path workspace = dir.resolve("workspace.db");
        long importMs = timeProcess(javaCommand("org.parley.app.Main", "import", "--workspace", workspace.toString(),
                "--file", json.toString()), dir);
        Path briefs = Files.createDirectories(dir.resolve("briefs"));
        long briefMs = Boolean.parseBoolean(System.getProperty("bench.brief", "true"))
                ? timeProcess(javaCommand("org.parley.app.Main", "brief", "--workspace", workspace.toString(),
                "--all", "--out", briefs.toString()), dir) : -1;

        List<Long> jdbc = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = readAllRows(workspace);
            jdbc.add(ms(start));
        }

        Map<String, List<Long>> floor = new HashMap<>();
        Map<String, List<Long>> app = new HashMap<>();
        List<String> notes = new ArrayList<>();
        List<List<WindowGestures.Step>> days = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Map<String, Long> empty = diagnose(javaCommand(EmptyWindow.class.getName()), dir, "first-frame", notes,
                    display, null);
            empty.forEach((k, v) -> floor.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            Path copy = Files.copy(workspace, dir.resolve("run-" + run + ".db"));
            // through RealWindowLauncher's door when gestures are made (it only looks), else as a user starts it
            List<String> command = display != null
                    ? javaCommand("org.parley.realwindow.RealWindowLauncher", "--diagnose=" + STALL_MS, "--workspace",
                    copy.toString())
                    : javaCommand("org.parley.app.Main", "--diagnose=" + STALL_MS, "--workspace", copy.toString());
            if (display != null) {
                command.add(1, "-Drealwindow.quiet=true");
            }
            List<WindowGestures.Step> day = new ArrayList<>();
            Map<String, Long> parley = diagnose(command, dir, "heap-after-open", notes, display, day);
            parley.forEach((k, v) -> app.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            if (!day.isEmpty()) {
                days.add(day);
            }
            System.out.printf(Locale.ROOT, "run %d: empty %s; parley %s; gestures %s%n", run, empty, parley, day);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "| What (%s %dx) | median | min | max | runs |%n", shape, scale);
        System.out.println("|---|---:|---:|---:|---:|");
        row("empty JavaFX window: first frame, ms (the floor)", floor.get("first-frame"));
        for (String f : FIGURES) {
            row("Parley: " + f + (f.equals("heap-after-open") ? ", MB" : ", ms"), app.get(f));
        }
        row("raw JDBC read of all " + String.format(Locale.ROOT, "%,d", rows) + " rows, ms", jdbc);
        row("`parley import` of the generated file, whole process, ms", List.of(importMs));
        row("`parley brief --all`, whole process, ms", briefMs < 0 ? List.of() : List.of(briefMs));
        if (!days.isEmpty()) {
            System.out.println();
            System.out.printf(Locale.ROOT, "| Gesture (%s %dx), real pointer and keys | to the frame, ms: median | max "
                    + "| longest stall (>= %d ms), ms: max | runs |%n", shape, scale, STALL_MS);
            System.out.println("|---|---:|---:|---:|---:|");
            WindowGestures.byName(days).forEach((name, steps) -> {
                long[] g = steps.stream().mapToLong(WindowGestures.Step::gestureMs).filter(v -> v >= 0).sorted().toArray();
                long stall = steps.stream().mapToLong(WindowGestures.Step::stallMs).max().orElse(0);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d |%n", name,
                        g.length == 0 ? "none" : String.format(Locale.ROOT, "%,d", g[g.length / 2]),
                        g.length == 0 ? "" : String.format(Locale.ROOT, "%,d", g[g.length - 1]),
                        stall == 0 ? "< " + STALL_MS : String.format(Locale.ROOT, "%,d", stall), g.length);
            });
        }
        notes.forEach(n -> System.out.println("note: " + n));
    }

    private static void row(String what, List<Long> values) {
        if (values == null || values.isEmpty()) {
            System.out.printf(Locale.ROOT, "| %s | not reached | | | 0 |%n", what);
            return;
        }
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %d |%n", what, v[v.length / 2], v[0], v[v.length - 1],
                v.length);
    }

    /** Every row of every table of the workspace, each column read, as the floor of loading them. */
    static long readAllRows(Path workspace) throws Exception {
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace + "?open_mode=1");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            r.getObject(i);
                        }
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Starts a window process, collects its "diagnose:" figures until {@code last} is said (or
     * the timeout), then ends it and everything it started.
     */
    private static Map<String, Long> diagnose(List<String> command, Path dir, String last, List<String> notes,
                                              WindowGestures display, List<WindowGestures.Step> day) throws Exception {
        Path xdg = Files.createDirectories(dir.resolve("xdg")); // recent-workspaces list away from the user's own
        boolean gestures = display != null && day != null;
        ProcessBuilder pb = new ProcessBuilder(display != null ? command : windowed(command));
        if (!gestures) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        pb.environment().put("XDG_DATA_HOME", xdg.toString());
        if (display != null) {
            display.environment(pb.environment());
        }
        Process p = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        Map<String, Long> figures = new LinkedHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        try {
            while (!figures.containsKey(last)) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    notes.add(command.get(command.size() - 1) + ": \"" + last + "\" not said within " + TIMEOUT_S
                            + " s" + (p.isAlive() ? "" : " (the process ended with " + p.exitValue() + ")"));
                    break;
                }
                parse(line, figures);
            }
            if (gestures && figures.containsKey(last)) {
                day.addAll(display.drive(p, lines, notes));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        return figures;
    }

    /** "diagnose: panes-populated 2210 ms" gives panes-populated = 2210; stall lines are left to the log. */
    static void parse(String line, Map<String, Long> figures) {
        String[] words = line.split(" ");
        if (words.length >= 3 && words[0].equals("diagnose:") && FIGURES.contains(words[1])) {
            try {
                figures.put(words[1], Long.parseLong(words[2]));
            } catch (NumberFormatException e) {
                // not a figure
            }
        }
    }

    private static List<String> windowed(List<String> command) {
        List<String> all = new ArrayList<>();
        if (xvfb()) {
            all.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
            all.addAll(command);
        } else {
            all.add(command.get(0));
            all.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dtestfx.headless=true"));
            all.addAll(command.subList(1, command.size()));
        }
        return all;
    }

    private static boolean xvfb() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "xvfb-run")));
    }

    private static List<String> javaCommand(String mainClass, String... args) {
        List<String> c = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), mainClass));
        c.addAll(List.of(args));
        return c;
    }

    private static long timeProcess(List<String> command, Path dir) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("process.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(4) + " " + command.get(5) + " failed; see "
                    + dir.resolve("process.log"));
        }
        return ms(start);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }
}
