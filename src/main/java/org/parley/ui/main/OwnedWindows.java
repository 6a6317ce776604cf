package org.parley.ui.main;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.ui.common.Theme;

/** The desk's own non-modal windows (keyboard shortcuts, getting started): owned by the desk, in its look. */
final class OwnedWindows {

    private OwnedWindows() {
    }

    /** Shows {@code root} in a new window of the desk's, titled "Parley — {@code title}", and returns it. */
    static Stage show(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Parley — " + title);
        Scene scene = new Scene(root, width, height);
        Theme.sameAs(scene, owner); // a Stage, unlike a Dialog, does not take its owner's stylesheets
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
