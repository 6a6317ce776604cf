package org.parley.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final Map<Long, Mission> work = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    /** For each touched line ("missionId/lineId"), the first row that touched it. */
    private final Map<String, Integer> touched = new LinkedHashMap<>();
    int linesAdded;
    int linesUpdated;
    int postsAdded;
    int postsUpdated;

    CsvPlan(CsvSheet sheet, CsvShape shape, CsvMapping mapping, NegotiationData data, Ids ids) {
        this.sheet = sheet;
        this.shape = shape;
        this.mapping = mapping;
        this.data = data;
        this.ids = ids;
    }

    /** Reads every row; afterwards {@link #problems} lists what is wrong and {@link #missions} what changes. */
    CsvPlan run() {
        problems.addAll(mapping.problems(shape, sheet));
        if (!problems.isEmpty()) {
            return this;
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new Problem("File", sheet.source() + " has no rows below its header"));
            return this;
        }
        CsvRowReader r = new CsvRowReader(sheet, mapping, problems);
        for (CsvSheet.Row row : sheet.rows()) {
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
        return this;
    }

    /** The missions that differ from the negotiation's, as they would be after the import. */
    List<Mission> missions() {
        List<Mission> changed = new ArrayList<>();
        for (Mission m : work.values()) {
            if (!m.equals(data.mission(m.id()).orElse(null))) {
                changed.add(m);
            }
        }
        return changed;
    }

    /** The budget rules for every touched line, against the negotiation as the import leaves it. */
    void checkRules(NegotiationData after) {
        for (Map.Entry<String, Integer> e : touched.entrySet()) {
            String[] ids2 = e.getKey().split("/");
            long missionId = Long.parseLong(ids2[0]);
            long lineId = Long.parseLong(ids2[1]);
            BudgetLine l = after.line(missionId, lineId).orElseThrow();
            for (Problem p : BudgetRules.line(missionId, lineId, l.name(), BudgetEdits.amounts(l.baselines()), after)) {
                problems.add(new Problem(where(e.getValue(), p.field()), p.message()));
            }
            for (Post post : l.posts()) {
                for (Problem p : BudgetRules.post(post.title(), post.count(), post.annualCost().usd())) {
                    problems.add(new Problem("line " + e.getValue(), p.toString()));
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
        Mission m = mission(r);
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
        BudgetLine now = lineNamed(m, name);
        Baselines baselines = now == null ? Baselines.none() : now.baselines();
        for (Map.Entry<Baseline, Long> e : amounts.entrySet()) {
            baselines = baselines.with(e.getKey(), figure(baselines.get(e.getKey()), e.getValue(), source));
        }
        if (now == null) {
            save(r, m, new BudgetLine(ids.line(), name, category == null ? LineCategory.OTHER : category, baselines,
                    List.of()), true);
            linesAdded++;
        } else {
            BudgetLine l = new BudgetLine(now.id(), now.name(), category == null ? now.category() : category,
                    baselines, now.posts());
            if (!l.equals(now)) {
                linesUpdated++;
            }
            save(r, m, l, false);
        }
    }

    private void postRow(CsvRowReader r) {
        Mission m = mission(r);
        String name = r.required(CsvField.LINE, "a line name");
        LineCategory category = r.optional(CsvField.CATEGORY, CsvRowReader::category);
        String title = r.required(CsvField.TITLE, "a post title");
        Grade grade = r.needed(CsvField.GRADE, "a grade", CsvRowReader::grade);
        Integer count = r.needed(CsvField.COUNT, "a number of posts", CsvAmounts::count);
        PostStatus status = r.optional(CsvField.STATUS, CsvRowReader::status);
        Long cost = r.needed(CsvField.ANNUAL_COST, "an annual cost", CsvAmounts::dollars);
        status = status == null ? PostStatus.ENCUMBERED : status;
        if (!r.rowOk() || m == null || !firstTime(r, m, name + "/" + title + "/" + grade + "/" + status)) {
            return;
        }
        Provenance source = provenance(r);
        BudgetLine line = lineNamed(m, name);
        boolean newLine = line == null;
        if (newLine) {
            line = new BudgetLine(ids.line(), name, category == null ? LineCategory.OTHER : category,
                    Baselines.none(), List.of());
            linesAdded++;
        }
        List<Post> posts = new ArrayList<>(line.posts());
        int i = indexOf(posts, title, grade, status);
        if (i < 0) {
            posts.add(new Post(ids.post(), title, grade, count, status, new Figure(cost, source), source));
            postsAdded++;
        } else {
            Post p = posts.get(i);
            Post q = new Post(p.id(), p.title(), grade, count, status,
                    figure(Optional.of(p.annualCost()), cost, source),
                    p.count() == count && source.illustrative() ? p.countProvenance() : source);
            if (!q.equals(p)) {
                postsUpdated++;
            }
            posts.set(i, q);
        }
        save(r, m, new BudgetLine(line.id(), line.name(), line.category(), line.baselines(), posts), newLine);
    }

    private static int indexOf(List<Post> posts, String title, Grade grade, PostStatus status) {
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (p.title().equalsIgnoreCase(title) && p.grade() == grade && p.status() == status) {
                return i;
            }
        }
        return -1;
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

    private Mission mission(CsvRowReader r) {
        String code = r.required(CsvField.MISSION, "a mission code");
        if (code == null) {
            return null;
        }
        for (Mission m : data.missions()) {
            if (m.code().equalsIgnoreCase(code)) {
                return work.computeIfAbsent(m.id(), id -> m);
            }
        }
        r.problem(r.where(CsvField.MISSION), "no mission with the code \"" + CsvRowReader.shorten(code)
                + "\" in this negotiation (add it first; an import does not create missions)");
        return null;
    }

    private boolean firstTime(CsvRowReader r, Mission m, String key) {
        String k = m.id() + "/" + key.toLowerCase(Locale.ROOT);
        Integer first = seen.putIfAbsent(k, r.line());
        if (first != null) {
            r.problem("line " + r.line(), "repeats line " + first + " (" + m.code() + " / "
                    + CsvRowReader.shorten(key.replace("/", " / ")) + ")");
            return false;
        }
        return true;
    }

    private static BudgetLine lineNamed(Mission m, String name) {
        return m.lines().stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private void save(CsvRowReader r, Mission m, BudgetLine l, boolean added) {
        List<BudgetLine> lines = new ArrayList<>(m.lines());
        if (added) {
            lines.add(l);
        } else {
            lines.replaceAll(x -> x.id() == l.id() ? l : x);
        }
        work.put(m.id(), new Mission(m.id(), m.code(), m.name(), m.location(), m.coordinator(), m.status(),
                m.baselines(), lines, m.notes()));
        touched.putIfAbsent(m.id() + "/" + l.id(), r.line());
    }
}
