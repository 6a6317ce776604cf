package org.parley.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds a pane in the scene only while it is shown (its tab in front). A tab pane keeps the
 * content of every tab in the scene, merely invisible, so JavaFX styles and lays out the tables
 * behind the other tabs after every gesture and on opening: with 600 delegations the hidden
 * positions matrix cost most of each gesture. Out of the scene a pane costs nothing; it keeps
 * its state (selection, scroll, dividers) and is styled again when it comes back.
 */
public final class ShownOnly extends StackPane {

    private final Node content;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    public ShownOnly(Node content) {
        this.content = content;
        getStyleClass().add("shown-only");
        shown.addListener((o, was, now) -> {
            if (now) {
                getChildren().setAll(content);
            } else {
                getChildren().clear();
            }
        });
    }

    /** The pane held, whether or not it is in the scene now. */
    public Node content() {
        return content;
    }

    /** Whether the pane is in the scene; bind it to its tab's selection. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
