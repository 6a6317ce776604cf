package org.parley.ui.positions;

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
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Stance;
import org.parley.service.PositionEdits;
import org.parley.ui.common.SampleEditing;

/** "Export CSV…" in the positions matrix: the file holds what the matrix shows. */
class PositionsCsvExportTest {

    @TempDir
    Path dir;
    private SampleEditing desk;
    private PositionsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleEditing(dir);
        vm = new PositionsViewModel(desk.editing);
        desk.editor.addListener(vm::onApplied);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    private List<CSVRecord> export() throws Exception {
        Path file = dir.resolve("positions.csv");
        assertThat(vm.exportCsv(file)).isTrue();
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void everyRowAndColumnShown_isInTheFile() throws Exception {
        List<CSVRecord> rows = export();
        long delegationsShown = vm.getRows().stream().filter(r -> r instanceof MatrixRow.OfDelegation).count();
        assertThat(rows).hasSize(3 + (int) delegationsShown);
        assertThat(rows.get(0).size()).isEqualTo(2 + 2 * vm.getItems().size());
    }

    @Test
    void aStanceSetOnTheDesk_isInTheFileWithItsNote() throws Exception {
        Delegation d = desk.editor.data().delegations().get(0);
        new PositionEdits(desk.editor).setStance(d.id(), vm.getItems().get(0), Stance.OPPOSES, "=1+1 they said");
        CSVRecord row = export().stream().filter(r -> r.get(0).equals(d.code())).findFirst().orElseThrow();
        assertThat(row.get(2)).isEqualTo("opposes");
        assertThat(row.get(3)).isEqualTo("'=1+1 they said");
    }

    @Test
    void theMissionFilter_narrowsTheColumns() throws Exception {
        vm.columnsProperty().set(PositionsViewModel.Columns.MISSIONS);
        vm.missionFilterProperty().set(vm.getMissionChoices().get(0));
        List<CSVRecord> rows = export();
        assertThat(rows.get(0).toList()).containsExactly("Code", "Delegation", vm.getMissionChoices().get(0).code(),
                vm.getMissionChoices().get(0).code() + " (note)");
    }

    @Test
    void theGroupFilter_narrowsTheRows() throws Exception {
        Delegation group = desk.editor.data().delegations().stream()
                .filter(d -> d.kind() == DelegationKind.GROUP).findFirst().orElseThrow();
        vm.groupFilterProperty().set(group);
        List<CSVRecord> rows = export();
        assertThat(rows).hasSize(3 + 1 + group.memberIds().size());
        assertThat(rows.get(3).get(0)).isEqualTo(group.code());
    }
}
