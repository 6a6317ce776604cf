package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.print.PageSetup;
import org.parley.store.Backups;

/**
 * While a desk is open, nothing the window writes (Save as PDF, a CSV, an export) may go over its
 * workspace or the files beside it, and nothing it reads as an import may be the workspace: the
 * dialogs pass whatever path the user picked, through any link. Each is refused with a message
 * naming the file; the workspace, its WAL and its backups are as they were.
 */
class DeskOutputsTest {

    @TempDir
    Path dir;

    @Test
    void everyWriterOfTheDesk_refusesTheWorkspaceAndItsFiles() throws Exception {
        Path file = dir.resolve("desk.parley");
        DeskService service = new DeskService(NegotiationJson::readSample);
        service.open(file).close();
        try (Desk desk = service.open(file)) {
            Path backup = Backups.list(file).get(0).file();
            Path link = Files.createSymbolicLink(dir.resolve("looks-harmless.pdf"), file.getFileName());
            Path wal = dir.resolve("desk.parley-wal");
            assertThat(wal).exists();
            Map<String, List<String>> before = DatabaseDump.of(file);
            byte[] backupBytes = Files.readAllBytes(backup);
            Briefings briefings = Briefings.of(desk);

            for (Path target : List.of(file, wal, link, backup, dir.resolve("desk.parley-shm"))) {
                assertThatThrownBy(() -> BriefPdf.write(briefings.daily(null), PageSetup.A4_PORTRAIT, target))
                        .isInstanceOf(BriefException.class).hasMessageContaining("Nothing was written");
                assertThatThrownBy(() -> CsvExports.positions(desk.data(), desk.data().delegations(), List.of(), target))
                        .hasMessageContaining("Nothing was written");
                assertThatThrownBy(() -> desk.exportNegotiation(target)).isInstanceOf(ExchangeException.class)
                        .hasMessageContaining(target.toString());
            }
            assertThatThrownBy(() -> BriefPdf.writeAll(briefings.all(), PageSetup.A4_PORTRAIT, Backups.folder(file), f -> { }))
                    .isInstanceOf(BriefException.class).hasMessageContaining("backups");
            for (Path source : List.of(file, link, wal)) {
                assertThatThrownBy(() -> CsvSheet.read(source)).hasMessageContaining("not a file to import");
                assertThatThrownBy(() -> desk.importFile(source, false)).isInstanceOf(ExchangeException.class)
                        .hasMessageContaining("not a file to import");
            }

            assertThat(wal).exists();
            assertThat(DatabaseDump.of(file)).isEqualTo(before);
            assertThat(Files.readAllBytes(backup)).isEqualTo(backupBytes);
            assertThat(Backups.list(file)).hasSize(1);
        }
    }
}
