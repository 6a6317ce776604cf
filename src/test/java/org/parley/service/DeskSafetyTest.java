package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;

/** The desk's side of data safety: the daily backup, restoring one, and read-only desks. */
class DeskSafetyTest {

    private static final Clock MORNING = Clock.fixed(Instant.parse("2018-06-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private DeskService service(Clock clock) {
        return new DeskService(NegotiationJson::readSample, clock);
    }

    @Test
    void firstOpenOfTheDay_backsUp_laterOpensThatDayDoNot() throws Exception {
        Path file = folder.resolve("parley.db");
        service(MORNING).open(file).close();

        service(MORNING).open(file).close();
        service(Clock.offset(MORNING, Duration.ofHours(3))).open(file).close();

        assertThat(service(MORNING).backups(file)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("daily");
            assertThat(b.readable()).isTrue();
            assertThat(b.contents()).startsWith("Peacekeeping budgets 2018/19: 16 missions, ");
        });
    }

    @Test
    void firstOpenOfTheNextDay_backsUpAgain() throws Exception {
        Path file = folder.resolve("parley.db");
        service(MORNING).open(file).close();
        service(MORNING).open(file).close();

        service(Clock.offset(MORNING, Duration.ofDays(1))).open(file).close();

        assertThat(service(MORNING).backups(file)).hasSize(2);
    }

    @Test
    void creatingAWorkspace_takesNoBackup() throws Exception {
        Path file = folder.resolve("parley.db");

        service(MORNING).open(file).close();

        assertThat(service(MORNING).backups(file)).isEmpty();
    }

    @Test
    void restore_bringsBackTheBackup_onANewDesk_andCanBeUndone() throws Exception {
        Path file = folder.resolve("parley.db");
        DeskService service = service(MORNING);
        service.open(file).close();
        Desk desk = service.open(file); // takes the daily backup
        Path backup = service.backups(file).get(0).file();
        Mission first = desk.data().missions().get(0);
        rename(desk, first);

        Desk restored = service.restore(desk, backup);
        try {
            assertThat(restored.data().missions().get(0).name()).isEqualTo(first.name());
            List<BackupEntry> backups = service.backups(file);
            BackupEntry before = backups.stream().filter(b -> b.reason().equals("before-restore")).findFirst().orElseThrow();
            restored = service.restore(restored, before.file());
            assertThat(restored.data().missions().get(0).name()).isEqualTo("Renamed");
        } finally {
            restored.close();
        }
    }

    @Test
    void secondDeskOnAnOpenWorkspace_isToldItIsOpenElsewhere_andMayReadIt() throws Exception {
        Path file = folder.resolve("parley.db");
        DeskService service = service(MORNING);
        try (Desk writer = service.open(file)) {
            assertThatThrownBy(() -> service.open(file)).isInstanceOfSatisfying(DeskException.class, e -> {
                assertThat(e.openElsewhere()).isTrue();
                assertThat(e.getMessage()).contains("is already open in this Parley");
            });
            try (Desk reader = service.openReadOnly(file)) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.data().missions()).hasSize(16);
            }
        }
    }

    @Test
    void readOnlyDesk_refusesEveryGesture_sayingWhy() throws Exception {
        Path file = folder.resolve("parley.db");
        DeskService service = service(MORNING);
        try (Desk writer = service.open(file); Desk reader = service.openReadOnly(file)) {
            Mission first = reader.data().missions().get(0);

            assertThatThrownBy(() -> rename(reader, first))
                    .isInstanceOf(EditException.class)
                    .hasMessageContaining("was refused: this workspace is open read-only");
            assertThat(reader.editor().canUndo()).isFalse();
            assertThat(reader.editor().readOnly()).isTrue();
        }
    }

    private static void rename(Desk desk, Mission m) throws EditException {
        new BudgetEdits(desk.editor()).updateMission(new Mission(m.id(), m.code(), "Renamed", m.location(),
                m.coordinator(), m.status(), m.baselines(), m.lines(), m.notes()));
    }

    @Test
    void damagedWorkspace_isReplacedByABackup_keepingTheBadFileAside() throws Exception {
        Path file = folder.resolve("parley.db");
        DeskService service = service(MORNING);
        service.open(file).close();
        service(Clock.offset(MORNING, Duration.ofDays(1))).open(file).close();
        Path backup = service.backups(file).get(0).file();
        java.nio.file.Files.writeString(file, "garbage where a workspace was");
        assertThatThrownBy(() -> service.open(file)).isInstanceOfSatisfying(DeskException.class,
                e -> assertThat(e.damaged()).isTrue());

        try (Desk desk = service.restoreDamaged(file, backup)) {
            assertThat(desk.data().missions()).hasSize(16);
        }
        try (var files = java.nio.file.Files.list(folder)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("parley.db.damaged-")).findFirst()
                    .orElseThrow();
            assertThat(java.nio.file.Files.readString(aside)).isEqualTo("garbage where a workspace was");
        }
    }

    @Test
    void unreadableBackup_isListedWithWhatIsWrong_butNotRestorable() throws Exception {
        Path file = folder.resolve("parley.db");
        service(MORNING).open(file).close();
        java.nio.file.Files.createDirectories(folder.resolve("backups"));
        java.nio.file.Files.writeString(folder.resolve("backups/parley-2018-06-25T090000-daily.db"), "junk");

        assertThat(service(MORNING).backups(file)).singleElement().satisfies(b -> {
            assertThat(b.readable()).isFalse();
            assertThat(b.contents()).isEqualTo("cannot be read: is not a Parley workspace: it is not an SQLite database file.");
        });
    }

    @Test
    void dailyBackupThatFails_doesNotStopTheDesk_butIsReported() throws Exception {
        Path file = folder.resolve("parley.db");
        service(MORNING).open(file).close();
        java.nio.file.Files.writeString(folder.resolve("backups"), "a file where the backups folder should be");

        try (Desk desk = service(Clock.offset(MORNING, Duration.ofDays(1))).open(file)) {
            assertThat(desk.data().missions()).hasSize(16);
            assertThat(desk.notice()).hasValueSatisfying(n -> assertThat(n).startsWith("Today's backup could not be made: "));
        }
    }
}
