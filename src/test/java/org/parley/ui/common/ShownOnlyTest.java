package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A pane behind another tab is out of the scene, so JavaFX neither styles nor lays it out; in front it is back. */
@ExtendWith(ApplicationExtension.class)
class ShownOnlyTest {

    private Label front;
    private Label behind;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        front = new Label("front");
        behind = new Label("behind");
        tabs = new TabPane(tab("a", front), tab("b", behind));
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    private static Tab tab(String text, Label content) {
        ShownOnly holder = new ShownOnly(content);
        Tab tab = new Tab(text, holder);
        holder.shownProperty().bind(tab.selectedProperty());
        return tab;
    }

    @Test
    void onlyTheTabInFront_hasItsPaneInTheScene_andEachKeepsItsState(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(front.getScene()).isNotNull();
        assertThat(behind.getScene()).isNull();

        robot.interact(() -> {
            behind.setText("changed while behind");
            tabs.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(front.getScene()).isNull();
        assertThat(behind.getScene()).isNotNull();
        assertThat(behind.getText()).isEqualTo("changed while behind");
        assertThat(((ShownOnly) tabs.getTabs().get(0).getContent()).content()).isSameAs(front);
    }
}
