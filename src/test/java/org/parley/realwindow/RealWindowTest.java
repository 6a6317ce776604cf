package org.parley.realwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.PlainSqlite;

/**
 * Every gesture on a REAL desktop: the real app (GTK glass, not Monocle) on an Xvfb display of its
 * own, driven by the real pointer and keyboard through {@code xdotool}, and the workspace read
 * back with a plain SQL client. Monocle is no desktop: drag and drop, dialogs and focus go other
 * ways in a GTK window, and only this test sees them.
 *
 * <p>The app runs in a child JVM started by {@link RealWindowLauncher}, which answers where nodes
 * are on the screen; it never changes the desk. Each step checks the file, not the screen.
 * Without Xvfb, xdotool or GTK the test is skipped, unless {@code CI} or
 * {@code PARLEY_REAL_WINDOW=required} is set ({@code .ci/run} sets it): then it fails.
 * Screenshots and the child's output go to {@code target/realwindow/}.
 *
 * <p>The steps share one desk, in order: the line dropped on a proposal and its form, Ctrl+Z,
 * then the amendment drags. The form comes first because, on a desk where amendment drags had
 * copied, a line drag after them opened no form at all (seen, not yet understood): each step
 * should fail for its own reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealWindowTest {

    private static final Path OUT = Path.of("target", "realwindow");
    private static final Duration SETTLE = Duration.ofSeconds(25);

    @TempDir
    static Path folder;

    private Process xvfb;
    private Process child;
    private String display;
    private Path workspace;
    private Writer toChild;
    private final BlockingQueue<String[]> answers = new LinkedBlockingQueue<>();
    private final CompletableFuture<Long> rowsShown = new CompletableFuture<>();
    private long ru;
    private long us;
    private String ruTitle;
    private String usTitle;
    private List<Long> usBeforeDrop;
    private boolean dropAdded;
    private List<Long> usBeforeCopy;

    // ---- the steps --------------------------------------------------------------------------

    @Test
    @Order(3)
    @Timeout(90)
    void amendmentDraggedWithinItsProposal_isReordered_notCopied() throws Exception {
        step("3-reorder", () -> {
            select(ruTitle);
            List<Long> before = ids(ru);
            Box first = row("#amendments-table", 0);
            Box third = row("#amendments-table", 2);

            drag(first.leftPoint(), third.pointAt(0.75), false);

            List<Long> after = changed(() -> ids(ru), before, "RU's amendments after dragging the first below the third");
            List<Long> expected = new ArrayList<>(before);
            expected.add(2, expected.remove(0));
            assertEquals(before.size(), after.size(), "a plain drag within a proposal must not change the count of its"
                    + " amendments (it copied?): before " + before + ", after " + after);
            assertEquals(expected, after, "the first amendment, dropped below the third, must be third");
        });
    }

    @Test
    @Order(4)
    @Timeout(90)
    void amendmentDraggedOntoAnotherProposal_isMoved_notCopied() throws Exception {
        step("4-move", () -> {
            select(ruTitle);
            List<Long> ruBefore = ids(ru);
            List<Long> usBefore = ids(us);
            long dragged = ruBefore.get(0);
            String what = content(dragged);

            drag(row("#amendments-table", 0).leftPoint(), find("#proposals-tree", usTitle).leftPoint(), false);

            List<Long> usAfter = changed(() -> ids(us), usBefore, "US's amendments after dropping RU's first on US");
            List<Long> ruAfter = ids(ru);
            assertFalse(ruAfter.contains(dragged), "a plain drag onto another proposal must MOVE the amendment, but "
                    + dragged + " is still in RU (copied): RU " + ruBefore + " -> " + ruAfter + ", US " + usBefore
                    + " -> " + usAfter);
            assertEquals(ruBefore.size() - 1, ruAfter.size(), "RU lost one amendment: " + ruBefore + " -> " + ruAfter);
            assertEquals(usBefore.size() + 1, usAfter.size(), "US gained one amendment: " + usBefore + " -> " + usAfter);
            assertEquals(what, content(usAfter.get(usAfter.size() - 1)), "US's last amendment is the moved one");
        });
    }

    @Test
    @Order(5)
    @Timeout(90)
    void amendmentCtrlDraggedOntoAnotherProposal_isCopied() throws Exception {
        step("5-copy", () -> {
            select(ruTitle);
            List<Long> ruBefore = ids(ru);
            List<Long> usBefore = ids(us);
            long dragged = ruBefore.get(0);
            String what = content(dragged);

            usBeforeCopy = usBefore;
            drag(row("#amendments-table", 0).leftPoint(), find("#proposals-tree", usTitle).leftPoint(), true);

            List<Long> usAfter = changed(() -> ids(us), usBefore, "US's amendments after Ctrl+dropping RU's first on US");
            assertEquals(ruBefore, ids(ru), "a Ctrl+drag copies: RU keeps its amendments as they were");
            assertEquals(usBefore.size() + 1, usAfter.size(), "US gained one amendment: " + usBefore + " -> " + usAfter);
            long copy = usAfter.get(usAfter.size() - 1);
            assertTrue(copy != dragged, "the copy is a new amendment, not " + dragged + " itself");
            assertEquals(what, content(copy), "US's last amendment is a copy of the dragged one");
        });
    }

    @Test
    @Order(6)
    @Timeout(90)
    void ctrlZ_undoesTheCtrlDragCopy_inTheFile() throws Exception {
        assumeTrue(usBeforeCopy != null, "the Ctrl+drag step did not run");
        step("6-undo-copy", () -> {
            List<Long> withCopy = ids(us);
            click(row("#amendments-table", 0).leftPoint());
            xdotool("key", "--clearmodifiers", "ctrl+z");
            List<Long> after = changed(() -> ids(us), withCopy, "US's amendments after Ctrl+Z");
            assertEquals(usBeforeCopy, after, "Ctrl+Z takes back the copy the Ctrl+drag made, in the file");
        });
    }

    @Test
    @Order(1)
    @Timeout(90)
    void budgetLineDroppedOnAProposal_opensAFormThatTakesTheMouseAndKeys() throws Exception {
        step("1-line-drop-form", () -> {
            usBeforeDrop = ids(us);
            Box arrow = await("the disclosure arrow of MONUSCO in the missions pane",
                    () -> box(ask("arrow", "#missions-table", "MONUSCO")));
            click(arrow.centre());
            Box gender = await("MONUSCO's Gender line, once MONUSCO is open", () -> find("#missions-table", "Gender"));

            drag(gender.leftPoint(), find("#proposals-tree", usTitle).leftPoint(), false);
            screenshot("1-dropped");

            await("the New amendment form opened by the drop", () -> box(ask("bounds", "#field-value")));
            screenshot("1-form-opened");
            // the rationale first: the value field has the focus when the form opens, so only a
            // click that takes moves the typing elsewhere
            click(box(ask("bounds", "#field-rationale")).centre());
            xdotool("type", "--delay", "60", "real window");
            click(box(ask("bounds", "#field-value")).centre());
            xdotool("type", "--delay", "60", "25");
            String fields = awaitOrNull(() -> "25".equals(text("#field-value"))
                    && "real window".equals(text("#field-rationale")) ? "typed" : null);
            assertEquals("typed", fields, "the form opened by the drop did not take the clicks on its fields: value reads '"
                    + text("#field-value") + "', rationale '" + text("#field-rationale") + "' (typed 'real window' after"
                    + " clicking the rationale, '25' after clicking the value)");
            click(await("the form's OK button", () -> box(ask("bounds", "#form-ok"))).centre());

            List<Long> usAfter = awaitOrNull(() -> ids(us).equals(usBeforeDrop) ? null : ids(us));
            if (usAfter == null) {
                fail("clicking OK in the form added nothing to US within " + SETTLE.toSeconds() + " s; the form is "
                        + (box(ask("bounds", "#form-ok")) == null ? "closed" : "still open: the click on OK did not take"));
            }
            assertEquals(usBeforeDrop.size() + 1, usAfter.size(), "the form added one amendment");
            dropAdded = true;
            assertEquals("PERCENT_CUT:2500:real window", PlainSqlite.read(workspace,
                    "SELECT kind || ':' || value || ':' || rationale FROM amendment WHERE id = " + usAfter.get(usAfter.size() - 1)),
                    "the added amendment cuts 25% of MONUSCO's Gender line");
            assertTrue(awaitOrNull(() -> box(ask("bounds", "#field-value")) == null ? "closed" : null) != null,
                    "the form closed after OK");
        });
    }

    @Test
    @Order(2)
    @Timeout(90)
    void ctrlZ_undoesTheDrop_inTheFile() throws Exception {
        assumeTrue(dropAdded, "the line drop added no amendment, so there is nothing of its to undo");
        step("2-undo", () -> {
            List<Long> withDrop = ids(us);
            click(row("#amendments-table", 0).leftPoint());
            xdotool("key", "--clearmodifiers", "ctrl+z");
            List<Long> after = changed(() -> ids(us), withDrop, "US's amendments after Ctrl+Z");
            assertEquals(usBeforeDrop, after, "Ctrl+Z takes back the amendment the form added, in the file");
        });
    }

    @Test
    @Order(7)
    @Timeout(90)
    void aFormOpenedByAKeyRightAfterADrag_takesTheMouse() throws Exception {
        step("7-key-form-after-drag", () -> {
            select(ruTitle);
            List<Long> before = ids(ru);
            drag(row("#amendments-table", 0).leftPoint(), row("#amendments-table", 2).pointAt(0.75), false);
            changed(() -> ids(ru), before, "RU's amendments after dragging the first below the third");
            long proposals = Long.parseLong(PlainSqlite.read(workspace, "SELECT count(*) FROM proposal"));

            // no click since the drag: the keys open the New proposal form
            xdotool("key", "--clearmodifiers", "ctrl+shift+n");
            await("the New proposal form opened by Ctrl+Shift+N", () -> box(ask("bounds", "#form-cancel")));
            screenshot("7-form-opened");
            click(box(ask("bounds", "#form-cancel")).centre());
            assertTrue(awaitOrNull(() -> box(ask("bounds", "#form-cancel")) == null ? "closed" : null) != null,
                    "a click on Cancel did not close the form opened by a key right after a drag");
            assertEquals(proposals, Long.parseLong(PlainSqlite.read(workspace, "SELECT count(*) FROM proposal")),
                    "Cancel adds no proposal");
        });
    }

    @Test
    @Order(8)
    @Timeout(90)
    void proposalDroppedOnADelegation_opensAStanceFormThatTakesTheMouse() throws Exception {
        step("8-stance-drop", () -> {
            xdotool("key", "--clearmodifiers", "ctrl+5");
            Box china = await("China's row in the positions matrix", () -> find("#positions-table", "China"));
            long before = positions();

            drag(find("#proposals-tree", ruTitle).leftPoint(), china.leftPoint(), false);
            await("the Stance form opened by the drop", () -> box(ask("bounds", "#form-ok")));
            screenshot("8-form-opened");
            // the stance from the drop-down, with the mouse: open it, pick "opposes"
            click(box(ask("bounds", "#field-stance")).centre());
            click(await("the stance drop-down's list, open", () -> box(ask("item", "opposes"))).centre());
            click(box(ask("bounds", "#form-ok")).centre());

            Long after = changed(this::positions, before, "the positions after clicking Record in the Stance form");
            assertTrue(after > before, "Record wrote China's stance on RU's amendments: " + before + " -> " + after);
            assertEquals(String.valueOf(after - before), PlainSqlite.read(workspace, "SELECT count(*) FROM position"
                    + " WHERE stance = 'OPPOSES'").strip(), "every stance written is the one picked with the mouse");
        });
    }

    // ---- the desk on a display of its own ---------------------------------------------------

    @BeforeAll
    void startTheDeskOnARealDisplay() throws Exception {
        Files.createDirectories(OUT);
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("Xvfb", "xdotool")) {
            if (!PlainSqlite.onPath(tool)) {
                missing.add(tool + " (package " + (tool.equals("Xvfb") ? "xvfb" : tool) + ")");
            }
        }
        if (!library("libgtk-3.so.0")) {
            missing.add("libgtk-3.so.0 (package libgtk-3-0)");
        }
        if (!library("libXtst.so.6")) {
            missing.add("libXtst.so.6 (package libxtst6)");
        }
        if (!missing.isEmpty()) {
            String reason = "the real-window test needs " + String.join(", ", missing);
            if (System.getenv("CI") != null || "required".equals(System.getenv("PARLEY_REAL_WINDOW"))) {
                fail(reason + ", and CI (or PARLEY_REAL_WINDOW=required) requires the test to run");
            }
            assumeTrue(false, reason + "; skipped (set PARLEY_REAL_WINDOW=required to make this a failure)");
        }

        // -displayfd: Xvfb picks a free display itself and says which once it takes connections
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(OUT.resolve("xvfb.err").toFile()).start();
        BufferedReader xOut = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = CompletableFuture.supplyAsync(() -> {
            try {
                return xOut.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        assertTrue(number != null && number.trim().matches("\\d+"), "Xvfb did not start; see " + OUT.resolve("xvfb.err"));
        display = ":" + number.trim();

        workspace = folder.resolve("w.db");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"), RealWindowLauncher.class.getName(),
                "--workspace", workspace.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(OUT.resolve("child.err").toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().put("GDK_BACKEND", "x11");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("HOME", folder.toString());
        long launched = System.nanoTime();
        child = builder.start();
        toChild = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readChild(child), "real-window-child-out");
        reader.setDaemon(true);
        reader.start();

        long jvmToRows;
        try {
            jvmToRows = rowsShown.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            screenshot("0-start-failed");
            throw new AssertionError("the desk showed no proposal row within 90 s; see " + OUT, e);
        }
        // for the benchmark; never asserted on
        System.out.printf("real window: rows shown %d ms after the app's JVM started (%d ms after launch)%n",
                jvmToRows, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
        Files.writeString(OUT.resolve("rows-shown-ms.txt"), jvmToRows + "\n");

        ru = Long.parseLong(PlainSqlite.read(workspace, proposalOf("RU", "id")));
        us = Long.parseLong(PlainSqlite.read(workspace, proposalOf("US", "id")));
        ruTitle = PlainSqlite.read(workspace, proposalOf("RU", "title"));
        usTitle = PlainSqlite.read(workspace, proposalOf("US", "title"));
        screenshot("0-started");
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (display != null && xvfb != null && xvfb.isAlive()) {
                screenshot("9-end");
                run(List.of("xdotool", "keyup", "ctrl", "mouseup", "1"), false);
            }
        } finally {
            stop(child);
            stop(xvfb);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readChild(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(OUT.resolve("child.out")), true)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.println(line);
                if (line.startsWith("@@\trows-shown\t")) {
                    rowsShown.complete(Long.parseLong(line.split("\t")[2]));
                } else if (line.startsWith("@@\t")) {
                    answers.add(Arrays.copyOfRange(line.split("\t", -1), 1, line.split("\t", -1).length));
                }
            }
        } catch (IOException e) {
            // the child ended: the questions after this time out and say so
        }
        rowsShown.completeExceptionally(new IllegalStateException("the app ended; see " + OUT.resolve("child.err")));
    }

    // ---- asking the launcher where things are -----------------------------------------------

    /** A node's box on the screen. */
    record Box(int x, int y, int w, int h) {
        /** A point in a row's first columns: a row is as wide as all its columns, wider than its pane. */
        int[] leftPoint() {
            return new int[] {x + 40, y + h / 2};
        }

        int[] pointAt(double down) {
            return new int[] {x + 40, y + (int) Math.round(h * down)};
        }

        int[] centre() {
            return new int[] {x + w / 2, y + h / 2};
        }
    }

    private synchronized String[] ask(String... request) {
        try {
            answers.clear();
            toChild.write(String.join("\t", request) + "\n");
            toChild.flush();
            String[] answer = answers.poll(30, TimeUnit.SECONDS);
            if (answer == null) {
                throw new AssertionError("the launcher did not answer " + String.join(" ", request) + "; see " + OUT);
            }
            if (answer[0].equals("error")) {
                throw new AssertionError("the launcher could not answer " + String.join(" ", request) + ": " + answer[1]);
            }
            return answer;
        } catch (IOException e) {
            throw new AssertionError("the app is gone; see " + OUT.resolve("child.err"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Box box(String[] answer) {
        return answer[0].equals("ok") ? new Box(Integer.parseInt(answer[1]), Integer.parseInt(answer[2]),
                Integer.parseInt(answer[3]), Integer.parseInt(answer[4])) : null;
    }

    private Box row(String table, int index) {
        return await("row " + index + " of " + table, () -> box(ask("row", table, String.valueOf(index))));
    }

    private Box find(String table, String text) {
        return await("the row reading '" + text + "' in " + table, () -> box(ask("find", table, text)));
    }

    private String text(String selector) {
        String[] answer = ask("text", selector);
        return answer[0].equals("ok") ? answer[1] : null;
    }

    private String windows() {
        return ask("windows")[1];
    }

    /** Clicks the proposal with this title and waits for its amendments to show. */
    private void select(String title) {
        click(find("#proposals-tree", title).leftPoint());
        await("the proposal '" + title + "' selected", () -> {
            String[] selected = ask("selected", "#proposals-tree");
            return selected[0].equals("ok") && selected[1].contains(title) ? title : null;
        });
        row("#amendments-table", 0);
    }

    // ---- the real pointer and keyboard ------------------------------------------------------

    private void click(int[] at) {
        xdotool("mousemove", "--sync", String.valueOf(at[0]), String.valueOf(at[1]), "sleep", "0.15", "click", "1");
    }

    /**
     * A drag as a hand makes it: press, a few small moves to pass the drag threshold, a path to
     * the target, a pause over it so it can accept, release. With {@code ctrl}, Ctrl is held
     * from before the press to after the release.
     */
    private void drag(int[] from, int[] to, boolean ctrl) {
        // a pause longer than the double-click time first: a press soon after a click is a double-click
        List<String> a = new ArrayList<>(List.of("mousemove", "--sync", str(from[0]), str(from[1]), "sleep", "0.6"));
        if (ctrl) {
            a.addAll(List.of("keydown", "ctrl", "sleep", "0.1"));
        }
        a.addAll(List.of("mousedown", "1", "sleep", "0.2"));
        for (int i = 1; i <= 4; i++) {
            a.addAll(List.of("mousemove", str(from[0] + 2 * i), str(from[1] + 2 * i), "sleep", "0.05"));
        }
        int steps = 15;
        for (int i = 1; i <= steps; i++) {
            a.addAll(List.of("mousemove", str(from[0] + (to[0] - from[0]) * i / steps),
                    str(from[1] + (to[1] - from[1]) * i / steps), "sleep", "0.05"));
        }
        a.addAll(List.of("sleep", "0.3", "mousemove", str(to[0] + 3), str(to[1]), "sleep", "0.3",
                "mousemove", str(to[0]), str(to[1]), "sleep", "0.4", "mouseup", "1", "sleep", "0.1"));
        if (ctrl) {
            a.addAll(List.of("keyup", "ctrl"));
        }
        xdotool(a.toArray(String[]::new));
    }

    private static String str(int n) {
        return String.valueOf(n);
    }

    private void xdotool(String... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        run(command, true);
    }

    private void screenshot(String name) {
        if (PlainSqlite.onPath("import")) {
            run(List.of("import", "-window", "root", OUT.resolve(name + ".png").toString()), false);
        }
    }

    private void run(List<String> command, boolean mustWork) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            Process p = builder.start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = p.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            if (mustWork && (!ended || p.exitValue() != 0)) {
                throw new AssertionError(command.get(0) + " failed: " + said);
            }
        } catch (IOException e) {
            if (mustWork) {
                throw new AssertionError(command.get(0) + " could not run", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the workspace, read by a plain SQL client ------------------------------------------

    private static String proposalOf(String delegation, String column) {
        return "SELECT p." + column + " FROM proposal p JOIN delegation d ON d.id = p.delegation_id WHERE d.code = '"
                + delegation + "' ORDER BY p.position LIMIT 1";
    }

    private Long positions() {
        try {
            return Long.valueOf(PlainSqlite.read(workspace, "SELECT count(*) FROM position").strip());
        } catch (Exception e) {
            throw new AssertionError("could not read the workspace", e);
        }
    }

    private List<Long> ids(long proposal) {
        try {
            String list = PlainSqlite.read(workspace, "SELECT group_concat(id, ',') FROM (SELECT id FROM amendment"
                    + " WHERE proposal_id = " + proposal + " ORDER BY position)");
            return list.isBlank() || list.equals("null") ? List.of()
                    : Stream.of(list.split(",")).map(String::trim).map(Long::valueOf).toList();
        } catch (Exception e) {
            throw new AssertionError("could not read the workspace", e);
        }
    }

    /** What an amendment says, without its id and place: a copy says the same. */
    private String content(long amendment) throws Exception {
        return PlainSqlite.read(workspace, "SELECT kind || ':' || value || ':' || ifnull(target_mission_id, '-') || ':'"
                + " || ifnull(target_line_id, '-') || ':' || ifnull(target_post_id, '-') || ':' || rationale"
                + " FROM amendment WHERE id = " + amendment);
    }

    // ---- waiting on conditions --------------------------------------------------------------

    private <T> T await(String what, Supplier<T> probe) {
        T found = awaitOrNull(probe);
        if (found == null) {
            throw new AssertionError("waited " + SETTLE.toSeconds() + " s for " + what + " in vain (windows: "
                    + windows() + ")");
        }
        return found;
    }

    private static <T> T awaitOrNull(Supplier<T> probe) {
        long end = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null || System.nanoTime() > end) {
                return found;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100); // a polling period: the condition is what is waited on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The value once it differs from {@code before}: the file changes when the desk commits. */
    private <T> T changed(Supplier<T> value, T before, String what) {
        T after = awaitOrNull(() -> {
            T now = value.get();
            return now.equals(before) ? null : now;
        });
        if (after == null) {
            throw new AssertionError(what + ": nothing changed in the file within " + SETTLE.toSeconds() + " s (still "
                    + before + "; windows: " + windows() + ")");
        }
        return after;
    }

    // ---- each step leaves a screenshot; a failed one leaves the desk as a user would --------

    interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step body) throws Exception {
        try {
            body.run();
            screenshot(name + "-passed");
        } catch (Throwable t) {
            screenshot(name + "-FAILED");
            // a form left open would take the next step's gestures: close it as a user would
            run(List.of("xdotool", "keyup", "ctrl", "mouseup", "1", "key", "Escape"), false);
            awaitOrNull(() -> box(ask("bounds", "#field-value")) == null ? "closed" : null);
            throw t;
        }
    }

    // ---- the tools --------------------------------------------------------------------------

    private static boolean library(String name) throws IOException {
        for (String dir : List.of("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/local/lib")) {
            Path root = Path.of(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> found = Files.find(root, 2, (p, a) -> p.getFileName().toString().equals(name))) {
                    if (found.findAny().isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
