package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentWorkspacesTest {

    @TempDir
    Path dir;

    @Test
    void add_putsTheWorkspaceFirst_withoutRepeatingIt() throws Exception {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("data/recent.txt"));
        recent.add(dir.resolve("a.db"));
        recent.add(dir.resolve("b.db"));
        recent.add(dir.resolve("a.db"));

        assertThat(recent.list()).containsExactly(dir.resolve("a.db"), dir.resolve("b.db"));
    }

    @Test
    void theListKeepsTheNewestEight() throws Exception {
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("recent.txt"));
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("w" + i + ".db"));
        }

        assertThat(recent.list()).hasSize(RecentWorkspaces.KEEP).first().isEqualTo(dir.resolve("w11.db"));
        assertThat(recent.list()).doesNotContain(dir.resolve("w3.db"));
    }

    @Test
    void aMissingList_isEmpty_andBlankLinesAreSkipped() throws Exception {
        Path file = dir.resolve("recent.txt");
        assertThat(new RecentWorkspaces(file).list()).isEmpty();
        Files.writeString(file, "\n" + dir.resolve("x.db") + "\n   \n");

        assertThat(new RecentWorkspaces(file).list()).containsExactly(dir.resolve("x.db"));
    }

    @Test
    void theListIsReadableByTheUserOnly_andNoTemporaryFileIsLeft() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("recent.txt");

        new RecentWorkspaces(file).add(dir.resolve("talks.db"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
