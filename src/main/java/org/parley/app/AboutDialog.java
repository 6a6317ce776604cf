package org.parley.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Help > About (F1): the version and build date (as {@code parley --version} says them), the open
 * workspace's path, and the Java and JavaFX that run the app (the installed app's own runtime).
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, Optional<Path> workspace) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Parley");
        alert.setHeaderText(Version.describe());
        alert.setContentText("A negotiation desk for delegation staff in multilateral budget talks.\n\n"
                + "Version " + Version.current() + ", built " + Version.buildDate() + "\n"
                + "Workspace: " + workspace.map(Path::toString).orElse("none open") + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
        alert.getDialogPane().setId("about");
        alert.show();
    }
}
