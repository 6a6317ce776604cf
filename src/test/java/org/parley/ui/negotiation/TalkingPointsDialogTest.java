package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.TalkingPoints;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The talking points window: the latest text to edit, the history newest first, Save returns the text. */
@ExtendWith(ApplicationExtension.class)
class TalkingPointsDialogTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void showsTheLatestText_andTheHistoryNewestFirst_andSaveReturnsWhatWasTyped(FxRobot robot) throws Exception {
        Mission monusco = NegotiationJson.readSample().missionByCode("MONUSCO").orElseThrow();
        TalkingPoints points = new TalkingPoints(monusco.id(), List.of(
                new TalkingPoints.Version(Instant.parse("2018-06-25T14:00:00Z"), "Hold the SG's level."),
                new TalkingPoints.Version(Instant.parse("2018-06-26T12:30:00Z"), "Accept half.\nNot the posts.")));
        AtomicReference<Dialog<String>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(TalkingPointsDialog.of(stage, monusco.code(), TalkingPointsHistory.of(Optional.of(points),
                    NEW_YORK)));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        TextArea text = robot.lookup("#talking-points-text").queryAs(TextArea.class);
        @SuppressWarnings("unchecked")
        ListView<TalkingPointsHistory.Row> history = robot.lookup("#talking-points-history").queryAs(ListView.class);
        assertThat(text.getText()).isEqualTo("Accept half.\nNot the posts.");
        // 12:30 UTC is 08:30 in New York (EDT, UTC−4); 14:00 UTC is 10:00.
        assertThat(history.getItems()).extracting(TalkingPointsHistory.Row::line)
                .containsExactly("26 Jun 2018 08:30 — Accept half.", "25 Jun 2018 10:00 — Hold the SG's level.");

        robot.interact(() -> history.getSelectionModel().select(1));
        assertThat(robot.lookup("#talking-points-earlier").queryAs(TextArea.class).getText())
                .isEqualTo("Hold the SG's level.");

        robot.interact(() -> text.setText("Accept a third."));
        Button save = (Button) dialog.get().getDialogPane().lookupButton(dialog.get().getDialogPane().getButtonTypes()
                .stream().filter(b -> b.getText().equals("Save")).findFirst().orElseThrow());
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.get().getResult()).isEqualTo("Accept a third.");
        assertThat(dialog.get().isShowing()).isFalse();
    }

    @Test
    void cancelReturnsNothing(FxRobot robot) throws Exception {
        Mission monusco = NegotiationJson.readSample().missionByCode("MONUSCO").orElseThrow();
        AtomicReference<Dialog<String>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(TalkingPointsDialog.of(stage, monusco.code(), TalkingPointsHistory.of(Optional.empty(),
                    NEW_YORK)));
            dialog.get().show();
        });
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(ButtonType.CANCEL)).fire());

        assertThat(dialog.get().getResult()).isNull();
    }
}
