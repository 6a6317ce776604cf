package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Parley creates is readable by the user only: workspace, its journal files, its lock. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(PrivateFiles.posix(dir.resolve("x")));
    }

    @Test
    void newWorkspace_andItsWalAndShm_areOwnerOnly() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace ws = Workspace.open(file)) {
            ws.insertNegotiation(TestNegotiations.small("Second", "MX"));

            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Path f = file.resolveSibling(file.getFileName() + suffix);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void create_makesAnOwnerOnlyFile() throws Exception {
        Path f = PrivateFiles.create(dir.resolve("x.json"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }
}
