package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TimelineEvent unisfa = TypicalTimelineEvents.UNISFA;
    private final TimelineEvent acabq = TypicalTimelineEvents.ACABQ;
    private final TimelineEvent hrc = TypicalTimelineEvents.HRC;
    private final TimelineEvent g77 = TypicalTimelineEvents.G77;
    private final TimelineEvent informals = TypicalTimelineEvents.INFORMALS_UNMISS;
    private final TimelineEvent informals2 = TypicalTimelineEvents.INFORMALS_MONUSCO;
    private final TimelineEvent eu = TypicalTimelineEvents.EU;
    private final TimelineEvent deadline = TypicalTimelineEvents.DEADLINE;

    private TimelineViewModel vm;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        vm = new TimelineViewModel();
        vm.setZone(NEW_YORK);
        vm.setRange(Instant.parse("2018-05-07T14:00:00Z"), Instant.parse("2018-07-04T04:00:00Z"));
        vm.setDeadline(deadline.at());
        vm.setDeskNow(Instant.parse("2018-06-26T13:00:00Z"));
        vm.getEvents().setAll(TypicalTimelineEvents.shuffled());
        view = new TimelineView(vm);
        stage.setScene(new Scene(new StackPane(view), 1000, 420));
        stage.show();
        view.requestFocus();
    }

    @Test
    void fit_rendersOneNodePerEvent_taggedWithItsId(FxRobot robot) {
        robot.clickOn("#timeline-zoom-fit");
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> nodes = List.copyOf(robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAll());

        assertThat(nodes).hasSize(8);
        assertThat(nodes).extracting(n -> n.getProperties().get(TimelineStyles.EVENT_ID_KEY))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void eventNodes_doNotOverlap(FxRobot robot) {
        List<Node> nodes = List.copyOf(robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAll());

        for (Node a : nodes) {
            for (Node b : nodes) {
                if (a != b) {
                    assertThat(a.getBoundsInParent().intersects(b.getBoundsInParent()))
                            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
    }

    @Test
    void deadlineLine_isLabelledInNewYorkTime(FxRobot robot) {
        InstantMarker line = robot.lookup("." + TimelineStyles.DEADLINE_LINE).queryAs(InstantMarker.class);

        assertThat(line.isVisible()).isTrue();
        assertThat(line.getText()).isEqualTo("DEADLINE 1 Jul 2018 00:00");
    }

    @Test
    void deskLine_isLabelledWithTheDeskTime_andSitsLeftOfTheDeadline(FxRobot robot) {
        InstantMarker desk = robot.lookup("." + TimelineStyles.DESK_NOW).queryAs(InstantMarker.class);
        InstantMarker line = robot.lookup("." + TimelineStyles.DEADLINE_LINE).queryAs(InstantMarker.class);

        assertThat(desk.getText()).isEqualTo("desk 26 Jun 2018 09:00");
        assertThat(desk.getLayoutX()).isLessThan(line.getLayoutX());
    }

    @Test
    void clickingAnEvent_selectsIt(FxRobot robot) {
        Node node = eventNode(robot, eu);

        robot.clickOn(node);

        assertThat(vm.getSelectedEvent()).isEqualTo(eu);
        assertThat(node.getPseudoClassStates()).contains(TimelineStyles.SELECTED);
        assertThat(eventNode(robot, informals2).getPseudoClassStates()).doesNotContain(TimelineStyles.SELECTED);
    }

    @Test
    void rightArrow_selectsTheNextEventInTime(FxRobot robot) {
        robot.interact(() -> vm.select(g77));

        robot.type(KeyCode.RIGHT);

        assertThat(vm.getSelectedEvent()).isEqualTo(informals);
        assertThat(eventNode(robot, informals).getPseudoClassStates()).contains(TimelineStyles.SELECTED);
        assertThat(eventNode(robot, g77).getPseudoClassStates()).doesNotContain(TimelineStyles.SELECTED);
    }

    @Test
    void leftArrow_afterClick_selectsThePreviousEvent(FxRobot robot) {
        robot.clickOn(eventNode(robot, eu));

        robot.type(KeyCode.LEFT);

        assertThat(view.isFocused()).isTrue();
        assertThat(vm.getSelectedEvent()).isEqualTo(informals2);
    }

    @Test
    void firstShow_scrollsToTheDeskDate(FxRobot robot) {
        assertThat(isOnScreen(robot, informals)).isTrue();
        assertThat(isOnScreen(robot, unisfa)).isFalse();
    }

    @Test
    void toolbar_namesTheDatesOnScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label span = robot.lookup("#timeline-visible-span").queryAs(Label.class);

        assertThat(span.getText()).contains("Jul 2018").endsWith(", New York");
    }

    @Test
    void selectingAnOffscreenEvent_scrollsItIntoView(FxRobot robot) {
        assertThat(isOnScreen(robot, unisfa)).isFalse();

        robot.interact(() -> vm.select(unisfa));

        assertThat(isOnScreen(robot, unisfa)).isTrue();
    }

    @Test
    void zoomInButton_increasesZoom_andMovesEventsApart(FxRobot robot) {
        double zoomBefore = vm.getZoom();
        double gapBefore = eventNode(robot, informals2).getLayoutX() - eventNode(robot, informals).getLayoutX();

        robot.clickOn("#timeline-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.getZoom()).isGreaterThan(zoomBefore);
        double gapAfter = eventNode(robot, informals2).getLayoutX() - eventNode(robot, informals).getLayoutX();
        assertThat(gapAfter).isGreaterThan(gapBefore);
    }

    @Test
    void zoomInButton_reusesTheEventNodes(FxRobot robot) {
        Node before = eventNode(robot, informals);

        robot.clickOn("#timeline-zoom-in");

        assertThat(eventNode(robot, informals)).isSameAs(before);
    }

    @Test
    void zoomInButton_leavesTheEventsInViewDrawn_whenItReturns(FxRobot robot) {
        Node before = eventNode(robot, informals);
        Button in = robot.lookup("#timeline-zoom-in").queryButton();
        Node[] after = new Node[1];

        robot.interact(() -> {
            in.fire();
            // No pulse in between: the zoom itself leaves the view laid out at its new scroll.
            after[0] = view.lookup("#timeline-event-" + informals.id());
        });

        assertThat(after[0]).isSameAs(before);
    }

    @Test
    void highlightedIds_applyThePseudoClass_andRemovingThemClearsIt(FxRobot robot) {
        robot.clickOn("#timeline-zoom-fit");
        robot.interact(() -> vm.getHighlightedEventIds().addAll(Set.of(2L, 5L)));

        assertThat(eventNode(robot, acabq).getPseudoClassStates()).contains(TimelineStyles.HIGHLIGHTED);
        assertThat(eventNode(robot, informals).getPseudoClassStates()).contains(TimelineStyles.HIGHLIGHTED);
        assertThat(eventNode(robot, hrc).getPseudoClassStates()).doesNotContain(TimelineStyles.HIGHLIGHTED);

        robot.interact(() -> vm.getHighlightedEventIds().remove(2L));

        assertThat(eventNode(robot, acabq).getPseudoClassStates()).doesNotContain(TimelineStyles.HIGHLIGHTED);
    }

    @Test
    void illustrativeEvent_isMarkedSo(FxRobot robot) {
        assertThat(eventNode(robot, g77).getPseudoClassStates()).contains(TimelineStyles.ILLUSTRATIVE);
        assertThat(eventNode(robot, eu).getPseudoClassStates()).doesNotContain(TimelineStyles.ILLUSTRATIVE);
    }

    @Test
    void anOutcomeAfterTheDesksNow_isGreyedNotYetKnown_untilTheDeskReachesIt(FxRobot robot) {
        Instant at = Instant.parse("2018-06-30T15:00:00Z");
        TimelineEvent outcome = new TimelineEvent(9, at, "Package agreed", EventKind.INFORMAL_CONSULTATIONS, "",
                Provenance.sourced("IPI"), Set.of(), Set.of(), EventTiming.HOUR_ILLUSTRATIVE, at);
        robot.interact(() -> vm.getEvents().add(outcome));
        robot.clickOn("#timeline-zoom-fit");
        WaitForAsyncUtils.waitForFxEvents();

        Node node = eventNode(robot, outcome);
        assertThat(node.getPseudoClassStates()).contains(TimelineStyles.NOT_YET_KNOWN, TimelineStyles.TIME_ILLUSTRATIVE);
        assertThat(eventNode(robot, eu).getPseudoClassStates()).as("a meeting ahead is known in advance")
                .doesNotContain(TimelineStyles.NOT_YET_KNOWN);
        assertThat(robot.from(node).lookup("." + TimelineStyles.EVENT_LABEL).queryAs(Label.class).getText())
                .isEqualTo("Package agreed *");

        robot.interact(() -> vm.setDeskNow(at));

        assertThat(eventNode(robot, outcome).getPseudoClassStates()).doesNotContain(TimelineStyles.NOT_YET_KNOWN);
    }

    @Test
    void theLegend_namesEveryKindOfTheFifthCommittee(FxRobot robot) {
        javafx.scene.Parent box = robot.lookup("." + TimelineStyles.LEGEND).queryAs(javafx.scene.Parent.class);
        List<String> legend = box.getChildrenUnmodifiable().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();

        assertThat(legend).containsExactly("formal meeting", "informal consultations", "informal informals",
                "bilateral", "group coordination", "plenary", "document issued", "deadline", "external event",
                "illustrative (hollow, dashed) · * time chosen");
    }

    @Test
    void addingAnEvent_addsItsNode(FxRobot robot) {
        TimelineEvent late = TypicalTimelineEvents.event(9, "2018-06-30T15:00:00Z", "Plenary", EventKind.EXTERNAL_EVENT);

        int before = robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAll().size();

        robot.interact(() -> vm.getEvents().add(late));

        assertThat(robot.lookup("." + TimelineStyles.TIMELINE_EVENT).queryAll()).hasSize(before + 1);
        assertThat(eventNode(robot, late).getProperties().get(TimelineStyles.EVENT_ID_KEY)).isEqualTo(9L);
    }

    /** Whether {@code e} is drawn within the window; an event far off screen has no node at all. */
    private boolean isOnScreen(FxRobot robot, TimelineEvent e) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup("#timeline-event-" + e.id()).tryQuery().orElse(null);
        if (node == null) {
            return false;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinX() >= 0 && b.getMinX() < view.getScene().getWidth();
    }

    private static Node eventNode(FxRobot robot, TimelineEvent e) {
        return robot.lookup("#timeline-event-" + e.id()).query();
    }
}
