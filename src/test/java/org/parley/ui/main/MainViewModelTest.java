package org.parley.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.model.NegotiationBuilder.line;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.AmendmentKind;
import org.parley.model.BudgetLine;
import org.parley.model.Delegation;
import org.parley.model.DeskClock;
import org.parley.model.EventKind;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.NegotiationBuilder;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;
import org.parley.ui.missions.MissionRow;

class MainViewModelTest {

    private final MainViewModel vm = new MainViewModel();
    private Mission monusco;
    private Mission unmiss;
    private Proposal ruCuts;
    private Proposal usCuts;
    private TimelineEvent informalsMonusco;
    private TimelineEvent informalsUnmiss;

    @BeforeEach
    void setUp() {
        NegotiationBuilder b = new NegotiationBuilder();
        Delegation ru = b.delegation("RU", "Russian Federation");
        Delegation us = b.delegation("US", "United States");
        BudgetLine hr = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 4_000_000);
        BudgetLine hr2 = line(b.id(), "Human rights", LineCategory.HUMAN_RIGHTS, 3_000_000);
        monusco = b.mission("MONUSCO", 1_000_000_000, hr);
        unmiss = b.mission("UNMISS", 1_100_000_000, hr2);
        ruCuts = b.proposal(ru, b.amend(Target.line(monusco.id(), hr.id()), AmendmentKind.PERCENT_CUT, 5000),
                b.amend(Target.line(unmiss.id(), hr2.id()), AmendmentKind.PERCENT_CUT, 5000));
        usCuts = b.proposal(us, b.amend(Target.WHOLE_BUDGET, AmendmentKind.TOPLINE_CUT, 129_000_000));
        informalsMonusco = b.event("Informals on MONUSCO", EventKind.INFORMAL_CONSULTATIONS,
                Instant.parse("2018-06-27T14:00:00Z"), Set.of(monusco.id()));
        informalsUnmiss = b.event("Informals on UNMISS", EventKind.INFORMAL_CONSULTATIONS,
                Instant.parse("2018-06-26T14:00:00Z"), Set.of(unmiss.id()));
        NegotiationData data = b.build();
        Clock wall = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
        vm.show(data, ProposedCuts.of(data), Path.of("/tmp/talks.db"), DeskClock.forNegotiation(data.negotiation(), wall));
    }

    @Test
    void show_fillsTheHeaderAndStatusLine() {
        assertThat(vm.countdownProperty().get()).isEqualTo("4 days 15 h to deadline — 1 Jul 2018 00:00 New York");
        assertThat(vm.deskTimeProperty().get()).isEqualTo("Replay: 26 Jun 2018 09:00 New York");
        assertThat(vm.countsTextProperty().get()).isEqualTo("2 missions · 2 proposals · 2 events · 0 posts");
        assertThat(vm.workspaceTextProperty().get()).isEqualTo("Workspace: /tmp/talks.db");
    }

    @Test
    void selectingAMission_marksItsProposalsAndOnlyItsOwnEvents() {
        vm.missions().selectedRowProperty().set(new MissionRow.OfMission(monusco));
        assertThat(vm.proposals().getRelatedProposalIds()).containsExactly(ruCuts.id());
        assertThat(vm.timeline().getHighlightedEventIds()).containsExactly(informalsMonusco.id());
        assertThat(vm.detailsProperty().get()).startsWith("MONUSCO");
    }

    @Test
    void selectingAProposal_marksTheMissionsItTouches() {
        vm.proposals().selectedProposalProperty().set(ruCuts);
        assertThat(vm.missions().getRelatedMissionIds()).containsExactlyInAnyOrder(monusco.id(), unmiss.id());
        vm.proposals().selectedProposalProperty().set(usCuts);
        assertThat(vm.missions().getRelatedMissionIds()).isEmpty();
        assertThat(vm.detailsProperty().get()).contains("Whole budget (unallocated): top-line cut");
    }

    @Test
    void selectingAnEvent_marksItsMissionsAndShowsItsDetails() {
        vm.timeline().selectedEventProperty().set(informalsUnmiss);
        assertThat(vm.missions().getRelatedMissionIds()).containsExactly(unmiss.id());
        assertThat(vm.detailsProperty().get()).startsWith("Informals on UNMISS").contains("Missions: UNMISS");
    }
}
