package org.parley.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.parley.app.Diagnostics;

/**
 * The floor of {@link WindowBenchmark}: a JavaFX window with one label and nothing else, started
 * the way Parley starts, watched by the same {@link Diagnostics}, so its "first-frame" line is
 * what any JavaFX window costs on this machine.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application itself; the main class does not extend Application (class-path mode). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Diagnostics.watch(stage, 50, System.err::println);
            stage.setTitle("Empty");
            stage.setScene(new Scene(new Label("An empty window"), 1200, 800));
            stage.show();
        }
    }
}
