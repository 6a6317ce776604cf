package org.parley.store;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A client nobody on the project wrote, reading a workspace beside a desk: the {@code sqlite3}
 * shell where it is installed ({@code .ci/run} installs it), else {@link PlainReader} in a JVM of
 * its own. Either opens the file read-write, runs one query and closes, which checkpoints and
 * deletes the WAL when it believes it is the last user of the file.
 */
public final class PlainSqlite {

    private PlainSqlite() {
    }

    /**
     * Runs {@code query} on {@code file} in another process and returns what it printed.
     *
     * @throws AssertionError when the client fails or does not end within a minute
     */
    public static String read(Path file, String query) throws Exception {
        ProcessBuilder client = onPath("sqlite3")
                ? new ProcessBuilder("sqlite3", file.toString(), query)
                : new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), PlainReader.class.getName(), file.toString(), query);
        Process p = client.redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the reader of " + file + " did not end");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("the reader of " + file + " failed: " + printed);
        }
        return printed;
    }

    /** Whether {@code command} is an executable on the PATH. */
    public static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
