package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventKind;
import org.parley.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A negotiation's size on the timeline: 2,000 events over two months. Only what is on screen
 * (and a margin) has nodes, at every zoom and wherever the user has scrolled.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineCullingTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2018-05-07T14:00:00Z");
    private static final Instant END = Instant.parse("2018-07-04T04:00:00Z");
    private static final int EVENTS = 2_000;
    /** Far below the 2,000 events: what a screen (and its margin) can hold. */
    private static final int NODE_BOUND = 200;

    private TimelineViewModel vm;
    private TimelineView view;
    private List<TimelineEvent> events;

    @Start
    void start(Stage stage) {
        events = manyEvents();
        vm = new TimelineViewModel();
        vm.setZone(NEW_YORK);
        vm.setRange(START, END);
        vm.setDeadline(Instant.parse("2018-07-01T04:00:00Z"));
        vm.setDeskNow(Instant.parse("2018-06-26T13:00:00Z"));
        vm.getEvents().setAll(events);
        view = new TimelineView(vm);
        stage.setScene(new Scene(new StackPane(view), 800, 420));
        stage.show();
        view.requestFocus();
    }

    @Test
    void eventNodes_stayBounded_atEveryZoom_andAtTheEnd(FxRobot robot) {
        for (double zoom = TimelineViewModel.MIN_ZOOM; zoom <= TimelineViewModel.MAX_ZOOM;
                zoom *= TimelineViewModel.ZOOM_STEP) {
            double z = zoom;
            settle(robot, () -> vm.setZoom(z));
            assertThat(eventNodeCount(robot)).as("event nodes at zoom %.2f", z).isLessThan(NODE_BOUND);

            settle(robot, () -> {
                scroller(robot).setHvalue(1);
                scroller(robot).setVvalue(1);
            });
            assertThat(eventNodeCount(robot)).as("event nodes at zoom %.2f, scrolled to the end", z)
                    .isLessThan(NODE_BOUND);
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Runs {@code change} and lets the timeline lay out, as the next pulse would. */
    private void settle(FxRobot robot, Runnable change) {
        robot.interact(() -> {
            change.run();
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int eventNodeCount(FxRobot robot) {
        return robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAll().size();
    }

    private static ScrollPane scroller(FxRobot robot) {
        return robot.lookup("." + TimelineStyles.SCROLLER).queryAs(ScrollPane.class);
    }

    /** Spread evenly over the two months, titles of every length, every kind, some illustrative. */
    private static List<TimelineEvent> manyEvents() {
        String[] titles = {"Informals", "Bilateral with G77", "ACABQ report on MONUSCO",
            "Informal consultations on the support account for peacekeeping operations", "EU", "Plenary"};
        EventKind[] kinds = EventKind.values();
        long step = Duration.between(START, END).toMillis() / EVENTS;
        List<TimelineEvent> list = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String at = START.plusMillis(step * i).toString();
            String title = titles[i % titles.length] + " " + (i + 1);
            EventKind kind = kinds[i % kinds.length];
            list.add(i % 7 == 3 ? TypicalTimelineEvents.illustrative(i + 1, at, title, kind)
                    : TypicalTimelineEvents.event(i + 1, at, title, kind));
        }
        return list;
    }
}
