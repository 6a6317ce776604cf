package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored name no enum of this Parley knows is data it cannot read: reported as CORRUPT with the
 * value and what it should have been, not as the JDK's "No enum constant …" nor as a fault.
 */
class StoredNamesTest {

    @TempDir
    Path dir;

    @Test
    void aGradeThisParleyDoesNotKnow_isCorrupt_sayingWhichValue() throws Exception {
        Path file = dir.resolve("g.parley");
        long id = TestFiles.workspaceWith(file, TestNegotiations.small("Second resumed part", "UNMISS"));
        TestFiles.executeRaw(file, "UPDATE post SET grade = 'P9' WHERE id = (SELECT MIN(id) FROM post)");
        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> ws.loadNegotiation(id)).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT))
                    .hasMessageContaining("holds data this Parley cannot read: \"P9\" is not a known grade");
        }
    }
}
