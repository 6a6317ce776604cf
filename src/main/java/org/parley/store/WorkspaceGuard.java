package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps outputs off the workspace and inputs off the live file. An export, a PDF or a CSV must
 * never be written over a workspace, its {@code -wal}, {@code -shm}, journal or lock file, or into
 * its backups folder, however the path was typed (a symbolic link, "..", a hard link); and no
 * file that is a workspace open in this process may be read as an import, because reading it
 * means opening a second descriptor, whose close drops SQLite's locks.
 *
 * <p>Paths are compared by the file's identity ({@link FileIdentity}): device and inode when the
 * file exists, the canonical path when it does not yet. Nothing here opens a workspace file; the
 * only bytes read are the first few of an existing output that is not open here, to refuse
 * writing over any SQLite database.
 */
public final class WorkspaceGuard {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The files SQLite and Parley keep beside a workspace, and what to call them. */
    private static final String[][] COMPANIONS = {
            {"", "the workspace %s itself"},
            {"-wal", "the write-ahead log of the workspace %s"},
            {"-shm", "the shared-memory file of the workspace %s"},
            {"-journal", "the rollback journal of the workspace %s"},
            {".lock", "the lock file of the workspace %s"},
    };

    private WorkspaceGuard() {
    }

    /**
     * Why {@code output} must not be written, or empty when it may be: it is {@code workspace}
     * (may be null) or a workspace open in this process, one of their companion files, a file in
     * their backups folder, or an existing SQLite database.
     */
    public static Optional<String> refuseOutput(Path output, Path workspace) {
        Path out = FileIdentity.canonical(output);
        for (Path ws : workspaces(workspace)) {
            Optional<String> clash = companion(out, ws);
            if (clash.isPresent()) {
                return Optional.of(output + " is " + clash.get() + "; Parley never writes an export over it. "
                        + "Choose another file. Nothing was written.");
            }
            Path backups = Backups.folder(ws);
            Path parent = out.getParent();
            if (parent != null && FileIdentity.same(parent, backups)) {
                return Optional.of(output + " is in " + backups + ", where Parley keeps the backups of " + ws
                        + "; choose another folder. Nothing was written.");
            }
        }
        if (Files.isRegularFile(out) && OpenWorkspaces.find(out).isEmpty() && startsLikeSqlite(out)) {
            return Optional.of(output + " is an SQLite database (a workspace or a backup, perhaps); Parley never "
                    + "writes an export over a database. Choose another file. Nothing was written.");
        }
        return Optional.empty();
    }

    /**
     * Why {@code folder} must not take files Parley writes (a folder of briefs): it is the backups
     * folder of {@code workspace} (may be null) or of a workspace open in this process.
     */
    public static Optional<String> refuseOutputFolder(Path folder, Path workspace) {
        for (Path ws : workspaces(workspace)) {
            Path backups = Backups.folder(ws);
            if (FileIdentity.same(folder, backups)) {
                return Optional.of(folder + " is where Parley keeps the backups of " + ws
                        + "; choose another folder. Nothing was written.");
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code input} must not be read as a file to import: it is {@code workspace} (may be
     * null) or a workspace open in this process, or one of their companion files.
     */
    public static Optional<String> refuseInput(Path input, Path workspace) {
        Path in = FileIdentity.canonical(input);
        for (Path ws : workspaces(workspace)) {
            Optional<String> clash = companion(in, ws);
            if (clash.isPresent()) {
                return Optional.of(input + " is " + clash.get() + ", not a file to import; choose the exported "
                        + "file. Nothing was changed.");
            }
        }
        return Optional.empty();
    }

    private static List<Path> workspaces(Path workspace) {
        List<Path> all = new ArrayList<>();
        if (workspace != null) {
            all.add(FileIdentity.canonical(workspace));
        }
        for (Path open : OpenWorkspaces.all()) {
            if (all.stream().noneMatch(p -> p.equals(open))) {
                all.add(open);
            }
        }
        return all;
    }

    /** What {@code file} is to the workspace {@code ws}, if it is the workspace or one of its companions. */
    private static Optional<String> companion(Path file, Path ws) {
        for (String[] c : COMPANIONS) {
            Path companion = ws.resolveSibling(ws.getFileName() + c[0]);
            if (FileIdentity.same(file, companion)) {
                return Optional.of(String.format(c[1], ws));
            }
        }
        return Optional.empty();
    }

    private static boolean startsLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return false; // unreadable: writing it will fail and say so
        }
    }
}
