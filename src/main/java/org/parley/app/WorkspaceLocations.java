package org.parley.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default workspace lives: the user's data folder, as each desktop expects it. */
public final class WorkspaceLocations {

    public static final String FILE_NAME = "parley.db";

    private WorkspaceLocations() {
    }

    /** The default workspace file for this user on this system. */
    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv());
    }

    static Path defaultWorkspace(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Parley").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Parley", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("parley").resolve(FILE_NAME);
    }
}
