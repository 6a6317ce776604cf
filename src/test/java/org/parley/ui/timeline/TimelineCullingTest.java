package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
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
    private static final int NODE_BOUND = 250; // what an 800x520 window shows with its margins; 2,000 events

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
        // tall enough for the legend on two lines (nine kinds) and the whole viewport in the window
        stage.setScene(new Scene(new StackPane(view), 800, 520));
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

    @Test
    void scrolledToTheEnd_eventsInViewHaveNodesInTheirBoxes_farOnesHaveNone(FxRobot robot) {
        settle(robot, () -> vm.setZoom(TimelineViewModel.DEFAULT_ZOOM));
        settle(robot, () -> scroller(robot).setHvalue(1));
        TimelineContent content = content(robot);
        Bounds viewport = viewportInScene(robot);
        int inView = 0;
        int far = 0;
        for (TimelineEvent e : events) {
            Bounds box = content.boxOf(e);
            Bounds boxInScene = content.localToScene(box);
            EventNode node = content.nodeFor(e.id());
            if (boxInScene.intersects(viewport)) {
                inView++;
                assertThat(node).as("node of %s, in view", e.title()).isNotNull();
                assertThat(node.event()).isEqualTo(e);
                // Its layout box: a marker's stroke may stand out of it by a pixel.
                Bounds drawn = new BoundingBox(node.getLayoutX(), node.getLayoutY(), node.getWidth(), node.getHeight());
                assertThat(drawn.getMinX()).as("left of %s", e.title()).isGreaterThanOrEqualTo(box.getMinX() - 1);
                assertThat(drawn.getMaxX()).as("right of %s", e.title()).isLessThanOrEqualTo(box.getMaxX() + 1);
                assertThat(drawn.getMinY()).isGreaterThanOrEqualTo(box.getMinY() - 1);
                assertThat(drawn.getMaxY()).isLessThanOrEqualTo(box.getMaxY() + 1);
            } else if (boxInScene.getMaxX() < viewport.getMinX() - viewport.getWidth()) {
                far++;
                assertThat(node).as("node of %s, far left of the view", e.title()).isNull();
            }
        }
        assertThat(inView).as("events in view").isGreaterThan(10);
        assertThat(far).as("events far away").isGreaterThan(EVENTS / 2);
    }

    @Test
    void selectingAFarEvent_asTheDeskDoes_revealsIt_withItsNodeSelected(FxRobot robot) {
        settle(robot, () -> vm.setZoom(TimelineViewModel.DEFAULT_ZOOM));
        settle(robot, () -> scroller(robot).setHvalue(0));
        TimelineEvent far = events.get(EVENTS * 3 / 4);
        assertThat(content(robot).nodeFor(far.id())).isNull();

        robot.interact(() -> vm.select(far));

        EventNode node = content(robot).nodeFor(far.id());
        assertThat(node).isNotNull();
        assertThat(node.getPseudoClassStates()).contains(TimelineStyles.SELECTED);
        assertThat(node.localToScene(node.getLayoutBounds()).intersects(viewportInScene(robot))).isTrue();
    }

    @Test
    void highlightedFarEvent_isHighlightedOnceItHasANode(FxRobot robot) {
        settle(robot, () -> scroller(robot).setHvalue(0));
        TimelineEvent far = events.get(EVENTS - 10);
        assertThat(content(robot).nodeFor(far.id())).isNull();

        robot.interact(() -> vm.getHighlightedEventIds().add(far.id()));
        robot.interact(() -> vm.select(far));

        assertThat(content(robot).nodeFor(far.id()).getPseudoClassStates()).contains(TimelineStyles.HIGHLIGHTED);
    }

    @Test
    void eventsZoomedAway_andHighlightedMeanwhile_areHighlightedWhenBack(FxRobot robot) {
        settle(robot, () -> vm.setZoom(TimelineViewModel.DEFAULT_ZOOM));
        settle(robot, () -> scroller(robot).setHvalue(0));
        List<TimelineEvent> drawn = robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAllAs(EventNode.class)
                .stream().map(EventNode::event).toList();
        // Zoomed in at the axis start, most of them are far off screen: their nodes wait aside.
        settle(robot, () -> vm.setZoom(TimelineViewModel.MAX_ZOOM));

        robot.interact(() -> drawn.forEach(e -> vm.getHighlightedEventIds().add(e.id())));
        settle(robot, () -> vm.setZoom(TimelineViewModel.DEFAULT_ZOOM));
        settle(robot, () -> scroller(robot).setHvalue(0));

        List<EventNode> back = drawn.stream().map(e -> content(robot).nodeFor(e.id())).filter(n -> n != null).toList();
        assertThat(back).hasSizeGreaterThan(10)
                .allMatch(n -> n.getPseudoClassStates().contains(TimelineStyles.HIGHLIGHTED));
    }

    @Test
    void draggingAnEventInView_afterScrolling_reschedulesThatEvent(FxRobot robot) {
        List<TimelineEvent> moved = new ArrayList<>();
        List<Instant> to = new ArrayList<>();
        vm.moves().setActions(new TimelineActions() {
            @Override
            public boolean reschedule(TimelineEvent event, Instant at) {
                moved.add(event);
                to.add(at);
                return true;
            }

            @Override
            public void edit(TimelineEvent event) {
            }
        });
        settle(robot, () -> vm.setZoom(10));
        // Scrolled, so the nodes now in view were handed on from events further left.
        settle(robot, () -> scroller(robot).setHvalue(0.3));
        settle(robot, () -> scroller(robot).setHvalue(0.6));
        EventNode node = nodeWellInView(robot);
        TimelineEvent e = node.event();

        robot.drag(node, MouseButton.PRIMARY).moveBy(100, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        // 100 px at 10 px an hour: ten hours later, snapped to a whole hour.
        assertThat(moved).containsExactly(e);
        assertThat(to.get(0)).isBetween(e.at().plus(Duration.ofHours(9)), e.at().plus(Duration.ofHours(11)));
    }

    @Test
    void tooltip_isWrittenWhenShown_forTheEventUnderThePointer(FxRobot robot) throws Exception {
        settle(robot, () -> scroller(robot).setHvalue(0.5));
        EventNode node = nodeWellInView(robot);

        robot.moveTo(node);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showingTooltip() != null);

        assertThat(showingTooltip().getText()).isEqualTo(vm.describe(node.event()));
    }

    @Test
    void zoomedInToHours_onlyTheTicksNearTheViewHaveNodes_readingTheHours(FxRobot robot) {
        settle(robot, () -> vm.setZoom(TimelineViewModel.MAX_ZOOM));
        settle(robot, () -> scroller(robot).setHvalue(0.5));

        List<String> shown = robot.lookup("." + TimelineStyles.TICK_LABEL).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();

        // 240 px an hour: a viewport and its margins hold a dozen hours, the axis some 1,400.
        assertThat(robot.lookup("." + TimelineStyles.TICK_LABEL).queryAll()).hasSizeLessThan(40);
        assertThat(shown).hasSizeGreaterThan(3).allMatch(t -> t.matches("\\d\\d:00|\\d{1,2} \\p{L}+"));
        Bounds viewport = viewportInScene(robot);
        String centre = TimeLabels.hourMinute(content(robot).instantAt(content(robot).sceneToLocal(
                viewport.getCenterX(), viewport.getCenterY()).getX()).truncatedTo(ChronoUnit.HOURS), NEW_YORK);
        assertThat(shown).as("the hour at the centre of the view").contains(centre);
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

    private static TimelineContent content(FxRobot robot) {
        return robot.lookup("." + TimelineStyles.CONTENT).queryAs(TimelineContent.class);
    }

    private static Bounds viewportInScene(FxRobot robot) {
        Node viewport = scroller(robot).lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** A node whose whole box is on screen, away from the viewport's edges. */
    private static EventNode nodeWellInView(FxRobot robot) {
        Bounds viewport = viewportInScene(robot);
        BoundingBox inner = new BoundingBox(viewport.getMinX() + 40, viewport.getMinY() + 10,
                viewport.getWidth() - 240, viewport.getHeight() - 20);
        // and inside the window: a press or a release the window does not get is no gesture
        return robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAllAs(EventNode.class).stream()
                .filter(n -> inner.contains(n.localToScene(n.getLayoutBounds())))
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxY() < n.getScene().getHeight() - 30)
                .findFirst().orElseThrow();
    }

    private static Tooltip showingTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).findFirst().orElse(null);
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
