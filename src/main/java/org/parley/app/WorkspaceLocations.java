package org.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the default workspace lives: the user's data folder, as each desktop expects it. Workspaces
 * end in {@value #EXTENSION} (the installed app registers it, so a double-click opens one); the
 * default is {@value #FILE_NAME}. An earlier Parley's default, {@value #OLD_FILE_NAME} in the same
 * folder, stays the default while it is there and the new one is not: it is opened where it is,
 * never renamed or copied, so its backups, lock and journal keep their names (decision 0028).
 */
public final class WorkspaceLocations {

    /** The extension of a workspace, with its dot. */
    public static final String EXTENSION = ".parley";
    public static final String FILE_NAME = "workspace" + EXTENSION;
    /** The default workspace of Parley 0.1 and earlier. */
    public static final String OLD_FILE_NAME = "parley.db";

    private WorkspaceLocations() {
    }

    /** The default workspace file for this user on this system. */
    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv(), Files::exists);
    }

    /** The default workspace in the data folder: the old default only while it exists and the new one does not. */
    static Path defaultWorkspace(String osName, String home, Map<String, String> env, Predicate<Path> exists) {
        Path folder = dataFolder(osName, home, env);
        Path current = folder.resolve(FILE_NAME);
        Path old = folder.resolve(OLD_FILE_NAME);
        return !exists.test(current) && exists.test(old) ? old : current;
    }

    /** The folder of Parley's own files for this user: workspaces, backups, the recent list. */
    static Path dataFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Parley");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Parley");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("parley");
    }

    /** A new workspace's name as typed, with {@value #EXTENSION} added when it has no extension of its own. */
    static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.indexOf('.') > 0 ? chosen : chosen.resolveSibling(name + EXTENSION);
    }

    /** Whether a name on the command line looks like a workspace (as a file manager passes one). */
    static boolean looksLikeWorkspace(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(EXTENSION) || lower.endsWith(".db");
    }
}
