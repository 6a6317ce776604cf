package org.parley.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.MissionTotals;
import org.parley.model.ScenarioTotals;
import org.parley.ui.common.SampleEditing;

/** "Export CSV…" in the scenario view, on the real sample. */
class ScenarioCsvExportTest {

    @TempDir
    Path dir;
    private SampleEditing desk;
    private ScenariosViewModel vm;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        vm = new ScenariosViewModel(desk.editing);
        desk.editor.addListener(vm::onApplied);
        vm.actions().addUsual();
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void theSelectedScenariosTotals_areWrittenPerMission() throws Exception {
        Path file = dir.resolve("totals.csv");
        assertThat(vm.actions().exportCsv(file)).isTrue();

        String text = Files.readString(file);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        ScenarioTotals totals = vm.totalsProperty().get();
        MissionTotals first = totals.missions().values().iterator().next();
        assertThat(rows.get(1).get(0)).isEqualTo(desk.editor.data().mission(first.missionId()).orElseThrow().code());
        assertThat(rows.get(1).get(2)).isEqualTo(Long.toString(first.cut().usd()));
        assertThat(rows).hasSize(1 + totals.missions().size() + 4);
        assertThat(desk.dialogs.errors).isEmpty();
    }

    @Test
    void theOfferedFileName_isTheScenariosName() {
        assertThat(vm.actions().csvFileName()).isEqualTo(vm.selectedProperty().get().name() + ".csv");
    }

    @Test
    void aFailedWrite_isReported_andReturnsFalse() {
        Path file = dir.resolve("no such folder").resolve("totals.csv");
        assertThat(vm.actions().exportCsv(file)).isFalse();
        assertThat(desk.dialogs.errors).singleElement().asString().contains("could not be written");
    }

    @Test
    void withoutASelection_nothingIsWritten() {
        vm.select(null);
        Path file = dir.resolve("totals.csv");
        assertThat(vm.actions().exportCsv(file)).isFalse();
        assertThat(file).doesNotExist();
    }
}
