package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException.Reason;

/**
 * The view as left (decision 0015) is kept in the workspace, beside the talks but not part of
 * them: no change history, no undo, and a read-only desk never writes it.
 */
class ViewStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void viewState_roundTrips_andLeavesTheChangeHistoryAlone() throws Exception {
        Path file = dir.resolve("negotiation.db");
        long id = TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.viewState()).isEmpty();
            ws.saveViewState(Map.of("window.width", "1200", "tab", "positions-tab"));
            ws.saveViewState(Map.of("window.width", "1100.5"));
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.viewState()).isEqualTo(Map.of("window.width", "1100.5", "tab", "positions-tab"));
            assertThat(ws.changesSince(id, Instant.EPOCH)).as("no entry in the change history").isEmpty();
        }
        assertThat(PlainSqlite.read(file, "SELECT count(*) FROM change_log")).isEqualTo("0");
    }

    @Test
    void keysThisParleyDoesNotWrite_areKeptAsTheyAre() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        TestFiles.executeRaw(file, "INSERT INTO view_state VALUES ('from.a.newer.parley', 'x')");
        try (Workspace ws = Workspace.open(file)) {
            ws.saveViewState(Map.of("tab", "details-tab"));
            assertThat(ws.viewState()).containsEntry("from.a.newer.parley", "x").containsEntry("tab", "details-tab");
        }
    }

    @Test
    void readOnlyWorkspace_readsTheViewState_butNeverWritesIt() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        TestFiles.executeRaw(file, "INSERT INTO view_state VALUES ('tab', 'changes-tab')");
        String before = TestFiles.sha256(file);
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(ws.viewState()).isEqualTo(Map.of("tab", "changes-tab"));
            assertThatThrownBy(() -> ws.saveViewState(Map.of("tab", "details-tab")))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.READ_ONLY));
        }
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }
}
