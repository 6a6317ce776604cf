package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ChangeRecord;

/**
 * A workspace of schema version 10 (checked in, made by the Parley of that version: the version 9
 * file exported, which migrated it, then one gesture written, so its history holds one change)
 * gains the desk's time of a change (version 11, decision 0029): the old change keeps its real time
 * and has no desk time; a change made in a replay stores both, and the history is read by the
 * desk's time.
 */
class ChangeDeskTimeMigrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant MADE = Instant.parse("2026-12-05T07:51:00Z");
    private static final Instant DESK = Instant.parse("2018-06-26T13:00:00Z");

    @TempDir
    Path dir;

    @Test
    void version10Workspace_keepsItsChangeWithoutADeskTime_thenStoresBothTimesOfAReplaysChange() throws Exception {
        Path file = OldWorkspaces.copyOf(dir, "workspace-v10.parley");
        assertThat(OldWorkspaces.firstValue(file, "PRAGMA user_version")).isEqualTo("10");
        assertThat(OldWorkspaces.firstValue(file,
                "SELECT count(*) FROM pragma_table_info('change_log') WHERE name = 'desk_at'")).isEqualTo("0");

        try (Workspace ws = Workspace.open(file)) {
            assertThat(TestFiles.pragmaInt(ws, "user_version")).isEqualTo(Migrations.SCHEMA_VERSION).isEqualTo(11);
            long id = ws.negotiations().list().get(0).id();
            ChangeRecord old = ws.changesSince(id, Instant.EPOCH).get(0);
            assertThat(old.at()).isEqualTo(MADE);
            assertThat(old.deskAt()).isNull();
            assertThat(old.when(NEW_YORK)).isEqualTo("5 Dec 2026 02:51");

            ws.write(id, MADE.plusSeconds(60), DESK, "Move amendment", w -> { });

            assertThat(ws.changesSince(id, Instant.EPOCH)).extracting(c -> c.when(NEW_YORK)).containsExactly(
                    "26 Jun 2018 09:00 (desk) · made 5 Dec 2026 02:52", "5 Dec 2026 02:51");
            // read by the desk's time: after 09:30 on the replayed day only the old change (made in 2026) is left
            assertThat(ws.changesSince(id, DESK.plusSeconds(1800))).extracting(ChangeRecord::description)
                    .containsExactly(old.description());
        }
        assertThat(OldWorkspaces.firstValue(file, "SELECT desk_at FROM change_log WHERE description = 'Move amendment'"))
                .isEqualTo("2018-06-26T13:00:00.000000000Z");
        assertThat(OldWorkspaces.firstValue(file, "SELECT count(*) FROM change_log WHERE desk_at IS NULL")).isEqualTo("1");
    }
}
