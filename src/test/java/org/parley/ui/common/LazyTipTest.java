package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips of cells are made when shown: filling and scrolling thousands of rows computes no tooltip text. */
@ExtendWith(ApplicationExtension.class)
class LazyTipTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final java.util.Set<Integer> computedFor = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private ListView<Integer> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList(IntStream.range(0, 10_000).boxed().toList()));
        list.setId("many");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "row " + item);
                LazyTip.set(this, empty || item == null ? null : () -> {
                    computed.incrementAndGet();
                    computedFor.add(item);
                    return item % 2 == 0 ? "even row " + item : "";
                });
            }
        });
        stage.setScene(new Scene(list, 300, 400));
        stage.show();
    }

    @Test
    void fillingAndScrolling_computesNoTip_andHoveringShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> list.scrollTo(5_000));
        robot.interact(() -> list.scrollTo(9_990));
        robot.interact(() -> list.scrollTo(0));
        assertThat(computed).as("no tooltip text computed while filling and scrolling").hasValue(0);
        long tooltips = robot.lookup(".list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getTooltip()).filter(t -> t != null).distinct().count();
        assertThat(tooltips).as("no tooltip made before the pointer enters a cell (at most the one it rests on)")
                .isLessThanOrEqualTo(1);

        ListCell<?> row2 = robot.lookup(".list-cell").<ListCell<?>>match(c -> "row 2".equals(c.getText())).query();
        assertThat(LazyTip.textOf(row2)).isEqualTo("even row 2");
        computed.set(0);
        computedFor.clear();
        robot.moveTo(row2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row2.getTooltip() != null && row2.getTooltip().isShowing());
        WaitForAsyncUtils.waitForFxEvents(); // "showing" is true a moment before its handlers have run
        assertThat(row2.getTooltip().getText()).isEqualTo("even row 2");
        assertThat(computed).as("computed when shown").hasPositiveValue();
        // the pointer crossed a few rows on its way: only rows it passed over computed their text
        assertThat(computedFor).as("only for rows under the pointer").contains(2).allMatch(i -> i < 20);
    }
}
