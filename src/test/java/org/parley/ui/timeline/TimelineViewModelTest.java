package org.parley.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.SetChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Negotiation;
import org.parley.model.Provenance;
import org.parley.model.TimelineEvent;

class TimelineViewModelTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final TimelineEvent early = TypicalTimelineEvents.UNISFA;
    private final TimelineEvent middle = TypicalTimelineEvents.HRC;
    private final TimelineEvent late = TypicalTimelineEvents.INFORMALS_UNMISS;

    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TimelineViewModel();
        vm.setZone(NEW_YORK);
        vm.setRange(Instant.parse("2018-05-07T14:00:00Z"), Instant.parse("2018-07-04T04:00:00Z"));
        // Deliberately not in time order: keyboard order must come from the dates.
        vm.getEvents().setAll(late, early, middle);
    }

    @Test
    void setZoom_aboveMaximum_isClampedToMaximum() {
        vm.setZoom(1e9);

        assertThat(vm.getZoom()).isEqualTo(TimelineViewModel.MAX_ZOOM);
        assertThat(vm.atMaxZoomProperty().get()).isTrue();
    }

    @Test
    void zoomOut_repeatedly_stopsAtMinimum() {
        for (int i = 0; i < 50; i++) {
            vm.zoomOut();
        }

        assertThat(vm.getZoom()).isEqualTo(TimelineViewModel.MIN_ZOOM);
        assertThat(vm.atMinZoomProperty().get()).isTrue();
    }

    @Test
    void zoomIn_multipliesByOneStep() {
        vm.setZoom(4);

        vm.zoomIn();

        assertThat(vm.getZoom()).isEqualTo(4 * TimelineViewModel.ZOOM_STEP);
    }

    @Test
    void zoomToFit_withNoDeadlineNorNow_spreadsTheWholeRangeOverTheWidth() {
        vm.getEvents().clear();
        vm.zoomToFit(1382); // 7 May 14:00Z to 4 Jul 04:00Z is 57 days 14 hours = 1382 hours

        assertThat(vm.getZoom()).isEqualTo(1.0);
    }

    @Test
    void zoomToFit_endsAtTheDeadline_notTheDaysTheAxisRunsOnPastIt() {
        vm.getEvents().setAll(early, middle);
        vm.setDeadline(Instant.parse("2018-07-01T04:00:00Z")); // 7 May 14:00Z to 1 Jul 04:00Z: 1310 hours

        vm.zoomToFit(655);

        assertThat(vm.fitEnd()).isEqualTo(Instant.parse("2018-07-01T04:00:00Z"));
        assertThat(vm.getZoom()).isEqualTo(0.5);
    }

    @Test
    void zoomToFit_reachesTheDesksNow_whenItFallsOnTheAxis_andIgnoresALiveClockYearsLater() {
        vm.getEvents().setAll(early, middle);
        vm.setDeadline(Instant.parse("2018-07-01T04:00:00Z"));
        vm.deskNowProperty().set(Instant.parse("2018-07-02T04:00:00Z")); // a replay past the deadline

        assertThat(vm.fitEnd()).isEqualTo(Instant.parse("2018-07-02T04:00:00Z"));

        vm.deskNowProperty().set(Instant.parse("2026-12-06T20:00:00Z")); // a live desk on a 2018 sample
        assertThat(vm.fitEnd()).isEqualTo(Instant.parse("2018-07-01T04:00:00Z"));
    }

    @Test
    void axis_widensToIncludeAnEventBeforeTheRange() {
        TimelineEvent before = TypicalTimelineEvents.event(9, "2018-04-30T12:00:00Z", "Report issued",
                EventKind.DOCUMENT_ISSUED);

        vm.getEvents().add(before);

        assertThat(vm.axisStart()).isEqualTo(before.at());
        assertThat(vm.axisEnd()).isEqualTo(vm.getEnd());
    }

    @Test
    void selectNext_fromNothing_walksEventsInTimeOrder() {
        vm.selectNext();
        assertThat(vm.getSelectedEvent()).isEqualTo(early);
        vm.selectNext();
        assertThat(vm.getSelectedEvent()).isEqualTo(middle);
        vm.selectNext();
        assertThat(vm.getSelectedEvent()).isEqualTo(late);
    }

    @Test
    void selectNext_onLastEvent_staysThere() {
        vm.select(late);

        vm.selectNext();

        assertThat(vm.getSelectedEvent()).isEqualTo(late);
    }

    @Test
    void selectPrevious_fromNothing_selectsTheLatestEvent() {
        vm.selectPrevious();

        assertThat(vm.getSelectedEvent()).isEqualTo(late);
    }

    @Test
    void selectPrevious_stepsBackInTime() {
        vm.select(middle);

        vm.selectPrevious();

        assertThat(vm.getSelectedEvent()).isEqualTo(early);
    }

    @Test
    void select_eventNotOnTheTimeline_isRejected() {
        TimelineEvent stranger = TypicalTimelineEvents.event(99, "2018-06-01T12:00:00Z", "Elsewhere", EventKind.BILATERAL);

        assertThatThrownBy(() -> vm.select(stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingTheSelectedEvent_clearsTheSelection() {
        vm.select(middle);

        vm.getEvents().remove(middle);

        assertThat(vm.getSelectedEvent()).isNull();
    }

    @Test
    void highlightedIds_areOneLiveSet_thatTellsListenersOfChanges() {
        Set<Long> seen = new HashSet<>();
        vm.getHighlightedEventIds().addListener((SetChangeListener<Long>) c -> seen.add(c.getElementAdded()));

        vm.getHighlightedEventIds().addAll(Set.of(1L, 3L));

        assertThat(seen).containsExactlyInAnyOrder(1L, 3L);
        assertThat(vm.getHighlightedEventIds()).isSameAs(vm.getHighlightedEventIds()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void setRange_endBeforeStart_isRejected() {
        Instant t = Instant.parse("2018-06-01T00:00:00Z");

        assertThatThrownBy(() -> vm.setRange(t, t.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showNegotiation_runsTheAxisThreeDaysPastTheDeadline() {
        Instant deadline = Instant.parse("2018-07-01T04:00:00Z");
        Negotiation n = new Negotiation(1, "Peacekeeping budgets 2018/19", "Fifth Committee",
                Instant.parse("2018-05-07T14:00:00Z"), deadline, NEW_YORK, null, "USD");
        vm.setZone(ZoneId.of("UTC"));

        vm.showNegotiation(n);

        assertThat(vm.getStart()).isEqualTo(n.sessionStart());
        assertThat(vm.getEnd()).isEqualTo(Instant.parse("2018-07-04T04:00:00Z"));
        assertThat(vm.getDeadline()).isEqualTo(deadline);
        assertThat(vm.getZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void describe_sourcedEvent_readsInZoneWithKindTitleDescriptionAndSource() {
        TimelineEvent e = new TimelineEvent(7, Instant.parse("2018-06-26T13:00:00Z"), "Informals UNMISS",
                EventKind.INFORMAL_CONSULTATIONS, "Conference room 5", Provenance.sourced("A/C.5/72/L.40"),
                Set.of(), Set.of());

        assertThat(vm.describe(e)).isEqualTo("""
                26 Jun 2018 09:00 New York
                Informal consultations
                Informals UNMISS
                Conference room 5
                Source: A/C.5/72/L.40""");
    }

    @Test
    void anOutcomeAfterTheDesksNow_isNotYetKnown_andItsTooltipSaysFromWhen() {
        Instant adoption = Instant.parse("2018-07-06T02:00:00Z");
        TimelineEvent e = new TimelineEvent(9, adoption, "General Assembly adopts the budgets", EventKind.PLENARY, "",
                Provenance.sourced("GA/12039"), Set.of(), Set.of(), EventTiming.HOUR_ILLUSTRATIVE, adoption);
        TimelineEvent scheduled = new TimelineEvent(10, adoption, "Plenary meeting", EventKind.PLENARY, "",
                Provenance.sourced("Journal"), Set.of(), Set.of());

        vm.setDeskNow(Instant.parse("2018-06-26T13:00:00Z"));
        assertThat(vm.known(e)).isFalse();
        assertThat(vm.known(scheduled)).as("a meeting is known in advance").isTrue();
        assertThat(vm.describe(e)).startsWith("""
                Not yet known on the desk's date: known from 5 Jul 2018 22:00 New York
                5 Jul 2018 22:00 New York *
                * Time: the source gives the day; the hour is illustrative
                Plenary""");
        vm.setDeskNow(adoption);
        assertThat(vm.known(e)).isTrue();
        assertThat(vm.describe(e)).startsWith("5 Jul 2018 22:00 New York *\n");
    }

    @Test
    void describe_illustrativeEvent_saysIllustrative() {
        TimelineEvent e = new TimelineEvent(8, Instant.parse("2018-06-27T14:00:00Z"), "Bilateral with G77",
                EventKind.BILATERAL, "", Provenance.illustrative(""), Set.of(), Set.of());

        assertThat(vm.describe(e)).endsWith("Bilateral with G77\nIllustrative");
    }
}
