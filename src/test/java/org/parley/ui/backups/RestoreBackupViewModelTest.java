package org.parley.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        RestoreBackupViewModel vm = new RestoreBackupViewModel(List.of(DAILY, MIGRATION));

        assertThat(vm.rows()).extracting(RestoreBackupViewModel.Row::when, RestoreBackupViewModel.Row::why,
                RestoreBackupViewModel.Row::contents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tue 26 Jun 2018, 09:00:00", "Daily", "Peacekeeping: 16 missions"),
                org.assertj.core.groups.Tuple.tuple("Mon 25 Jun 2018, 18:00:00", "Before an upgrade of the file",
                        "Peacekeeping: 15 missions"));
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
