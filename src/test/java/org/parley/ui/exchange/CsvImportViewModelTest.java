package org.parley.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Problem;
import org.parley.service.CsvField;
import org.parley.service.CsvSamples;
import org.parley.service.CsvShape;
import org.parley.service.CsvSheet;
import org.parley.ui.common.SampleEditing;

class CsvImportViewModelTest {

    @TempDir
    Path dir;
    private SampleEditing desk;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private CsvImportViewModel open(String text) throws Exception {
        Path file = dir.resolve("budget.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return read(file);
    }

    /** A view model that reads and checks in place, as the app's executor would in the background. */
    private CsvImportViewModel read(Path file) {
        CsvImportViewModel vm = new CsvImportViewModel(desk.editing, file, Runnable::run, Runnable::run);
        vm.read();
        return vm;
    }

    private String code() {
        return desk.editor.data().missions().get(0).code();
    }

    @Test
    void aValidTable_isGuessed_hasNoProblems_andImportsAsOneUndoableGesture() throws Exception {
        CsvImportViewModel vm = open(CsvSamples.lines(desk.editor.data()));

        assertThat(vm.shape()).isEqualTo(CsvShape.LINES);
        assertThat(vm.column(CsvField.ACABQ)).isEqualTo(4);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.importNow()).isTrue();

        assertThat(vm.summary()).startsWith("1 line added");
        assertThat(desk.editing.undoTextProperty().get()).isEqualTo("Undo import CSV");
    }

    @Test
    void aFileThatIsNotUtf8_isReportedWithItsLine_andGivesNoDialog() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "Mission,Line\nA,B\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(file).stateProperty().get()).isEqualTo(CsvImportViewModel.State.UNREADABLE);

        assertThat(desk.dialogs.errors).singleElement().asString().contains("line 2: is not UTF-8 text");
    }

    @Test
    void aFileOverTheSizeLimit_isRefusedBeforeReading_sayingItsSizeTheLimitAndWhatToDo_andNothingIsWritten()
            throws Exception {
        Map<String, List<String>> before = desk.dump();
        Path file = dir.resolve("everything.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(CsvSheet.MAX_BYTES + 5 * 1024 * 1024); // sparse: nothing to write, nothing to read
        }

        CsvImportViewModel vm = read(file);

        assertThat(vm.stateProperty().get()).isEqualTo(CsvImportViewModel.State.UNREADABLE);
        assertThat(vm.sheet()).isNull();
        assertThat(desk.dialogs.errors).containsExactly("Import CSV: not possible: Could not read everything.csv:\n"
                + "everything.csv is 69 MB, more than Parley imports at once (64 MB or 600,000 rows; a negotiation's "
                + "budget table is usually a few MB). Nothing was imported. Split the file into smaller ones, each "
                + "with the header line (for example one per mission), and import them one after another.");
        assertThat(desk.dump()).isEqualTo(before);
        assertThat(desk.editing.canUndoProperty().get()).isFalse();
    }

    @Test
    void choosingNoColumnForARequiredField_isAProblem() throws Exception {
        CsvImportViewModel vm = open(CsvSamples.lines(desk.editor.data()));

        vm.setColumn(CsvField.LINE, -1);

        assertThat(vm.problems()).containsExactly(new Problem("Mapping", "choose the column for Line name"));
    }

    @Test
    void aBadCell_isListed_andImportingIsRefusedWithNothingWritten() throws Exception {
        Map<String, List<String>> before = desk.dump();
        CsvImportViewModel vm = open("Mission,Line,ACABQ\n" + code() + ",X,12.5\n");

        assertThat(vm.problems()).extracting(Problem::toString)
                .containsExactly("line 2, column \"ACABQ\": must be whole dollars, not \"12.5\"");
        assertThat(vm.importNow()).isFalse();

        assertThat(desk.dialogs.errors).singleElement().asString().startsWith("Import CSV: not possible");
        assertThat(desk.dump()).isEqualTo(before);
    }

    @Test
    void manyProblems_areCutShortWithACount() throws Exception {
        StringBuilder text = new StringBuilder("Mission,Line,ACABQ\n");
        for (int i = 0; i < 30; i++) {
            text.append(code()).append(",L").append(i).append(",bad\n");
        }
        CsvImportViewModel vm = open(text.toString());

        List<Problem> shown = vm.shownProblems();

        assertThat(shown).hasSize(CsvImportViewModel.SHOWN_PROBLEMS + 1);
        assertThat(shown.get(shown.size() - 1).toString()).isEqualTo("…: and 22 more problems");
    }
}
