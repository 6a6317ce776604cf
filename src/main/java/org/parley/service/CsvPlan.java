package org.parley.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.parley.io.CsvAmounts;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.BudgetRules;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Problem;
import org.parley.model.Provenance;
import org.parley.model.SourceRules;

/**
 * Works out what a mapped budget table does to the negotiation: the missions as they would be
 * after it, and every problem on the way. Nothing is written here; {@link CsvBudgetImport}
 * applies the result as one gesture, or nothing when any problem is found.
 *
 * <p>Linear in the rows (issue 10): missions are found by code, lines by name and post rows by
 * title, grade and status through indexes, and each touched mission is built once, at the end.
 * Names are indexed the way {@link BudgetRules#key} compares them, so the import can never give
 * a mission two lines of the same name, and the rules need not scan for that line by line.
 */
final class CsvPlan {

    /** Where new lines and posts get their ids. */
    interface Ids {
        long line();

        long post();
    }

    final List<Problem> problems = new ArrayList<>();
    private final CsvSheet sheet;
    private final CsvShape shape;
    private final CsvMapping mapping;
    private final NegotiationData data;
    private final Ids ids;
    private final Map<String, Mission> byCode = new HashMap<>();
    private final Map<Long, MissionDraft> work = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    /** For each touched line (by id), its mission and the first row that touched it. */
    private final Map<Long, Touch> touched = new LinkedHashMap<>();
    int linesAdded;
    int linesUpdated;
    int postsAdded;
    int postsUpdated;

    private record Touch(long missionId, int row) {
    }

    CsvPlan(CsvSheet sheet, CsvShape shape, CsvMapping mapping, NegotiationData data, Ids ids) {
        this.sheet = sheet;
        this.shape = shape;
        this.mapping = mapping;
        this.data = data;
        this.ids = ids;
        for (Mission m : data.missions()) {
            byCode.putIfAbsent(BudgetRules.key(m.code()), m);
        }
    }

    /**
     * Reads every row; afterwards {@link #problems} lists what is wrong and {@link #missions} what changes.
     *
     * @throws CancellationException when {@code progress} says to stop
     */
    CsvPlan run(CsvProgress progress) {
        problems.addAll(mapping.problems(shape, sheet));
        if (!problems.isEmpty()) {
            return this;
        }
        List<CsvSheet.Row> rows = sheet.rows();
        if (rows.isEmpty()) {
            problems.add(new Problem("File", sheet.source() + " has no rows below its header"));
            return this;
        }
        CsvRowReader r = new CsvRowReader(sheet, mapping, problems);
        for (int i = 0; i < rows.size(); i++) {
            if (!progress.rows(i, rows.size())) {
                throw new CancellationException("stopped at row " + i);
            }
            CsvSheet.Row row = rows.get(i);
            // Spreadsheets save the blank rows below a table as ",,,,": they say nothing.
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (r.start(row)) {
                if (shape == CsvShape.LINES) {
                    lineRow(r);
                } else {
                    postRow(r);
                }
            }
        }
        progress.rows(rows.size(), rows.size());
        return this;
    }

    /** The missions that differ from the negotiation's, as they would be after the import. */
    List<Mission> missions() {
        List<Mission> changed = new ArrayList<>();
        for (MissionDraft d : work.values()) {
            Mission m = d.build();
            if (!m.equals(d.mission)) {
                changed.add(m);
            }
        }
        return changed;
    }

    /** The budget rules for every touched line, against the negotiation as the import leaves it. */
    void checkRules(NegotiationData after) {
        for (Map.Entry<Long, Touch> e : touched.entrySet()) {
            long missionId = e.getValue().missionId();
            int row = e.getValue().row();
            Mission m = after.mission(missionId).orElseThrow();
            BudgetLine l = after.line(missionId, e.getKey()).orElseThrow();
            // The name is present (a required cell) and unique (the index): only the amounts are left to check.
            for (Problem p : BudgetRules.lineAmounts(m, BudgetEdits.amounts(l.baselines()))) {
                problems.add(new Problem(where(row, p.field()), p.message()));
            }
            for (Post post : l.posts()) {
                for (Problem p : BudgetRules.post(post.title(), post.count(), post.annualCost().usd())) {
                    problems.add(new Problem("line " + row, p.toString()));
                }
            }
        }
    }

    private String where(int line, String ruleField) {
        CsvField f = ruleField.equals(BudgetRules.NAME) ? CsvField.LINE : null;
        for (CsvField c : CsvField.values()) {
            if (c.baseline().isPresent() && ruleField.equals(SourceRules.amountField(c.baseline().get().label()))) {
                f = c;
            }
        }
        Optional<Integer> col = f == null ? Optional.empty() : mapping.column(f);
        return col.map(c -> "line " + line + ", column \"" + sheet.columnName(c) + "\"").orElse("line " + line);
    }

    private void lineRow(CsvRowReader r) {
        MissionDraft m = mission(r);
        String name = r.required(CsvField.LINE, "a line name");
        LineCategory category = r.optional(CsvField.CATEGORY, CsvRowReader::category);
        Map<Baseline, Long> amounts = new EnumMap<>(Baseline.class);
        for (CsvField f : shape.fields()) {
            if (f.baseline().isPresent()) {
                Long usd = r.dollars(f);
                if (usd != null) {
                    amounts.put(f.baseline().get(), usd);
                }
            }
        }
        if (!r.rowOk() || m == null || !firstTime(r, m, name)) {
            return;
        }
        Provenance source = provenance(r);
        Integer at = m.lineAt(name);
        BudgetLine now = at == null ? null : m.lines.get(at);
        Baselines baselines = now == null ? Baselines.none() : now.baselines();
        for (Map.Entry<Baseline, Long> e : amounts.entrySet()) {
            baselines = baselines.with(e.getKey(), figure(baselines.get(e.getKey()), e.getValue(), source));
        }
        BudgetLine l;
        if (now == null) {
            l = new BudgetLine(ids.line(), name, category == null ? LineCategory.OTHER : category, baselines, List.of());
            m.add(l);
            linesAdded++;
        } else {
            l = new BudgetLine(now.id(), now.name(), category == null ? now.category() : category, baselines,
                    now.posts());
            if (!l.equals(now)) {
                linesUpdated++;
            }
            m.lines.set(at, l);
        }
        touch(r, m, l);
    }

    private void postRow(CsvRowReader r) {
        MissionDraft m = mission(r);
        String name = r.required(CsvField.LINE, "a line name");
        LineCategory category = r.optional(CsvField.CATEGORY, CsvRowReader::category);
        String title = r.required(CsvField.TITLE, "a post title");
        Grade grade = r.needed(CsvField.GRADE, "a grade", CsvRowReader::grade);
        Integer count = r.needed(CsvField.COUNT, "a number of posts", CsvAmounts::count);
        PostStatus status = r.optional(CsvField.STATUS, CsvRowReader::status);
        Long cost = r.needed(CsvField.ANNUAL_COST, "an annual cost", CsvAmounts::dollars);
        status = status == null ? PostStatus.ENCUMBERED : status;
        if (!r.rowOk() || m == null || !firstTime(r, m, name, title, String.valueOf(grade), String.valueOf(status))) {
            return;
        }
        Provenance source = provenance(r);
        Integer at = m.lineAt(name);
        if (at == null) {
            at = m.add(new BudgetLine(ids.line(), name, category == null ? LineCategory.OTHER : category,
                    Baselines.none(), List.of()));
            linesAdded++;
        }
        BudgetLine line = m.lines.get(at);
        PostsDraft posts = m.posts(at);
        Integer i = posts.at(title, grade, status);
        if (i == null) {
            posts.add(new Post(ids.post(), title, grade, count, status, new Figure(cost, source), source));
            postsAdded++;
        } else {
            Post p = posts.list.get(i);
            Post q = new Post(p.id(), p.title(), grade, count, status,
                    figure(Optional.of(p.annualCost()), cost, source),
                    p.count() == count && source.illustrative() ? p.countProvenance() : source);
            if (!q.equals(p)) {
                postsUpdated++;
            }
            posts.list.set(i, q);
        }
        touch(r, m, line);
    }

    /** The same amount without a new source keeps its figure (and its source): re-importing changes nothing. */
    private static Figure figure(Optional<Figure> now, long usd, Provenance source) {
        if (now.isPresent() && now.get().usd() == usd && (source.illustrative() || now.get().provenance().equals(source))) {
            return now.get();
        }
        return new Figure(usd, source);
    }

    private Provenance provenance(CsvRowReader r) {
        String s = r.text(CsvField.SOURCE);
        return s.isEmpty() ? Provenance.illustrative("imported from " + sheet.source()) : Provenance.sourced(s);
    }

    private MissionDraft mission(CsvRowReader r) {
        String code = r.required(CsvField.MISSION, "a mission code");
        if (code == null) {
            return null;
        }
        Mission m = byCode.get(BudgetRules.key(code));
        if (m == null) {
            r.problem(r.where(CsvField.MISSION), "no mission with the code \"" + CsvRowReader.shorten(code)
                    + "\" in this negotiation (add it first; an import does not create missions)");
            return null;
        }
        return work.computeIfAbsent(m.id(), id -> new MissionDraft(m));
    }

    /** False (with a problem) when an earlier row named the same line, or post row, of the mission. */
    private boolean firstTime(CsvRowReader r, MissionDraft m, String... key) {
        StringBuilder k = new StringBuilder().append(m.mission.id());
        for (String part : key) {
            k.append('/').append(BudgetRules.key(part));
        }
        Integer first = seen.putIfAbsent(k.toString(), r.line());
        if (first != null) {
            r.problem("line " + r.line(), "repeats line " + first + " (" + m.mission.code() + " / "
                    + CsvRowReader.shorten(String.join(" / ", key)) + ")");
            return false;
        }
        return true;
    }

    private void touch(CsvRowReader r, MissionDraft m, BudgetLine l) {
        touched.putIfAbsent(l.id(), new Touch(m.mission.id(), r.line()));
    }

    /** A mission as the rows so far leave it: its lines in order, indexed by name, and the posts of the lines they touch. */
    private static final class MissionDraft {
        final Mission mission;
        final List<BudgetLine> lines;
        private final Map<String, Integer> lineAt = new HashMap<>();
        private final Map<Integer, PostsDraft> posts = new LinkedHashMap<>();

        MissionDraft(Mission mission) {
            this.mission = mission;
            this.lines = new ArrayList<>(mission.lines());
            for (int i = 0; i < lines.size(); i++) {
                lineAt.putIfAbsent(BudgetRules.key(lines.get(i).name()), i);
            }
        }

        Integer lineAt(String name) {
            return lineAt.get(BudgetRules.key(name));
        }

        int add(BudgetLine l) {
            lines.add(l);
            lineAt.put(BudgetRules.key(l.name()), lines.size() - 1);
            return lines.size() - 1;
        }

        PostsDraft posts(int line) {
            return posts.computeIfAbsent(line, i -> new PostsDraft(lines.get(i).posts()));
        }

        Mission build() {
            List<BudgetLine> all = new ArrayList<>(lines);
            posts.forEach((i, p) -> {
                BudgetLine l = all.get(i);
                all.set(i, new BudgetLine(l.id(), l.name(), l.category(), l.baselines(), p.list));
            });
            if (all.equals(mission.lines())) {
                return mission;
            }
            Mission m = mission;
            return new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(), m.baselines(),
                    all, m.notes());
        }
    }

    /** The post rows of one line as the rows so far leave them, indexed by title, grade and status. */
    private static final class PostsDraft {
        final List<Post> list;
        private final Map<String, Integer> at = new HashMap<>();

        PostsDraft(List<Post> posts) {
            list = new ArrayList<>(posts);
            for (int i = 0; i < list.size(); i++) {
                Post p = list.get(i);
                at.putIfAbsent(key(p.title(), p.grade(), p.status()), i);
            }
        }

        Integer at(String title, Grade grade, PostStatus status) {
            return at.get(key(title, grade, status));
        }

        void add(Post p) {
            list.add(p);
            at.put(key(p.title(), p.grade(), p.status()), list.size() - 1);
        }

        private static String key(String title, Grade grade, PostStatus status) {
            return BudgetRules.key(title) + "/" + grade + "/" + status;
        }
    }
}
