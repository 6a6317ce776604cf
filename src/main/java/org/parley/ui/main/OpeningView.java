package org.parley.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the window shows while a workspace opens: the negotiation's header (title and countdown)
 * as soon as its row is read, what is being read now, and a Cancel button. It knows only texts.
 */
public final class OpeningView extends BorderPane {

    private final Label title = new Label();
    private final Label body = new Label();
    private final Label countdown = new Label();
    private final Label what = new Label();
    private final Button cancel = new Button("Cancel");
    private final HBox header;

    /** @param text what is done first ("Opening /path/w.db …") */
    public OpeningView(String text) {
        setId("opening");
        title.getStyleClass().add("negotiation-title");
        title.setId("opening-title");
        body.getStyleClass().add("negotiation-body");
        countdown.getStyleClass().add("countdown");
        countdown.setId("opening-countdown");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(14, title, body, spacer, countdown);
        header.getStyleClass().add("desk-header");
        header.setVisible(false);
        header.setManaged(false);
        setTop(header);
        what.setId("opening-what");
        what.setText(text);
        what.setWrapText(true);
        what.setMaxWidth(640);
        cancel.setId("opening-cancel");
        cancel.setCancelButton(true);
        cancel.setDisable(true);
        // offered only where the work can stop (an open); an import or a restore shows none
        cancel.setVisible(false);
        cancel.setManaged(false);
        VBox centre = new VBox(16, new ProgressIndicator(), what, cancel);
        centre.setAlignment(Pos.CENTER);
        centre.setPadding(new Insets(24));
        setCenter(centre);
    }

    /** The negotiation's header, shown from now on. */
    public void showHeader(String titleText, String bodyText, String countdownText) {
        title.setText(titleText);
        body.setText(bodyText);
        countdown.setText(countdownText);
        header.setVisible(true);
        header.setManaged(true);
    }

    /** What is being read or computed now. */
    public void say(String text) {
        what.setText(text);
    }

    /** Offers Cancel; {@code action} runs once, when it is pressed (or Escape). */
    public void onCancel(Runnable action) {
        cancel.setVisible(true);
        cancel.setManaged(true);
        cancel.setDisable(false);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            what.setText("Cancelling…");
            action.run();
        });
    }

    public String said() {
        return what.getText();
    }
}
