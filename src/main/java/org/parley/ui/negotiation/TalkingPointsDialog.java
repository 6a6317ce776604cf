package org.parley.ui.negotiation;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Our talking points on one mission: the text to edit, and every earlier save with its time,
 * newest first; choosing one shows what it said (read only). Save returns the text; the caller
 * applies it as one gesture. The latest text prints on the mission brief's page 1.
 */
final class TalkingPointsDialog {

    private TalkingPointsDialog() {
    }

    /**
     * @param code the mission's code, e.g. "MONUSCO"
     */
    static Dialog<String> of(Window owner, String code, TalkingPointsHistory history) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Talking points: " + code);
        dialog.setHeaderText("Our talking points on " + code + ". The latest save prints on page 1 of the"
                + " mission brief; every save is kept below, with its time.");
        TextArea text = new TextArea(history.latest());
        text.setId("talking-points-text");
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setPromptText("What we say in the room on " + code);

        ListView<TalkingPointsHistory.Row> list = new ListView<>();
        list.setId("talking-points-history");
        list.getItems().setAll(history.rows());
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("Nothing saved yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TalkingPointsHistory.Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.line());
            }
        });
        TextArea earlier = new TextArea();
        earlier.setId("talking-points-earlier");
        earlier.setEditable(false);
        earlier.setWrapText(true);
        earlier.setPrefRowCount(4);
        earlier.setPromptText("Choose a save above to read it.");
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) ->
                earlier.setText(row == null ? "" : row.text()));

        VBox box = new VBox(6, new Label("Talking points"), text, new Label("History (newest first)"), list, earlier);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == save ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog;
    }
}
