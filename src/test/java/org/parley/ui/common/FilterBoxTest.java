package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A filter box keeps its width and its items when its choices come back the same after a gesture (issue 12). */
@ExtendWith(ApplicationExtension.class)
class FilterBoxTest {

    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private ComboBox<String> box;

    @Start
    void start(Stage stage) {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add("Mission number " + i + " with a long name that would widen the box");
        }
        choices.setAll(many);
        box = FilterBox.of("a-filter", "All missions", choices, s -> s, "Only one mission");
        stage.setScene(new Scene(new HBox(box), 600, 100));
        stage.show();
    }

    @Test
    void theSameChoicesAgain_leaveTheItemsAlone_andTheValueKept(FxRobot robot) {
        AtomicInteger changes = new AtomicInteger();
        robot.interact(() -> {
            box.setValue(choices.get(7));
            box.getItems().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
            choices.setAll(new ArrayList<>(choices));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).hasValue(0);
        assertThat(box.getValue()).isEqualTo(choices.get(7));

        robot.interact(() -> choices.remove(0));
        assertThat(changes).hasValue(1);
        assertThat(box.getItems()).hasSize(5_000).startsWith((String) null);
        assertThat(box.getValue()).isEqualTo("Mission number 7 with a long name that would widen the box");
    }

    @Test
    void itsWidth_doesNotFollowItsLongestChoice(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getWidth()).isEqualTo(FilterBox.PREF_WIDTH);
        assertThat(box.prefWidth(-1)).isEqualTo(FilterBox.PREF_WIDTH);
    }
}
