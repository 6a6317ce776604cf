package org.parley.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.model.Problem;
import org.parley.service.CsvBudgetImport;
import org.parley.service.CsvField;
import org.parley.service.CsvMapping;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.ui.common.DeskEditing;

/**
 * The state of the CSV import dialog, without JavaFX: the table read, which kind of table it is,
 * which column fills which field (first guessed from the header), and the problems as they stand.
 * Importing goes through {@link DeskEditing}, so a refusal or a failed save is reported there.
 */
public final class CsvImportViewModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;
    /** How many problems the dialog lists before "and N more". */
    public static final int SHOWN_PROBLEMS = 8;

    private final DeskEditing editing;
    private final CsvBudgetImport importer;
    private final CsvSheet sheet;
    private CsvShape shape;
    private CsvMapping mapping;
    private String summary = "";

    public CsvImportViewModel(DeskEditing editing, CsvSheet sheet) {
        this.editing = editing;
        this.importer = new CsvBudgetImport(editing.editor());
        this.sheet = sheet;
        this.mapping = CsvMapping.guess(sheet.header());
        this.shape = CsvShape.guess(mapping);
    }

    /** Reads the file; a file that is not CSV in UTF-8 is reported (naming the line) and gives nothing. */
    public static Optional<CsvImportViewModel> open(DeskEditing editing, Path file) {
        try {
            return Optional.of(new CsvImportViewModel(editing, CsvSheet.read(file)));
        } catch (IOException e) {
            editing.dialogs().error("Import CSV: not possible", "Could not read " + file.getFileName() + ":\n"
                    + e.getMessage());
            return Optional.empty();
        }
    }

    public CsvSheet sheet() {
        return sheet;
    }

    /** The first rows, for the preview. */
    public List<CsvSheet.Row> previewRows() {
        return sheet.rows().subList(0, Math.min(PREVIEW_ROWS, sheet.rows().size()));
    }

    /** The choices of a field's column: -1 for none, then every column of the file. */
    public List<Integer> columnChoices() {
        List<Integer> choices = new ArrayList<>();
        choices.add(-1);
        for (int c = 0; c < sheet.header().size(); c++) {
            choices.add(c);
        }
        return choices;
    }

    /** "(none)" or the column's header. */
    public String columnText(Integer column) {
        return column == null || column < 0 ? "(none)" : sheet.columnName(column);
    }

    public CsvShape shape() {
        return shape;
    }

    public void setShape(CsvShape shape) {
        this.shape = shape;
    }

    /** The column of a field, -1 for none. */
    public int column(CsvField field) {
        return mapping.column(field).orElse(-1);
    }

    public void setColumn(CsvField field, Integer column) {
        mapping = mapping.with(field, column == null || column < 0 ? null : column);
    }

    /** Every problem with the table as mapped; empty when it imports. */
    public List<Problem> problems() {
        return importer.check(sheet, shape, mapping);
    }

    /** The problems for the dialog: the first {@link #SHOWN_PROBLEMS}, then how many more. */
    public List<Problem> shownProblems() {
        List<Problem> all = problems();
        if (all.size() <= SHOWN_PROBLEMS) {
            return all;
        }
        List<Problem> shown = new ArrayList<>(all.subList(0, SHOWN_PROBLEMS));
        shown.add(new Problem("…", "and " + (all.size() - SHOWN_PROBLEMS) + " more problems"));
        return shown;
    }

    /** Imports as one gesture (undoable); false, with the reason reported, when nothing was written. */
    public boolean importNow() {
        return editing.run("Import CSV", () -> summary = importer.apply(sheet, shape, mapping));
    }

    /** What the last import did ("1 line added, 3 lines updated"). */
    public String summary() {
        return summary;
    }
}
