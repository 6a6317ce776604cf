package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.NegotiationBuilder;
import org.parley.model.TimelineEvent;

/** Rescheduling without a scene: pointer travel to time, snapping, the window, and the calls made. */
class EventMovesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TimelineEvent informals = TypicalTimelineEvents.INFORMALS_UNMISS;
    private final List<String> calls = new ArrayList<>();
    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TimelineViewModel();
        // Session 7 May 09:00, deadline 1 Jul 00:00 New York: events may go up to 8 Jul 00:00.
        vm.showNegotiation(new NegotiationBuilder().build().negotiation());
        vm.getEvents().setAll(TypicalTimelineEvents.shuffled());
        vm.moves().setActions(new TimelineActions() {
            @Override
            public boolean reschedule(TimelineEvent event, Instant to) {
                calls.add(event.id() + " to " + to);
                TimelineEvent moved = new TimelineEvent(event.id(), to, event.title(), event.kind(),
                        event.description(), event.provenance(), event.missionIds(), event.proposalIds());
                vm.getEvents().set(vm.getEvents().indexOf(event), moved);
                return true;
            }

            @Override
            public void edit(TimelineEvent event) {
                calls.add("edit " + event.id());
            }
        });
    }

    @Test
    void dragTarget_zoomedIn_mapsPixelsToHoursThroughTheScale_andSnapsToTheHour() {
        TimeScale scale = new TimeScale(ny("2018-06-20T00:00"), 10, NEW_YORK);
        Instant at = ny("2018-06-26T09:00");

        assertThat(vm.moves().dragTarget(at, 24, scale)).isEqualTo(ny("2018-06-26T11:00"));
        assertThat(vm.moves().dragTarget(at, -26, scale)).isEqualTo(ny("2018-06-26T06:00"));
    }

    @Test
    void dragTarget_zoomedOut_movesByWholeDays() {
        TimeScale scale = new TimeScale(ny("2018-06-20T00:00"), 3, NEW_YORK);
        Instant at = ny("2018-06-26T09:00");

        assertThat(vm.moves().dragTarget(at, 2 * 72 + 20, scale)).isEqualTo(ny("2018-06-28T09:00"));
    }

    @Test
    void dragTarget_pastTheWindow_stopsOnTheLastDayInside() {
        TimeScale scale = new TimeScale(ny("2018-06-20T00:00"), 3, NEW_YORK);

        assertThat(vm.moves().dragTarget(ny("2018-06-26T09:00"), 72 * 40, scale)).isEqualTo(ny("2018-07-07T09:00"));
        assertThat(vm.moves().dragTarget(ny("2018-06-26T09:00"), -72 * 80, scale)).isEqualTo(ny("2018-05-07T09:00"));
    }

    @Test
    void nudgeSelected_movesByOneSnapUnit_andKeepsTheSelectionOnTheMovedEvent() {
        vm.setZoom(10);
        vm.select(informals);

        assertThat(vm.moves().nudgeSelected(1)).isTrue();

        assertThat(calls).containsExactly("5 to 2018-06-26T14:00:00Z");
        assertThat(vm.getSelectedEvent().id()).isEqualTo(5);
        assertThat(vm.getSelectedEvent().at()).isEqualTo(Instant.parse("2018-06-26T14:00:00Z"));
    }

    @Test
    void nudgeSelected_atDefaultZoom_movesByADay() {
        vm.setZoom(3);
        vm.select(informals);

        vm.moves().nudgeSelected(-1);

        assertThat(calls).containsExactly("5 to 2018-06-25T13:00:00Z");
    }

    @Test
    void nudge_pastTheWindow_doesNothing() {
        vm.setZoom(3);
        TimelineEvent last = TypicalTimelineEvents.event(9, "2018-07-08T04:00:00Z", "Last moment",
                org.parley.model.EventKind.EXTERNAL_EVENT);
        vm.getEvents().add(last);
        vm.select(last);

        assertThat(vm.moves().nudgeSelected(1)).isFalse();
        assertThat(calls).isEmpty();
    }

    @Test
    void moveTo_whereItIs_orWhenReadOnly_callsNothing() {
        assertThat(vm.moves().moveTo(informals, informals.at())).isFalse();
        vm.moves().setActions(null);
        assertThat(vm.moves().moveTo(informals, informals.at().plusSeconds(3600))).isFalse();

        assertThat(calls).isEmpty();
    }

    @Test
    void editSelected_opensTheSelectedEvent() {
        vm.moves().editSelected();
        vm.select(informals);
        vm.moves().editSelected();

        assertThat(calls).containsExactly("edit 5");
    }

    private static Instant ny(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
