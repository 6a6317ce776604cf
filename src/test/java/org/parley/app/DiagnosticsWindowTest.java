package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The watch of --diagnose on a real stage under Monocle: what it says and when (never how fast). */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsWindowTest {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private Stage stage;
    private Diagnostics watch;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (watch != null) {
            robot.interact(watch::stop);
        }
    }

    @Test
    void aWatchedStage_saysFirstFrame_thenPanesPopulatedOnceTheTableShowsItsRows(FxRobot robot) throws Exception {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> column = new TableColumn<>("Row");
        column.setCellValueFactory(f -> new javafx.beans.property.SimpleStringProperty(f.getValue()));
        table.getColumns().add(column);
        robot.interact(() -> {
            watch = Diagnostics.watch(stage, 50, lines::add);
            stage.setScene(new Scene(new VBox(table), 400, 300));
            stage.show();
        });
        waitFor("diagnose: first-frame ");

        robot.interact(() -> {
            table.getItems().setAll("one", "two", "three");
            Diagnostics.deskShown(stage);
        });
        waitFor("diagnose: panes-populated ");

        assertThat(lines).anyMatch(l -> l.matches("diagnose: desk-shown \\d+ ms"))
                .anyMatch(l -> l.matches("diagnose: panes-populated \\d+ ms"))
                .anyMatch(l -> l.matches("diagnose: longest-stall-opening \\d+ ms"));
        waitFor("diagnose: heap-after-open ");
    }

    @Test
    void aTableWithRowsButNoCellsYet_isNotPopulated() {
        TableView<String> table = new TableView<>();
        table.getItems().add("a row the table has not laid out");

        assertThat(Diagnostics.panesHoldRows(new VBox(table))).isFalse();
    }

    @Test
    void aStageNobodyWatches_ignoresTheHook(FxRobot robot) {
        robot.interact(() -> Diagnostics.deskShown(stage));

        assertThat(Diagnostics.of(stage)).isEmpty();
        assertThat(lines).isEmpty();
    }

    @Test
    void stop_saysTheLongestStallAndTheHistogram_andLeavesTheStage(FxRobot robot) throws Exception {
        robot.interact(() -> {
            watch = Diagnostics.watch(stage, 50, lines::add);
            stage.setScene(new Scene(new VBox(), 200, 100));
            stage.show();
        });
        waitFor("diagnose: first-frame ");

        robot.interact(watch::stop);

        assertThat(lines).anyMatch(l -> l.matches("diagnose: summary longest-stall \\d+ ms; gaps <=17ms:\\d+ .*"));
        assertThat(Diagnostics.of(stage)).isEmpty();
        watch = null;
    }

    @Test
    void aKeyTyped_saysTheGestureWithTheTimeToItsFrame_onceForEachPress(FxRobot robot) throws Exception {
        TextField field = new TextField();
        field.setId("the-field");
        robot.interact(() -> {
            watch = Diagnostics.watch(stage, 50, lines::add);
            stage.setScene(new Scene(new VBox(field), 300, 100));
            stage.show();
            field.requestFocus();
        });
        waitFor("diagnose: first-frame ");

        robot.type(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.B);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lines.stream().filter(l -> l.startsWith("diagnose: gesture")).count() >= 2);

        assertThat(lines.stream().filter(l -> l.startsWith("diagnose: gesture")))
                .allMatch(l -> l.matches("diagnose: gesture key-pressed [AB] on #the-field \\d+ ms"), "one line per key")
                .hasSize(2);
        assertThat(robot.lookup("#the-field").queryAs(TextField.class).getText()).isEqualTo("ab");
    }

    @Test
    void aSceneSetAfterTheWatchStarted_isWatchedToo_andStopLeavesIt(FxRobot robot) throws Exception {
        TextField field = new TextField();
        robot.interact(() -> {
            watch = Diagnostics.watch(stage, 50, lines::add);
            stage.setScene(new Scene(new VBox(), 300, 100));
            stage.show();
        });
        waitFor("diagnose: first-frame ");
        robot.interact(() -> {
            stage.setScene(new Scene(new VBox(field), 300, 100));
            field.requestFocus();
        });

        robot.type(javafx.scene.input.KeyCode.C);
        waitFor("diagnose: gesture key-pressed C");
        robot.interact(watch::stop);
        watch = null;
        int said = lines.size();
        robot.type(javafx.scene.input.KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lines).hasSize(said);
    }

    private void waitFor(String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lines.stream().anyMatch(l -> l.startsWith(prefix)));
    }
}
