package org.parley.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and the build date Maven wrote into {@code version.properties} at build time. */
public final class Version {

    private Version() {
    }

    public static String current() {
        return property("version");
    }

    /** The day the app was built (yyyy-MM-dd, UTC), or "unknown". */
    public static String buildDate() {
        return property("build-date");
    }

    /** What {@code parley --version} prints and Help > About shows: "Parley 0.1.0 (built 2026-12-06)". */
    public static String describe() {
        return "Parley " + current() + " (built " + buildDate() + ")";
    }

    private static String property(String name) {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String value = p.getProperty(name, "unknown");
            // an unfiltered file (run from an IDE's own build) still says something plain
            return value.isBlank() || value.startsWith("${") ? "unknown" : value;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
