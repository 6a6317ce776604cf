package org.parley.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Position;
import org.parley.model.Stance;

/**
 * Crash safety: a change the screen shows is on disk. {@link EditLoad} edits in a separate JVM
 * and acknowledges each gesture once {@link Editor#apply} has returned; this test kills it hard
 * at random moments (a fixed seed, so a failure can be replayed), reopens the workspace and
 * finds an intact file holding every acknowledged gesture, in order, and at most the one gesture
 * that was committed but not yet acknowledged when the process died.
 */
@Tag("crash")
class KillTest {

    private static final int ROUNDS = 30;
    private static final long SEED = 20_260_527L;
    private static final Pattern NOTE = Pattern.compile("\"load-(\\d+)-(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedGestureSurvivesAHardKill() throws Exception {
        Path file = dir.resolve("killed.parley");
        Random random = new Random(SEED);
        Map<Integer, Integer> acked = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            acked.put(round, runAndKill(file, round, random.nextInt(250)));
            check(file, round, acked);
        }
        int total = acked.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total > ROUNDS, "the load hardly ran: " + total + " gestures acknowledged in " + ROUNDS + " rounds");
    }

    /** Starts the load, kills it {@code delayMs} after it is ready; returns how many gestures it acknowledged. */
    private int runAndKill(Path file, int round, int delayMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        // Into a file rather than a pipe: what the child wrote before it died is all there to read.
        Path out = dir.resolve("load-" + round + ".out");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                EditLoad.class.getName(), file.toString(), Integer.toString(round))
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("load-" + round + ".err").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(out).startsWith("READY\n")) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly().waitFor();
                fail("the load did not start in round " + round + ": " + Files.readString(dir.resolve("load-" + round + ".err")));
            }
            Thread.sleep(5);
        }
        Thread.sleep(delayMs);
        assertTrue(child.isAlive(), "the load ended by itself in round " + round);
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the load did not die");
        String text = Files.readString(out);
        // a line cut short by the kill was not acknowledged
        List<String> lines = text.substring(0, text.lastIndexOf('\n') + 1).lines().toList();
        int count = 0;
        for (String line : lines) {
            if (line.startsWith("ACK ")) {
                assertEquals("ACK " + EditLoad.note(round, count), line, "acknowledgements out of order");
                count++;
            }
        }
        return count;
    }

    private void check(Path file, int round, Map<Integer, Integer> acked) throws Exception {
        List<int[]> logged = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), "integrity after round " + round);
            }
            try (ResultSet rs = s.executeQuery("SELECT description FROM change_log ORDER BY id")) {
                while (rs.next()) {
                    Matcher m = NOTE.matcher(rs.getString(1));
                    if (m.find()) {
                        logged.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                    }
                }
            }
        }
        Map<Integer, Integer> committed = new HashMap<>();
        for (int[] note : logged) {
            int expected = committed.getOrDefault(note[0], 0);
            assertEquals(expected, note[1], "gesture of round " + note[0] + " out of order or missing in the change log");
            committed.put(note[0], expected + 1);
        }
        for (int r = 0; r <= round; r++) {
            int ack = acked.get(r);
            int got = committed.getOrDefault(r, 0);
            assertTrue(got == ack || got == ack + 1, "round " + r + ": " + ack + " gestures acknowledged, "
                    + got + " on disk");
        }
        checkMatrix(file, logged);
    }

    /** The last note written on each cell is the one there, with the stance written with it. */
    private static void checkMatrix(Path file, List<int[]> logged) throws Exception {
        Map<Integer, String> lastPerCell = new HashMap<>();
        Map<String, Stance> stanceOf = new HashMap<>();
        for (int[] note : logged) {
            String text = EditLoad.note(note[0], note[1]);
            lastPerCell.put(note[1] % EditLoad.CELLS, text);
            stanceOf.put(text, Stance.values()[note[1] % 4]);
        }
        try (Desk desk = new DeskService(NegotiationJson::readSample).open(file)) {
            Set<String> notes = new HashSet<>();
            for (Position p : desk.data().positions()) {
                if (p.note() != null && p.note().startsWith("load-")) {
                    notes.add(p.note());
                    assertEquals(stanceOf.get(p.note()), p.stance(), "stance written with " + p.note());
                }
            }
            assertEquals(new HashSet<>(lastPerCell.values()), notes, "notes in the matrix");
        }
    }
}
