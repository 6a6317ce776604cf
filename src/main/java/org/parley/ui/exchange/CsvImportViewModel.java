package org.parley.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.parley.model.Problem;
import org.parley.service.CsvBudgetImport;
import org.parley.service.CsvField;
import org.parley.service.CsvMapping;
import org.parley.service.CsvProgress;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.service.EditException;
import org.parley.ui.common.DeskEditing;

/**
 * The state of the CSV import dialog: the file being read, then the table read, which kind of
 * table it is, which column fills which field (first guessed from the header), and the problems
 * as they stand.
 *
 * <p>Threads (issue 10): reading the file and checking the table run on the background
 * executor, with their progress, and come back through {@code ui} (the JavaFX thread); a newer
 * choice or Cancel stops the check under way, and a stopped check's results are dropped. Only
 * importing writes, on the JavaFX thread, through {@link DeskEditing} (so a refusal or a failed
 * save is reported there), and it writes the very plan that was checked and shown.
 */
public final class CsvImportViewModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;
    /** How many problems the dialog lists before "and N more". */
    public static final int SHOWN_PROBLEMS = 8;

    /** Where the dialog stands. */
    public enum State {
        /** The file is being read. */
        READING,
        /** The table is being checked against the negotiation. */
        CHECKING,
        /** Checked: the problems are listed, or it can be imported. */
        CHECKED,
        /** The file could not be read (reported): nothing to show. */
        UNREADABLE,
        /** Cancelled or imported: nothing more happens. */
        CLOSED
    }

    private final DeskEditing editing;
    private final CsvBudgetImport importer;
    private final Path file;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READING);
    private final ReadOnlyObjectWrapper<CsvSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private CsvShape shape = CsvShape.LINES;
    private CsvMapping mapping = CsvMapping.none();
    private CsvBudgetImport.Plan plan;
    private Check current;
    private String summary = "";

    /**
     * @param background where reading and checking run
     * @param ui runs a result on the JavaFX thread ({@code Platform::runLater})
     */
    public CsvImportViewModel(DeskEditing editing, Path file, Executor background, Consumer<Runnable> ui) {
        this.editing = Objects.requireNonNull(editing);
        this.importer = new CsvBudgetImport(editing.editor());
        this.file = Objects.requireNonNull(file);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Reads the file in the background; then the table is shown and checked. A file that is not
     * CSV in UTF-8, or is too large, is reported (naming the line, or the size and the limit).
     */
    public void read() {
        status.set("Reading " + file.getFileName() + " …");
        background.execute(() -> {
            try {
                CsvSheet read = CsvSheet.read(file);
                ui.accept(() -> read(read));
            } catch (IOException e) {
                ui.accept(() -> unreadable(e.getMessage()));
            }
        });
    }

    private void read(CsvSheet read) {
        if (state.get() != State.READING) {
            return; // cancelled while reading
        }
        mapping = CsvMapping.guess(read.header());
        shape = CsvShape.guess(mapping);
        sheet.set(read);
        check();
    }

    private void unreadable(String why) {
        if (state.get() != State.READING) {
            return;
        }
        state.set(State.UNREADABLE);
        editing.dialogs().error("Import CSV: not possible", "Could not read " + file.getFileName() + ":\n" + why);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The table, once read. */
    public ReadOnlyObjectProperty<CsvSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public CsvSheet sheet() {
        return sheet.get();
    }

    /** How far reading or checking is, 0 to 1; -1 while it cannot say (reading). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Checking row 20,000 of 100,000 …", "Ready to import: 3 lines added". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the table as now mapped has been checked and has no problem. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Every problem with the table as mapped, once checked; empty while reading or checking. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public List<Problem> problems() {
        return problems.get();
    }

    /** The first rows, for the preview. */
    public List<CsvSheet.Row> previewRows() {
        return sheet().rows().subList(0, Math.min(PREVIEW_ROWS, sheet().rows().size()));
    }

    /** The choices of a field's column: -1 for none, then every column of the file. */
    public List<Integer> columnChoices() {
        List<Integer> choices = new ArrayList<>();
        choices.add(-1);
        for (int c = 0; c < sheet().header().size(); c++) {
            choices.add(c);
        }
        return choices;
    }

    /** "(none)" or the column's header. */
    public String columnText(Integer column) {
        return column == null || column < 0 ? "(none)" : sheet().columnName(column);
    }

    public CsvShape shape() {
        return shape;
    }

    /** Another kind of table: checked again. */
    public void setShape(CsvShape shape) {
        if (shape != null && shape != this.shape) {
            this.shape = shape;
            check();
        }
    }

    /** The column of a field, -1 for none. */
    public int column(CsvField field) {
        return mapping.column(field).orElse(-1);
    }

    /** Another column for a field (-1 or null for none): checked again. */
    public void setColumn(CsvField field, Integer column) {
        CsvMapping now = mapping.with(field, column == null || column < 0 ? null : column);
        if (!now.equals(mapping)) {
            mapping = now;
            check();
        }
    }

    /** The problems for the dialog: the first {@link #SHOWN_PROBLEMS}, then how many more. */
    /** {@link #shownProblems}, one a line, as the dialog shows them. */
    public String shownProblemsText() {
        return String.join("\n", shownProblems().stream().map(Problem::toString).toList());
    }

    public List<Problem> shownProblems() {
        List<Problem> all = problems();
        if (all.size() <= SHOWN_PROBLEMS) {
            return all;
        }
        List<Problem> shown = new ArrayList<>(all.subList(0, SHOWN_PROBLEMS));
        shown.add(new Problem("…", "and " + (all.size() - SHOWN_PROBLEMS) + " more problems"));
        return shown;
    }

    /** Checks the table as now mapped in the background, stopping the check under way. */
    private void check() {
        stopCheck();
        plan = null;
        canImport.set(false);
        problems.set(List.of());
        CsvBudgetImport.Planner planner;
        try {
            planner = importer.planner();
        } catch (EditException e) {
            checked(List.of(new Problem("Workspace", e.getMessage())), null);
            return;
        }
        Check check = new Check();
        current = check;
        state.set(State.CHECKING);
        progress.set(0);
        CsvSheet table = sheet();
        CsvShape kind = shape;
        CsvMapping columns = mapping;
        status.set(String.format(Locale.ROOT, "Checking %,d rows …", table.rows().size()));
        background.execute(() -> {
            try {
                CsvBudgetImport.Plan done = planner.plan(table, kind, columns, check);
                ui.accept(() -> {
                    if (current == check) {
                        current = null;
                        checked(done.problems(), done);
                    }
                });
            } catch (CancellationException e) {
                // A newer choice, or Cancel, took over: nothing to show.
            }
        });
    }

    private void checked(List<Problem> found, CsvBudgetImport.Plan done) {
        plan = found.isEmpty() ? done : null;
        problems.set(List.copyOf(found));
        canImport.set(plan != null);
        progress.set(1);
        status.set(plan != null ? "Ready to import: " + plan.summary()
                : found.size() == 1 ? "1 problem" : found.size() + " problems");
        state.set(State.CHECKED);
    }

    private void stopCheck() {
        if (current != null) {
            current.stopped = true;
            current = null;
        }
    }

    /** Stops reading or checking and drops what they find; nothing is written. */
    public void cancel() {
        stopCheck();
        plan = null;
        canImport.set(false);
        state.set(State.CLOSED);
    }

    /** Imports the checked table as one gesture (undoable); false, with the reason reported, when nothing was written. */
    public boolean importNow() {
        CsvBudgetImport.Plan checked = plan;
        if (checked == null) {
            editing.dialogs().error("Import CSV: not possible", problems().isEmpty()
                    ? "The table is still being checked." : String.join("\n",
                    shownProblems().stream().map(Problem::toString).toList()));
            return false;
        }
        boolean done = editing.run("Import CSV", () -> summary = importer.apply(checked));
        if (done) {
            cancel();
        }
        return done;
    }

    /** What the last import did ("1 line added, 3 lines updated"). */
    public String summary() {
        return summary;
    }

    /** One check under way: its progress goes to the dialog while it is the current one; it stops once it is not. */
    private final class Check implements CsvProgress {
        private volatile boolean stopped;
        private int shownPercent = -1;

        @Override
        public boolean rows(int done, int total) {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            if (percent != shownPercent && !stopped) {
                shownPercent = percent;
                ui.accept(() -> {
                    if (current == this) {
                        progress.set(total == 0 ? 1 : (double) done / total);
                        status.set(String.format(Locale.ROOT, "Checking row %,d of %,d …", done, total));
                    }
                });
            }
            return !stopped;
        }
    }
}
