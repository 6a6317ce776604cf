package org.parley.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.io.ScaledSample;
import org.parley.service.Exchange;
import org.parley.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 12: a streamed import against the floor of what any import must do, a raw Jackson parse
 * feeding raw batched inserts of the same rows into a plain SQLite schema (WAL, synchronous FULL,
 * one transaction). Prints, never asserts. Run with {@code bin/benchmark import [TIMES...]}:
 *
 * <ul>
 *   <li>{@code generate N FILE}: writes the sample N times larger (see {@link ScaledSample});</li>
 *   <li>{@code raw FILE DB}: the raw parse and insert, timed;</li>
 *   <li>{@code parley FILE WORKSPACE}: Parley's import (as {@code parley import} runs it), timed;</li>
 *   <li>{@code export WORKSPACE FILE}: Parley's export of the first negotiation, timed;</li>
 *   <li>{@code N...} (default 10 100): all of the above in this JVM, three runs each, best time.</li>
 * </ul>
 * Peak memory is measured from outside: {@code /usr/bin/time -v} around one step in a JVM of its own.
 */
public final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 512;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("generate")) {
            Path file = ScaledSample.times(Integer.parseInt(args[1])).write(Path.of(args[2]));
            System.out.printf("wrote %s (%.1f MB)%n", file, Files.size(file) / 1e6);
            return;
        }
        if (args.length > 0 && args[0].equals("raw")) {
            time("raw parse + insert", () -> raw(Path.of(args[1]), Path.of(args[2])));
            return;
        }
        if (args.length > 0 && args[0].equals("parley")) {
            time("parley import", () -> parley(Path.of(args[1]), Path.of(args[2])));
            return;
        }
        if (args.length > 0 && args[0].equals("export")) {
            time("parley export", () -> export(Path.of(args[1]), Path.of(args[2])));
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10, 100);
        }
        Path dir = Files.createTempDirectory("import-bench");
        for (int n : sizes) {
            Path file = ScaledSample.times(n).write(dir.resolve(n + "x.json"));
            System.out.printf("%dx: %.1f MB%n", n, Files.size(file) / 1e6);
            double raw = Double.MAX_VALUE;
            double parley = Double.MAX_VALUE;
            double export = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                Path db = dir.resolve(n + "x-raw-" + run + ".db");
                raw = Math.min(raw, time("  raw parse + insert", () -> raw(file, db)));
                Path workspace = dir.resolve(n + "x-" + run + ".parley");
                parley = Math.min(parley, time("  parley import", () -> parley(file, workspace)));
                Path out = dir.resolve(n + "x-" + run + "-export.json");
                export = Math.min(export, time("  parley export", () -> export(workspace, out)));
            }
            System.out.printf("%dx best: raw %.2f s, parley import %.2f s (%.2f x raw), export %.2f s%n", n, raw,
                    parley, parley / raw, export);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static double time(String what, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %.2f s%n", what, seconds);
        return seconds;
    }

    /** What {@code parley import --workspace W --file F} does for a new workspace: check, then import. */
    private static void parley(Path file, Path workspace) throws Exception {
        Exchange.check(file);
        try (Workspace w = Workspace.open(workspace)) {
            Exchange.importAsNew(w, file);
        }
    }

    private static void export(Path workspace, Path out) throws Exception {
        try (Workspace w = Workspace.open(workspace)) {
            Exchange.exportNegotiation(w, w.negotiations().list().get(0).id(), out);
        }
    }

    /** The floor: parse every part with Jackson, insert the same rows in batches, resolve the same references. */
    static void raw(Path file, Path db) throws Exception {
        Files.deleteIfExists(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                for (String table : List.of(
                        "mission (id INTEGER PRIMARY KEY, position INTEGER, code TEXT, name TEXT, location TEXT, "
                                + "coordinator TEXT, status TEXT, notes TEXT)",
                        "mission_baseline (mission_id INTEGER, baseline TEXT, usd INTEGER, source TEXT, "
                                + "illustrative INTEGER)",
                        "budget_line (id INTEGER PRIMARY KEY, mission_id INTEGER, position INTEGER, name TEXT, "
                                + "category TEXT)",
                        "line_baseline (line_id INTEGER, baseline TEXT, usd INTEGER, source TEXT, illustrative INTEGER)",
                        "post (id INTEGER PRIMARY KEY, line_id INTEGER, position INTEGER, title TEXT, grade TEXT, "
                                + "count INTEGER, status TEXT, usd INTEGER, source TEXT, illustrative INTEGER, "
                                + "count_source TEXT, count_illustrative INTEGER)",
                        "proposal (id INTEGER PRIMARY KEY, position INTEGER, delegation TEXT, title TEXT)",
                        "amendment (id INTEGER PRIMARY KEY, proposal_id INTEGER, position INTEGER, mission_id INTEGER, "
                                + "line_id INTEGER, post_id INTEGER, kind TEXT, value TEXT, rationale TEXT, source TEXT)",
                        "timeline_event (id INTEGER PRIMARY KEY, position INTEGER, at TEXT, title TEXT, kind TEXT, "
                                + "description TEXT, source TEXT)",
                        "event_mission (event_id INTEGER, mission_id INTEGER)")) {
                    s.execute("CREATE TABLE " + table);
                }
            }
            c.setAutoCommit(false);
            new Raw(c).read(file);
            c.commit();
        }
    }

    /** The raw import's state: its statements and the keys seen so far. */
    private static final class Raw {
        private final Connection c;
        private final Map<String, Long> missions = new HashMap<>();
        private final Map<String, Long> lines = new HashMap<>();
        private final Map<String, Long> posts = new HashMap<>();
        private final List<PreparedStatement> all = new ArrayList<>();
        private final int[] pending = new int[16];
        private long missionId;
        private long lineId;
        private long postId;
        private long amendmentId;
        private long eventId;
        private long proposalId;

        Raw(Connection c) {
            this.c = c;
        }

        private PreparedStatement ps(int i, String sql) throws SQLException {
            while (all.size() <= i) {
                all.add(null);
            }
            if (all.get(i) == null) {
                all.set(i, c.prepareStatement(sql));
            }
            return all.get(i);
        }

        private void add(int i) throws SQLException {
            all.get(i).addBatch();
            if (++pending[i] >= BATCH) {
                all.get(i).executeBatch();
                pending[i] = 0;
            }
        }

        void read(Path file) throws Exception {
            try (JsonParser p = JSON.createParser(file.toFile())) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "missions" -> eachPart(p, this::mission);
                        case "proposals" -> eachPart(p, this::proposal);
                        case "events" -> eachPart(p, this::event);
                        default -> JSON.readTree(p);
                    }
                }
            }
            for (int i = 0; i < all.size(); i++) {
                if (pending[i] > 0) {
                    all.get(i).executeBatch();
                }
                all.get(i).close();
            }
        }

        /** Reads one part of the document as a tree. */
        @FunctionalInterface
        private interface Part {
            void read(JsonNode node, int position) throws SQLException;
        }

        /** Hands every element of the array the parser stands at to {@code part}, with its position. */
        private static void eachPart(JsonParser p, Part part) throws IOException, SQLException {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                part.read(JSON.readTree(p), i++);
            }
        }

        /** The statement {@code i} with a row's first columns bound: its id, then its position. */
        private PreparedStatement row(int i, String sql, long id, int position) throws SQLException {
            PreparedStatement ps = ps(i, sql);
            ps.setLong(1, id);
            ps.setInt(2, position);
            return ps;
        }

        /** The statement {@code i} with a child row's first columns bound: its id, its parent's, its position. */
        private PreparedStatement child(int i, String sql, long id, long parent, int position) throws SQLException {
            PreparedStatement ps = ps(i, sql);
            ps.setLong(1, id);
            ps.setLong(2, parent);
            ps.setInt(3, position);
            return ps;
        }

        private void mission(JsonNode m, int position) throws SQLException {
            long id = ++missionId;
            String code = m.get("code").asText();
            missions.put(code, id);
            PreparedStatement ps = row(0, "INSERT INTO mission VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, position);
            ps.setString(3, code);
            ps.setString(4, text(m, "name"));
            ps.setString(5, text(m, "location"));
            ps.setString(6, text(m, "coordinator"));
            ps.setString(7, text(m, "status"));
            ps.setString(8, text(m, "notes"));
            add(0);
            baselines(1, "INSERT INTO mission_baseline VALUES (?, ?, ?, ?, ?)", id, m.get("baselines"));
            int j = 0;
            for (JsonNode l : m.get("lines")) {
                long line = ++lineId;
                String lineKey = code + "/" + l.get("key").asText();
                lines.put(lineKey, line);
                PreparedStatement pl = child(2, "INSERT INTO budget_line VALUES (?, ?, ?, ?, ?)", line, id, j++);
                pl.setString(4, text(l, "name"));
                pl.setString(5, text(l, "category"));
                add(2);
                baselines(3, "INSERT INTO line_baseline VALUES (?, ?, ?, ?, ?)", line, l.get("baselines"));
                int k = 0;
                for (JsonNode post : l.get("posts")) {
                    long pid = ++postId;
                    posts.put(lineKey + "/" + post.get("key").asText(), pid);
                    PreparedStatement pp = child(4, "INSERT INTO post VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pid,
                            line, k++);
                    pp.setString(4, text(post, "title"));
                    pp.setString(5, text(post, "grade"));
                    pp.setInt(6, post.get("count").asInt());
                    pp.setString(7, text(post, "status"));
                    JsonNode cost = post.get("annualCost");
                    pp.setLong(8, cost.get("usd").asLong());
                    pp.setString(9, text(cost, "source"));
                    pp.setInt(10, cost.has("illustrative") ? 1 : 0);
                    JsonNode count = post.get("countProvenance");
                    pp.setString(11, text(count, "source"));
                    pp.setInt(12, count.has("illustrative") ? 1 : 0);
                    add(4);
                }
            }
        }

        private void baselines(int i, String sql, long owner, JsonNode baselines) throws SQLException {
            if (baselines == null) {
                return;
            }
            var fields = baselines.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                PreparedStatement ps = ps(i, sql);
                ps.setLong(1, owner);
                ps.setString(2, f.getKey());
                ps.setLong(3, f.getValue().get("usd").asLong());
                ps.setString(4, text(f.getValue(), "source"));
                ps.setInt(5, f.getValue().has("illustrative") ? 1 : 0);
                add(i);
            }
        }

        private void proposal(JsonNode p, int position) throws SQLException {
            long id = ++proposalId;
            PreparedStatement ps = row(5, "INSERT INTO proposal VALUES (?, ?, ?, ?)", id, position);
            ps.setString(3, text(p, "delegation"));
            ps.setString(4, text(p, "title"));
            add(5);
            int j = 0;
            for (JsonNode a : p.get("amendments")) {
                PreparedStatement pa = child(6, "INSERT INTO amendment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ++amendmentId, id, j++);
                JsonNode t = a.get("target");
                String mission = t == null ? null : t.get("mission").asText();
                String line = t == null || !t.has("line") ? null : mission + "/" + t.get("line").asText();
                String post = line == null || !t.has("post") ? null : line + "/" + t.get("post").asText();
                pa.setObject(4, mission == null ? null : missions.get(mission));
                pa.setObject(5, line == null ? null : lines.get(line));
                pa.setObject(6, post == null ? null : posts.get(post));
                pa.setString(7, text(a, "kind"));
                String value = a.has("percent") ? text(a, "percent") : a.has("usd") ? text(a, "usd") : text(a, "posts");
                pa.setString(8, value);
                pa.setString(9, text(a, "rationale"));
                pa.setString(10, text(a.get("provenance"), "source"));
                add(6);
            }
        }

        private void event(JsonNode e, int position) throws SQLException {
            long id = ++eventId;
            PreparedStatement ps = row(7, "INSERT INTO timeline_event VALUES (?, ?, ?, ?, ?, ?, ?)", id, position);
            ps.setString(3, text(e, "at"));
            ps.setString(4, text(e, "title"));
            ps.setString(5, text(e, "kind"));
            ps.setString(6, text(e, "description"));
            ps.setString(7, text(e.get("provenance"), "source"));
            add(7);
            for (JsonNode m : e.get("missions")) {
                PreparedStatement pm = ps(8, "INSERT INTO event_mission VALUES (?, ?)");
                pm.setLong(1, id);
                pm.setObject(2, missions.get(m.asText()));
                add(8);
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node == null ? null : node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    /** Reads one count back, to see that the raw import wrote what it should. */
    static long count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
