package org.parley.app;

import java.util.List;
import javafx.application.Application;

/**
 * The entry point. It does not extend {@code Application}, so the app runs from the class path
 * without JavaFX modules; it checks the arguments before any window opens.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args));
        } catch (LaunchOptions.UsageException e) {
            System.err.println("parley: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        if (options.version()) {
            System.out.println("Parley " + Version.current());
            return;
        }
        Application.launch(ParleyApp.class, args);
    }
}
