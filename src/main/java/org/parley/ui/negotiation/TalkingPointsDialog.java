package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.model.Mission;
import org.parley.model.TalkingPoints;

/**
 * Our talking points on one mission: the text to edit, and every earlier save with its time,
 * newest first; choosing one shows what it said (read only). Save returns the text; the caller
 * applies it as one gesture. The latest text prints on the mission brief's page 1.
 */
final class TalkingPointsDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private TalkingPointsDialog() {
    }

    /** One line of the history list: "Tue 26 Jun 2018 08:30 — 1. Protection of civilians…". */
    static String historyLine(TalkingPoints.Version v, ZoneId zone) {
        String first = v.text().isEmpty() ? "(cleared)" : v.text().lines().findFirst().orElse("");
        if (first.length() > 60) {
            first = first.substring(0, 59) + "…";
        }
        return WHEN.format(v.savedAt().atZone(zone)) + " — " + first;
    }

    static Dialog<String> of(Window owner, Mission mission, Optional<TalkingPoints> points, ZoneId zone) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Talking points: " + mission.code());
        dialog.setHeaderText("Our talking points on " + mission.code() + ". The latest save prints on page 1 of the"
                + " mission brief; every save is kept below, with its time.");
        TextArea text = new TextArea(points.map(t -> t.latest().text()).orElse(""));
        text.setId("talking-points-text");
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setPromptText("What we say in the room on " + mission.code());

        List<TalkingPoints.Version> versions = new ArrayList<>(points.map(TalkingPoints::versions).orElse(List.of()));
        Collections.reverse(versions);
        ListView<TalkingPoints.Version> history = new ListView<>();
        history.setId("talking-points-history");
        history.getItems().setAll(versions);
        history.setPrefHeight(120);
        history.setPlaceholder(new Label("Nothing saved yet."));
        history.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TalkingPoints.Version item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : historyLine(item, zone));
            }
        });
        TextArea earlier = new TextArea();
        earlier.setId("talking-points-earlier");
        earlier.setEditable(false);
        earlier.setWrapText(true);
        earlier.setPrefRowCount(4);
        earlier.setPromptText("Choose a save above to read it.");
        history.getSelectionModel().selectedItemProperty().addListener((o, was, v) ->
                earlier.setText(v == null ? "" : v.text()));

        VBox box = new VBox(6, new Label("Talking points"), text, new Label("History (newest first)"), history,
                earlier);
        box.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == save ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog;
    }
}
