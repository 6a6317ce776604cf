package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.io.NegotiationJson;
import org.parley.store.Backups;
import org.parley.store.Workspace;

/**
 * No command writes over the workspace, its -wal, -shm or lock, or a backup, however the path is
 * typed (a symbolic link, "..", a hard link): each is refused as bad arguments (exit 2) with a
 * message naming the file, and every file in the folder is left exactly as it was. Once,
 * {@code export --out W.db} replaced the workspace with JSON and exited 0.
 */
class GuardedOutputsTest {

    @TempDir
    Path dir;

    private Path workspace;
    private Path backup;
    private final CommandRun command = new CommandRun();

    @BeforeEach
    void workspaceWithABackup() throws Exception {
        workspace = dir.resolve("talks.parley");
        try (Workspace w = Workspace.open(workspace)) {
            w.insertNegotiation(NegotiationJson.readSample());
            backup = w.backup("daily");
        }
        // a -wal, -shm and lock file as a desk leaves them beside the workspace
        Files.writeString(dir.resolve("talks.parley-wal"), "");
        Files.writeString(dir.resolve("talks.parley-shm"), "");
    }

    private int run(String... args) {
        return command.run(args);
    }

    private String err() {
        return command.err();
    }

    @Test
    void exportOverTheWorkspaceOrItsFiles_isRefusedWithExit2_andChangesNothing() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), workspace.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), workspace);
        Files.createDirectories(dir.resolve("sub"));
        List<String> targets = List.of(workspace.toString(), workspace + "-wal", workspace + "-shm",
                workspace + ".lock", dir.resolve("sub/../talks.parley").toString(), link.toString(), hard.toString(),
                backup.toString(), Backups.folder(workspace).resolve("new.json").toString());
        for (String target : targets) {
            Map<String, String> before = hashes();

            int code = run("export", "--workspace", workspace.toString(), "--out", target);

            assertThat(code).as(target + ": " + err()).isEqualTo(CommandLine.USAGE_ERROR);
            assertThat(err()).as(target).contains(target).contains("Nothing was written").doesNotContain("Exception");
            assertThat(hashes()).as("the folder after export --out " + target).isEqualTo(before);
        }
    }

    @Test
    void exportThroughASymlinkedWorkspacePath_isRefusedToo() throws Exception {
        Path workspaceLink = Files.createSymbolicLink(dir.resolve("alias.parley"), workspace.getFileName());
        Map<String, String> before = hashes();

        assertThat(run("export", "--workspace", workspaceLink.toString(), "--out", workspace.toString()))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void aDanglingLinkThatWouldCreateTheWal_isRefused() throws Exception {
        Files.delete(dir.resolve("talks.parley-wal"));
        Path dangling = Files.createSymbolicLink(dir.resolve("later.json"), Path.of("talks.parley-wal"));

        assertThat(run("export", "--workspace", workspace.toString(), "--out", dangling.toString()))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains("write-ahead log");
        assertThat(dir.resolve("talks.parley-wal")).doesNotExist();
    }

    @Test
    void exportOverAnotherSqliteDatabase_isRefused() throws Exception {
        Path other = dir.resolve("other.parley");
        Workspace.open(other).close();
        Map<String, String> before = hashes();

        assertThat(run("export", "--workspace", workspace.toString(), "--out", other.toString()))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains("is an SQLite database");
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void briefOverTheWorkspace_orIntoItsBackupsFolder_isRefused() throws Exception {
        for (List<String> args : List.of(
                List.of("--mission", "MONUSCO", "--pdf", workspace.toString()),
                List.of("--daily", "--pdf", workspace + "-wal"),
                List.of("--mission", "MONUSCO", "--pdf", backup.toString()),
                List.of("--all", "--out", Backups.folder(workspace).toString()))) {
            Map<String, String> before = hashes();
            List<String> all = new ArrayList<>(List.of("brief", "--workspace", workspace.toString()));
            all.addAll(args);

            assertThat(run(all.toArray(String[]::new))).as(args + ": " + err()).isEqualTo(CommandLine.USAGE_ERROR);
            assertThat(hashes()).as(args.toString()).isEqualTo(before);
        }
    }

    @Test
    void importOfTheWorkspaceItself_isRefused() throws Exception {
        Map<String, String> before = hashes();

        assertThat(run("import", "--workspace", workspace.toString(), "--file", workspace.toString()))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains("not a file to import");
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void anOrdinaryOutputBesideTheWorkspace_isStillWritten() throws Exception {
        Path json = dir.resolve("talks.json");
        assertThat(run("export", "--workspace", workspace.toString(), "--out", json.toString())).isZero();
        assertThat(json).exists();
        Path pdf = dir.resolve("monusco.pdf");
        assertThat(run("brief", "--workspace", workspace.toString(), "--mission", "MONUSCO", "--pdf", pdf.toString()))
                .as(err()).isZero();
        assertThat(pdf).exists();
    }

    /** Every file below the folder (links not followed) with a hash of its content. */
    private Map<String, String> hashes() throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                all.put(dir.relativize(f).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return all;
    }
}
