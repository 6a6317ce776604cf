package org.parley.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Problem;
import org.parley.store.NewIds;

/**
 * Imports a budget table from a spreadsheet into the open negotiation: budget lines with their
 * baseline amounts, or posts by grade. Existing lines are found by mission code and line name,
 * existing post rows by title, grade and status (case aside); what the file does not name stays
 * as it is. Missions are never created: an unknown code is a problem.
 *
 * <p>All or nothing: {@link #check} lists every problem, by line and column; {@link #apply}
 * refuses a table with any, and otherwise writes the whole import as one gesture through the
 * {@link Editor}, so it is one transaction and one undo.
 */
public final class CsvBudgetImport {

    private final Editor editor;

    public CsvBudgetImport(Editor editor) {
        this.editor = editor;
    }

    /** Every problem of the table read this way, e.g. {@code line 12, column "ACABQ": must not be negative}; empty when it imports. */
    public List<Problem> check(CsvSheet sheet, CsvShape shape, CsvMapping mapping) {
        NegotiationData data = editor.data();
        long[] next = {maxLineId(data), maxPostId(data)};
        CsvPlan.Ids ids = new CsvPlan.Ids() {
            @Override
            public long line() {
                return ++next[0];
            }

            @Override
            public long post() {
                return ++next[1];
            }
        };
        return plan(sheet, shape, mapping, ids).problems;
    }

    /**
     * Imports the table as one gesture and says what it did ("2 lines added, 5 updated").
     *
     * @throws IllegalArgumentException when the table has any problem (listed in the message); nothing is written
     * @throws EditException when the workspace could not save it; nothing is written
     */
    public String apply(CsvSheet sheet, CsvShape shape, CsvMapping mapping) throws EditException {
        CsvPlan plan;
        try {
            plan = plan(sheet, shape, mapping, storeIds(editor.newIds()));
        } catch (IdFailure e) {
            throw e.cause;
        }
        if (!plan.problems.isEmpty()) {
            List<String> shown = plan.problems.stream().limit(10).map(Problem::toString).collect(Collectors.toList());
            if (plan.problems.size() > shown.size()) {
                shown.add("and " + (plan.problems.size() - shown.size()) + " more");
            }
            throw new IllegalArgumentException(sheet.source() + " was not imported:\n" + String.join("\n", shown));
        }
        List<Mission> missions = plan.missions();
        String summary = summary(plan);
        if (missions.isEmpty()) {
            return "Nothing to change: " + sheet.source() + " matches the negotiation";
        }
        EditBuilder b = editor.edit();
        for (Mission m : missions) {
            b.update(Part.MISSIONS, m);
        }
        editor.backup("before-import");
        String codes = missions.stream().map(Mission::code).collect(Collectors.joining(", "));
        editor.apply(b.build("Import CSV", "Import " + shape.label().toLowerCase() + " from " + sheet.source()
                + ": " + summary + " (" + codes + ")"));
        return summary;
    }

    private CsvPlan plan(CsvSheet sheet, CsvShape shape, CsvMapping mapping, CsvPlan.Ids ids) {
        CsvPlan plan = new CsvPlan(sheet, shape, mapping, editor.data(), ids).run();
        if (!plan.problems.isEmpty()) {
            return plan;
        }
        EditBuilder b = editor.edit();
        try {
            for (Mission m : plan.missions()) {
                b.update(Part.MISSIONS, m);
            }
            plan.checkRules(b.current());
        } catch (IllegalArgumentException e) {
            // The model's last word on the whole: rules the rows could not see one by one.
            plan.problems.add(new Problem("File", e.getMessage()));
        }
        return plan;
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

    /** Ids from the workspace, as the gesture will write them. */
    private static CsvPlan.Ids storeIds(NewIds newIds) {
        return new CsvPlan.Ids() {
            @Override
            public long line() {
                return next(newIds, NewIds.Kind.LINE);
            }

            @Override
            public long post() {
                return next(newIds, NewIds.Kind.POST);
            }
        };
    }

    private static long next(NewIds ids, NewIds.Kind kind) {
        try {
            return ProposalEdits.next(ids, kind);
        } catch (EditException e) {
            throw new IdFailure(e);
        }
    }

    private static long maxLineId(NegotiationData data) {
        return data.missions().stream().flatMap(m -> m.lines().stream()).mapToLong(l -> l.id()).max().orElse(0);
    }

    private static long maxPostId(NegotiationData data) {
        return data.missions().stream().flatMap(m -> m.lines().stream()).flatMap(l -> l.posts().stream())
                .mapToLong(p -> p.id()).max().orElse(0);
    }

    /** A store failure while handing out ids, carried out of the plan to be thrown as it is. */
    private static final class IdFailure extends RuntimeException {
        private final EditException cause;

        IdFailure(EditException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }
}
