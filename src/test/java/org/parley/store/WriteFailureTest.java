package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.NegotiationData;

/**
 * A write whose own code fails is a bug in that code, not a damaged file: it is rolled back and
 * the failure goes up as it is, never as {@link StoreException.Reason#CORRUPT}.
 */
class WriteFailureTest {

    @TempDir
    Path dir;

    @Test
    void aGestureThatThrows_isRolledBack_andGoesUpAsItIs_notAsACorruptFile() throws Exception {
        Path file = dir.resolve("w.parley");
        NegotiationData data = TestNegotiations.small("Second resumed part", "UNMISS");
        long id = TestFiles.workspaceWith(file, data);
        try (Workspace ws = Workspace.open(file)) {
            Map<String, Integer> before = TestFiles.rowCounts(ws);
            var stored = ws.loadNegotiation(id).negotiation();

            assertThatThrownBy(() -> ws.write(id, Instant.parse("2018-06-26T14:00:00Z"), "Rename negotiation", w -> {
                w.putNegotiation(stored);
                throw new IllegalArgumentException("a bug in the gesture's code");
            })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("a bug in the gesture's code");

            assertThat(TestFiles.rowCounts(ws)).isEqualTo(before);
            // the connection is usable again: the next write goes through
            ws.write(id, Instant.parse("2018-06-26T14:01:00Z"), "Rename negotiation",
                    w -> w.putNegotiation(stored));
        }
    }

    @Test
    void aReadOfStoredDataThatDoesNotParse_isStillCorrupt() throws Exception {
        Path file = dir.resolve("r.parley");
        long id = TestFiles.workspaceWith(file, TestNegotiations.small("Second resumed part", "UNMISS"));
        TestFiles.executeRaw(file, "UPDATE negotiation SET zone = 'Not/AZone'");
        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> ws.loadNegotiation(id)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT));
        }
    }
}
