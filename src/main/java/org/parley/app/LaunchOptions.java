package org.parley.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the window: {@code [--workspace FILE]}. Parsed before any window opens,
 * so bad arguments end with a usage message and exit code 2.
 *
 * @param workspace the workspace to open instead of the default one, if given
 * @param help whether the user asked for the usage text
 * @param version whether the user asked for the version
 */
public record LaunchOptions(Optional<Path> workspace, boolean help, boolean version) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: parley [--workspace FILE]",
            "       parley export|import|check ...   (no window; run one without options for its usage)",
            "",
            "Opens the Parley desk on a workspace (an SQLite file). Without --workspace it opens the",
            "default workspace in your data folder, creating it with the 2018 sample on first start.",
            "",
            "Options:",
            "  --workspace FILE   open (or create) this workspace file",
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
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.startsWith("--workspace=")) {
                value = arg.substring("--workspace=".length());
                arg = "--workspace";
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
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                default -> throw new UsageException("unknown argument \"" + arg + "\"");
            }
        }
        return new LaunchOptions(Optional.ofNullable(workspace), help, version);
    }
}
