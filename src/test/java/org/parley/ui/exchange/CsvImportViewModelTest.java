package org.parley.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

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
        return CsvImportViewModel.open(desk.editing, file).orElseThrow();
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

        assertThat(CsvImportViewModel.open(desk.editing, file)).isEmpty();

        assertThat(desk.dialogs.errors).singleElement().asString().contains("line 2: is not UTF-8 text");
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
