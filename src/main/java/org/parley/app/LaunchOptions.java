package org.parley.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the window: {@code [--workspace FILE | FILE] [--diagnose[=MS]]}. Parsed before any
 * window opens, so bad arguments end with a usage message and exit code 2.
 *
 * @param workspace the workspace to open instead of the default one, if given
 * @param help whether the user asked for the usage text
 * @param version whether the user asked for the version
 * @param diagnoseMs with {@code --diagnose}, the shortest JavaFX-thread stall to log, in
 *                   milliseconds ({@link #DIAGNOSE_DEFAULT_MS} when no value is given); 0 without it
 */
public record LaunchOptions(Optional<Path> workspace, boolean help, boolean version, int diagnoseMs) {

    /** The stall threshold of a bare {@code --diagnose}: three frames at 60 Hz. */
    public static final int DIAGNOSE_DEFAULT_MS = 50;
    static final int DIAGNOSE_MAX_MS = 10_000;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: parley [--workspace FILE | FILE] [--diagnose[=MS]]",
            "       parley export|import|check|brief ...   (no window; the commands are listed below)",
            "",
            "Opens the Parley desk on a workspace (an SQLite file, NAME.parley). Without a file it opens the",
            "default workspace in your data folder, creating it with the 2018 sample on first start.",
            "",
            "Options:",
            "  --workspace FILE   open (or create) this workspace file; a bare FILE ending in .parley or .db,",
            "                     or naming a file that exists, is the same (as a file manager passes it)",
            "  --diagnose[=MS]    log on stderr when the window first paints, when the panes hold their",
            "                     rows, the heap after opening, and every stall of the JavaFX thread of",
            "                     MS milliseconds or more (default " + DIAGNOSE_DEFAULT_MS + ")",
            "  --help             print this text and exit",
            "  --version          print the version and exit");

    /** Thrown for arguments that make no sense; its message says which and why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * A file named on the command line, made absolute. A name the platform cannot encode (a
     * non-ASCII name under LANG=C, a NUL character) is a usage error that says so, not a stack trace.
     */
    static Path path(String name) throws UsageException {
        try {
            return Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("the path \"" + name + "\" cannot be used on this system: " + e.getReason());
        }
    }

    public static LaunchOptions parse(List<String> args) throws UsageException {
        Path workspace = null;
        boolean help = false;
        boolean version = false;
        int diagnose = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.startsWith("--workspace=")) {
                value = arg.substring("--workspace=".length());
                arg = "--workspace";
            } else if (arg.startsWith("--diagnose=")) {
                value = arg.substring("--diagnose=".length());
                arg = "--diagnose";
            }
            switch (arg) {
                case "--workspace" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--workspace needs a file name");
                        }
                        value = args.get(++i);
                    }
                    if (value.isBlank()) {
                        throw new UsageException("--workspace needs a file name, not an empty one");
                    }
                    if (workspace != null) {
                        throw new UsageException("--workspace given twice");
                    }
                    workspace = path(value);
                }
                case "--diagnose" -> {
                    if (diagnose != 0) {
                        throw new UsageException("--diagnose given twice");
                    }
                    diagnose = value == null ? DIAGNOSE_DEFAULT_MS : diagnoseMs(value);
                }
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown argument \"" + arg + "\"");
                    }
                    if (!isWorkspaceName(arg)) {
                        throw new UsageException("unknown argument \"" + arg + "\": not an option, a command"
                                + " (export, import, check, brief) or a workspace file (NAME.parley)");
                    }
                    if (workspace != null) {
                        throw new UsageException("two workspaces given: \"" + arg + "\" and " + workspace);
                    }
                    workspace = path(arg);
                }
            }
        }
        return new LaunchOptions(Optional.ofNullable(workspace), help, version, diagnose);
    }

    /** A bare argument opens a workspace when it is named like one or is a file that exists. */
    private static boolean isWorkspaceName(String arg) {
        if (arg.isBlank()) {
            return false;
        }
        if (WorkspaceLocations.looksLikeWorkspace(arg)) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static int diagnoseMs(String value) throws UsageException {
        try {
            int ms = Integer.parseInt(value.strip());
            if (ms >= 1 && ms <= DIAGNOSE_MAX_MS) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--diagnose takes the shortest stall to log in milliseconds, from 1 to "
                + DIAGNOSE_MAX_MS + " (as --diagnose=100), not \"" + value + "\"");
    }
}
