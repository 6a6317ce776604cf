package org.parley.app;

import java.util.List;
import javafx.application.Application;

import org.parley.model.TextRules;

/**
 * The entry point. It does not extend {@code Application}, so the app runs from the class path
 * without JavaFX modules; it checks the arguments before any window opens.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // sqlite-jdbc logs through SLF4J; Parley ships no SLF4J backend, so SLF4J would print
        // three lines about "no providers" on stderr at the first log call. Say nothing instead.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (CommandLine.isCommand(List.of(args))) {
            // export, import, check: no window, and the exit code says how it went
            System.exit(CommandLine.run(List.of(args), System.out, System.err));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageException e) {
            System.err.println("parley: " + TextRules.visible(e.getMessage()));
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            // every way to run parley: the window's options, then each command without a window
            System.out.println(LaunchOptions.USAGE);
            System.out.println();
            System.out.println(CommandLine.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println(Version.describe());
            return;
        }
        Application.launch(ParleyApp.class, args);
    }
}
