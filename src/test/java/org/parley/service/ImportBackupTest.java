package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Backups;
import org.parley.store.Workspace;

/** Every import keeps a copy of the workspace first, in the backups folder beside it. */
class ImportBackupTest {

    @TempDir
    Path dir;
    private SampleDesk desk;

    @BeforeEach
    void open() throws Exception {
        desk = new SampleDesk(dir);
    }

    @AfterEach
    void close() throws Exception {
        desk.close();
    }

    @Test
    void aJsonImport_takesABackupBeforeImport_thatHoldsTheWorkspaceAsItWas() throws Exception {
        Path export = dir.resolve("out.json");
        Exchange.exportNegotiation(desk.workspace, desk.editor.negotiationId(), export);
        assertThat(Backups.list(desk.file)).isEmpty();

        Exchange.importAsNew(desk.workspace, export);

        assertThat(Backups.list(desk.file)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("before-import");
            try (Workspace copy = Workspace.openReadOnly(b.file())) {
                assertThat(copy.negotiations().list()).hasSize(1);
            }
        });
        assertThat(desk.workspace.negotiations().list()).hasSize(2);
    }

    @Test
    void aCsvImport_takesABackupBeforeImport() throws Exception {
        CsvSheet sheet = CsvSamples.sheet(CsvSamples.lines(desk.editor.data()));
        CsvMapping m = CsvMapping.guess(sheet.header());

        new CsvBudgetImport(desk.editor).apply(sheet, CsvShape.guess(m), m);

        assertThat(Backups.list(desk.file)).extracting(Backups.Backup::reason).containsExactly("before-import");
    }
}
