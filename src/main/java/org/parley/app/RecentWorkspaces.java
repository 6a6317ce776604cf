package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The workspaces opened last, newest first, for File > Open recent: one absolute path per line
 * in a small text file in the user's data folder. Readable by the user only, since the names of
 * workspace files can say what is being negotiated.
 */
public final class RecentWorkspaces {

    /** How many are kept. */
    public static final int KEEP = 8;

    private final Path file;

    public RecentWorkspaces(Path file) {
        this.file = file;
    }

    /** Beside the default workspace, in the user's data folder. */
    public static RecentWorkspaces inDataFolder() {
        return new RecentWorkspaces(WorkspaceLocations.defaultWorkspace().resolveSibling("recent-workspaces.txt"));
    }

    /** The workspaces, newest first; a missing or unreadable list is an empty one. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Set<Path> paths = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && paths.size() < KEEP) {
                    try {
                        paths.add(Path.of(line.strip()).toAbsolutePath().normalize());
                    } catch (InvalidPathException e) {
                        // a line this system cannot read as a path: left out
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(paths);
    }

    /** Puts a workspace first; written whole (temp file and atomic move) and readable by the user only. */
    public void add(Path workspace) throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(workspace.toAbsolutePath().normalize());
        for (Path p : list()) {
            if (!paths.contains(p) && paths.size() < KEEP) {
                paths.add(p);
            }
        }
        SmallFiles.writePrivately(file, paths.stream().map(Path::toString).toList());
    }
}
