package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreException.Reason;

/** Never two writers: a second open is refused, naming the holder, and may read instead. */
class WorkspaceLockTest {

    @TempDir
    Path dir;

    @Test
    void secondOpenInTheSameProcess_isRefusedAsLocked_namingTheHolder() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace first = Workspace.open(file)) {
            assertThatThrownBy(() -> Workspace.open(file))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                        assertThat(e.getMessage()).startsWith(file + " is already open in this Parley (process "
                                + ProcessHandle.current().pid() + " on ").contains("open it read-only");
                    });
        }
    }

    @Test
    void afterClose_theWorkspaceOpensAgain() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Workspace.open(file).close();

        Workspace.open(file).close();
    }

    @Test
    void refusedSecondOpen_leavesTheFirstWorking() throws Exception {
        Path file = dir.resolve("negotiation.db");
        try (Workspace first = Workspace.open(file)) {
            long id = first.insertNegotiation(TestNegotiations.small("Second", "MX"));
            assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(StoreException.class);

            first.write(id, Instant.EPOCH, "Note", w -> { });
            assertThat(first.changesSince(id, Instant.EPOCH)).hasSize(1);
        }
    }

    @Test
    void openInAnotherProcess_isRefusedAsLocked_andOpensReadOnly() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        Process child = holdInAnotherProcess(file);
        try {
            assertLockedBy(child, file);
            try (Workspace reader = Workspace.openReadOnly(file)) {
                assertThat(reader.negotiations().list()).extracting(n -> n.title()).containsExactly("Second");
            }
        } finally {
            release(child);
        }
        Workspace.open(file).close();
    }

    @Test
    void lockLeftByACrashedParley_isTakenOver() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Workspace.open(file).close();
        java.nio.file.Files.writeString(WorkspaceLock.lockFile(file), "process 1 on gone (user nobody)");

        Workspace.open(file).close();
    }

    @Test
    void aSymbolicLinkToAnOpenWorkspace_reachesTheSameLock() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file.getFileName());
        Path folderLink = Files.createSymbolicLink(dir.resolve("same-folder"), dir);
        try (Workspace first = Workspace.open(file)) {
            for (Path other : List.of(link, folderLink.resolve("negotiation.db"), dir.resolve("x/../negotiation.db"))) {
                assertThatThrownBy(() -> Workspace.open(other)).as(other.toString())
                        .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
            }
        }
        Workspace.open(link).close();
    }

    @Test
    void aHardLinkToAnOpenWorkspace_reachesTheSameLock() throws Exception {
        Path file = dir.resolve("negotiation.db");
        Workspace.open(file).close();
        Files.createDirectories(dir.resolve("elsewhere"));
        Path hard = Files.createLink(dir.resolve("elsewhere/second-name.db"), file);
        try (Workspace first = Workspace.open(file)) {
            assertThatThrownBy(() -> Workspace.open(hard))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
        }
    }

    @Test
    void aHardLinkHeldByAnotherProcess_isRefusedAsLocked() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Path hard = Files.createLink(dir.resolve("elsewhere/second-name.db"), file);
        Process child = holdInAnotherProcess(hard);
        try {
            assertLockedBy(child, file);
        } finally {
            release(child);
        }
        Workspace.open(file).close();
    }

    @Test
    void aRefusedOpenInTheSameProcess_leavesTheLockHeldAgainstOtherProcesses() throws Exception {
        Path file = dir.resolve("negotiation.db");
        TestFiles.workspaceWith(file, TestNegotiations.small("Second", "MX"));
        try (Workspace first = Workspace.open(file)) {
            assertThatThrownBy(() -> Workspace.open(Files.createSymbolicLink(dir.resolve("l.db"), file)))
                    .isInstanceOf(StoreException.class);
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
            String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(said).doesNotStartWith("open").contains("is open in another Parley (process "
                    + ProcessHandle.current().pid());
        }
    }

    /** A {@link LockHolder} in a child JVM, once it has the workspace open. */
    private static Process holdInAnotherProcess(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open");
        return child;
    }

    private static void assertLockedBy(Process child, Path file) {
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                    assertThat(e.getMessage()).contains("(process " + child.pid() + " on ");
                });
    }

    private static void release(Process child) throws Exception {
        child.getOutputStream().close();
        if (!child.waitFor(20, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
    }
}
