package org.parley.ui.negotiation;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Room for long forms: a mission or line form has some twenty fields (five baselines of three
 * fields each), taller than a small laptop screen. The fields scroll; the intro, the problems
 * and the buttons stay in view.
 */
final class FormLayout {

    /** The height the fields get before they scroll. */
    static final double MAX_FIELDS_HEIGHT = 520;

    private FormLayout() {
    }

    static <R> Dialog<R> scrolling(Dialog<R> dialog) {
        dialog.setResizable(true);
        // The form builder lays out intro, fields (a grid) and problems in a box; wrap the grid.
        if (dialog.getDialogPane().getContent() instanceof VBox box) {
            for (int i = 0; i < box.getChildren().size(); i++) {
                Node child = box.getChildren().get(i);
                if (child instanceof GridPane grid) {
                    ScrollPane scroller = new ScrollPane(grid);
                    scroller.setId("form-fields");
                    scroller.setFitToWidth(true);
                    box.getChildren().set(i, scroller);
                    // Controls only know their size once styled (skinned); the dialog's scene exists already.
                    dialog.getDialogPane().applyCss();
                    scroller.setPrefViewportHeight(Math.min(MAX_FIELDS_HEIGHT, grid.prefHeight(-1)));
                    // Room for a vertical scroll bar, so it never covers the fields.
                    scroller.setPrefViewportWidth(grid.prefWidth(-1) + 16);
                    break;
                }
            }
        }
        return dialog;
    }
}
