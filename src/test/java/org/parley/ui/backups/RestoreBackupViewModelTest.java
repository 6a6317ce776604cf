package org.parley.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.DeskClock;
import org.parley.model.DeskTimes;
import org.parley.service.BackupEntry;

class RestoreBackupViewModelTest {

    private static final BackupEntry DAILY = new BackupEntry(Path.of("b/n-2018-06-26T090000-daily.db"),
            LocalDateTime.parse("2018-06-26T09:00:00"), "daily", "Peacekeeping: 16 missions", true);
    private static final BackupEntry MIGRATION = new BackupEntry(Path.of("b/n-2018-06-25T180000-before-migration.db"),
            LocalDateTime.parse("2018-06-25T18:00:00"), "before-migration", "Peacekeeping: 15 missions", true);
    private static final BackupEntry BROKEN = new BackupEntry(Path.of("b/n-2018-06-24T090000-daily.db"),
            LocalDateTime.parse("2018-06-24T09:00:00"), "daily", "cannot be read: damaged", false);

    @Test
    void rows_sayWhenWhyAndWhat_inTheOrderGiven() {
        // a backup's name holds this machine's local time: shown in the negotiation's zone, one style
        ZoneId here = ZoneId.systemDefault();
        RestoreBackupViewModel vm = new RestoreBackupViewModel(List.of(DAILY, MIGRATION), here,
                DeskClock.live(Clock.fixed(Instant.parse("2018-06-27T00:00:00Z"), ZoneOffset.UTC)));

        assertThat(vm.rows()).extracting(RestoreBackupViewModel.Row::when, RestoreBackupViewModel.Row::why,
                RestoreBackupViewModel.Row::contents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("26 Jun 2018 09:00", "Daily", "Peacekeeping: 16 missions"),
                org.assertj.core.groups.Tuple.tuple("25 Jun 2018 18:00", "Before an upgrade of the file",
                        "Peacekeeping: 15 missions"));
    }

    @Test
    void rows_readInTheNegotiationsZone_whateverTheMachinesZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        RestoreBackupViewModel vm = new RestoreBackupViewModel(List.of(DAILY), newYork, null);

        Instant taken = DAILY.takenAt().atZone(ZoneId.systemDefault()).toInstant();
        assertThat(vm.rows().get(0).when()).isEqualTo(DeskTimes.dateTime(taken, newYork));
        assertThat(vm.asOf()).isEqualTo("Times are New York time.");
    }

    @Test
    void inAReplay_asOfFollowsTheDeskClock_withTheRealTimeBeside() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Clock wall = Clock.fixed(Instant.parse("2026-12-05T07:51:00Z"), ZoneOffset.UTC);
        DeskClock replay = DeskClock.replay(wall, Instant.parse("2018-06-26T13:00:00Z"));

        RestoreBackupViewModel vm = new RestoreBackupViewModel(List.of(DAILY), newYork, replay);

        assertThat(vm.asOf()).startsWith("As of 26 Jun 2018 09:00 New York on the desk, 5 Dec 2026 02:51 in real time");
        RestoreBackupViewModel live = new RestoreBackupViewModel(List.of(DAILY), newYork, DeskClock.live(wall));
        assertThat(live.asOf()).isEqualTo("As of 5 Dec 2026 02:51 New York; times are New York time.");
    }

    @Test
    void restore_isPossibleOnlyWithAReadableBackupSelected() {
        RestoreBackupViewModel vm = new RestoreBackupViewModel(List.of(DAILY, BROKEN));
        assertThat(vm.canRestoreProperty().get()).isFalse();

        vm.selectedProperty().set(vm.rows().get(1));
        assertThat(vm.canRestoreProperty().get()).isFalse();

        vm.selectedProperty().set(vm.rows().get(0));
        assertThat(vm.canRestoreProperty().get()).isTrue();
    }

    @Test
    void secondBackupOfTheSameSecond_isNamedLikeTheFirst() {
        assertThat(RestoreBackupViewModel.why("before-restore-2")).isEqualTo("Before a restore");
        assertThat(RestoreBackupViewModel.why("before-import")).isEqualTo("Before an import");
    }
}
