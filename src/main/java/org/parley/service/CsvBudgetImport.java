package org.parley.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.model.Refused;
import org.parley.store.NewIds;

/**
 * Imports a budget table from a spreadsheet into the open negotiation: budget lines with their
 * baseline amounts, or posts by grade. Existing lines are found by mission code and line name,
 * existing post rows by title, grade and status (case aside); what the file does not name stays
 * as it is. Missions are never created: an unknown code is a problem.
 *
 * <p>All or nothing: a {@link Plan} lists every problem, by line and column; {@link #apply}
 * refuses a table with any, and otherwise writes the whole import as one gesture through the
 * {@link Editor}, so it is one transaction and one undo.
 *
 * <p>Threads: {@link #planner()} takes what planning needs from the desk (the negotiation as it
 * stands, the ids the gesture will write) on the JavaFX thread; {@link Planner#plan} may then
 * run on any thread, since it only reads; {@link #apply(Plan)} writes, on the JavaFX thread.
 */
public final class CsvBudgetImport {

    private final Editor editor;

    public CsvBudgetImport(Editor editor) {
        this.editor = editor;
    }

    /**
     * A table worked out against the negotiation as it stood: its problems, or the missions it
     * changes. Immutable.
     */
    public static final class Plan {
        private final CsvSheet sheet;
        private final CsvShape shape;
        private final NegotiationData base;
        private final List<Problem> problems;
        private final List<Mission> missions;
        private final String summary;

        private Plan(CsvSheet sheet, CsvShape shape, NegotiationData base, CsvPlan plan) {
            this.sheet = sheet;
            this.shape = shape;
            this.base = base;
            this.problems = List.copyOf(plan.problems);
            this.missions = problems.isEmpty() ? List.copyOf(plan.missions()) : List.of();
            this.summary = CsvBudgetImport.summary(plan);
        }

        /** Every problem, e.g. {@code line 12, column "ACABQ": must not be negative}; empty when it imports. */
        public List<Problem> problems() {
            return problems;
        }

        /** What importing does ("2 lines added, 5 lines updated"). */
        public String summary() {
            return summary;
        }
    }

    /** Plans tables against the negotiation as it stood when the planner was made, with the ids the gesture will use. */
    public static final class Planner {
        private final NegotiationData data;
        private final long firstLine;
        private final long firstPost;

        private Planner(NegotiationData data, long firstLine, long firstPost) {
            this.data = data;
            this.firstLine = firstLine;
            this.firstPost = firstPost;
        }

        /**
         * Works out what the table does, reporting each row to {@code progress}; only reads, so it
         * may run off the JavaFX thread.
         *
         * @throws CancellationException when {@code progress} says to stop
         */
        public Plan plan(CsvSheet sheet, CsvShape shape, CsvMapping mapping, CsvProgress progress) {
            long[] next = {firstLine, firstPost};
            CsvPlan.Ids ids = new CsvPlan.Ids() {
                @Override
                public long line() {
                    return next[0]++;
                }

                @Override
                public long post() {
                    return next[1]++;
                }
            };
            CsvPlan plan = new CsvPlan(sheet, shape, mapping, data, ids).run(progress);
            if (plan.problems.isEmpty()) {
                EditBuilder b = new EditBuilder(data);
                try {
                    for (Mission m : plan.missions()) {
                        b.update(Part.MISSIONS, m);
                    }
                    plan.checkRules(b.current());
                } catch (Refused e) {
                    // The model's last word on the whole: rules the rows could not see one by one.
                    plan.problems.add(new Problem("File", e.getMessage()));
                }
            }
            return new Plan(sheet, shape, data, plan);
        }
    }

    /**
     * A planner on the negotiation as it stands, with new ids from the workspace; call it where
     * gestures run (the JavaFX thread).
     *
     * @throws EditException when the workspace cannot say which ids come next
     */
    public Planner planner() throws EditException {
        NewIds ids = editor.newIds();
        return new Planner(editor.data(), ProposalEdits.next(ids, NewIds.Kind.LINE),
                ProposalEdits.next(ids, NewIds.Kind.POST));
    }

    /** Every problem of the table read this way; empty when it imports. Plans in place, touching no file. */
    public List<Problem> check(CsvSheet sheet, CsvShape shape, CsvMapping mapping) {
        NegotiationData data = editor.data();
        return new Planner(data, maxLineId(data) + 1, maxPostId(data) + 1).plan(sheet, shape, mapping, CsvProgress.NONE)
                .problems();
    }

    /**
     * Plans the table in place and imports it ({@link #apply(Plan)}).
     *
     * @throws Refused when the table has any problem (listed in the message); nothing is written
     * @throws EditException when the workspace could not save it; nothing is written
     */
    public String apply(CsvSheet sheet, CsvShape shape, CsvMapping mapping) throws EditException {
        return apply(planner().plan(sheet, shape, mapping, CsvProgress.NONE));
    }

    /**
     * Imports a planned table as one gesture and says what it did ("2 lines added, 5 updated").
     *
     * @throws Refused when the table has any problem (listed in the message); nothing is written
     * @throws StaleChangeException when the negotiation changed since the plan was made; nothing is written
     * @throws EditException when the workspace could not save it; nothing is written
     */
    public String apply(Plan plan) throws EditException {
        String source = plan.sheet.source();
        if (!plan.problems.isEmpty()) {
            List<String> shown = plan.problems.stream().limit(10).map(Problem::toString).collect(Collectors.toList());
            if (plan.problems.size() > shown.size()) {
                shown.add("and " + (plan.problems.size() - shown.size()) + " more");
            }
            throw new Refused(source + " was not imported:\n" + String.join("\n", shown));
        }
        if (plan.base != editor.data()) {
            throw new StaleChangeException("The negotiation changed while " + source + " was being checked, so "
                    + "nothing was imported. Import the file again to check it against the negotiation as it is now.");
        }
        if (plan.missions.isEmpty()) {
            return "Nothing to change: " + source + " matches the negotiation";
        }
        EditBuilder b = editor.edit();
        for (Mission m : plan.missions) {
            b.update(Part.MISSIONS, m);
        }
        editor.backup("before-import");
        String codes = plan.missions.stream().map(Mission::code).collect(Collectors.joining(", "));
        editor.apply(b.build("Import CSV", "Import " + plan.shape.label().toLowerCase() + " from " + source
                + ": " + plan.summary + " (" + codes + ")"));
        return plan.summary;
    }

    private static String summary(CsvPlan p) {
        List<String> parts = new ArrayList<>();
        count(parts, p.linesAdded, "line", "added");
        count(parts, p.linesUpdated, "line", "updated");
        count(parts, p.postsAdded, "post row", "added");
        count(parts, p.postsUpdated, "post row", "updated");
        return parts.isEmpty() ? "nothing changed" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String what, String done) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s") + " " + done);
        }
    }

    private static long maxLineId(NegotiationData data) {
        return data.missions().stream().flatMap(m -> m.lines().stream()).mapToLong(l -> l.id()).max().orElse(0);
    }

    private static long maxPostId(NegotiationData data) {
        return data.missions().stream().flatMap(m -> m.lines().stream()).flatMap(l -> l.posts().stream())
                .mapToLong(p -> p.id()).max().orElse(0);
    }
}
