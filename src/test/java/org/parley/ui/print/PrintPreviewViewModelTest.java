package org.parley.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.Mission;
import org.parley.print.Orientation;
import org.parley.print.Paper;
import org.parley.service.Briefings;
import org.parley.service.SampleDesk;

/** The preview's state and commands on the real sample, with the work run in place. */
class PrintPreviewViewModelTest {

    private static final Mission MONUSCO = PrintSamples.SAMPLE.missionByCode("MONUSCO").orElseThrow();

    private static PrintPreviewViewModel preview(SheetChoice first) {
        return new PrintPreviewViewModel(PrintSamples.briefings(),
                Runnable::run, Runnable::run, first);
    }

    @Test
    void opening_laysTheChosenSheetOut_andShowsPageOne() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));

        assertThat(vm.sheetProperty().get().title()).isEqualTo("Mission brief: MONUSCO");
        assertThat(vm.pageTextProperty().get()).isEqualTo("Page 1 of " + vm.pagesProperty().get().size());
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void aChangeOnTheDesk_buildsTheSheetAgain_fromTheNegotiationAsItNowStands() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));
        int[] seen = {0};
        vm.revisionProperty().addListener((o, a, b) -> seen[0]++);
        Mission renamed = new Mission(MONUSCO.id(), MONUSCO.code(), "Renamed mission", MONUSCO.location(),
                "Ms Coordinator", MONUSCO.status(), MONUSCO.baselines(), MONUSCO.lines(), MONUSCO.notes());
        List<Mission> missions = new ArrayList<>(PrintSamples.SAMPLE.missions());
        missions.replaceAll(m -> m.id() == MONUSCO.id() ? renamed : m);
        var changed = PrintSamples.SAMPLE.withMissions(missions);

        vm.negotiationChanged(new Briefings(changed, SampleDesk.NOW, since -> List.of()));

        String text = org.parley.print.PageText.of(vm.pagesProperty().get());
        assertThat(text).contains("Renamed mission").contains("Ms Coordinator");
        assertThat(vm.choiceProperty().get()).isEqualTo(SheetChoice.mission(MONUSCO.id()));
        assertThat(seen[0]).isEqualTo(1);
    }

    @Test
    void aSubjectThatIsGone_givesWayToTheDailyBrief() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));
        List<Mission> missions = new ArrayList<>(PrintSamples.SAMPLE.missions());
        missions.removeIf(m -> m.id() == MONUSCO.id());
        List<org.parley.model.Proposal> proposals = PrintSamples.SAMPLE.proposals().stream()
                .map(p -> new org.parley.model.Proposal(p.id(), p.delegationId(), p.title(), p.tabledAt(), p.status(),
                        p.provenance(), p.amendments().stream().filter(a -> !a.target().touchesMission(MONUSCO.id()))
                        .toList())).toList();
        List<org.parley.model.TimelineEvent> events = PrintSamples.SAMPLE.events().stream()
                .map(e -> new org.parley.model.TimelineEvent(e.id(), e.at(), e.title(), e.kind(), e.description(),
                        e.provenance(), e.missionIds().stream().filter(id -> id != MONUSCO.id())
                        .collect(java.util.stream.Collectors.toSet()), e.proposalIds())).toList();
        var without = PrintSamples.SAMPLE.withProposals(proposals).withEvents(events).withMissions(missions);

        vm.negotiationChanged(new Briefings(without, SampleDesk.NOW, since -> List.of()));

        assertThat(vm.choiceProperty().get().kind()).isEqualTo(SheetKind.DAILY);
        assertThat(vm.sheetProperty().get().title()).isEqualTo("Daily brief");
    }

    @Test
    void paging_stopsAtBothEnds() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));
        int count = vm.pagesProperty().get().size();

        vm.previous();
        assertThat(vm.pageIndexProperty().get()).isZero();
        for (int i = 0; i < count + 2; i++) {
            vm.next();
        }
        assertThat(vm.pageIndexProperty().get()).isEqualTo(count - 1);
        assertThat(vm.atLastPage().get()).isTrue();
    }

    @Test
    void anotherPaper_laysTheSheetOutAgain_onThatPaper() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));

        vm.paperProperty().set(Paper.LETTER);
        vm.orientationProperty().set(Orientation.LANDSCAPE);

        assertThat(vm.pageProperty().get().setup().paper()).isEqualTo(Paper.LETTER);
        assertThat(vm.pageProperty().get().width()).isEqualTo(792f);
    }

    @Test
    void aLayoutThatArrivesLate_isDropped_forTheOneAskedForLast() {
        List<Runnable> queued = new ArrayList<>();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(PrintSamples.briefings(),
                queued::add, Runnable::run, SheetChoice.mission(MONUSCO.id()));
        vm.orientationProperty().set(Orientation.LANDSCAPE);

        // The landscape layout finishes first, then the (older) portrait one.
        queued.get(1).run();
        queued.get(0).run();

        assertThat(vm.pageProperty().get().setup().orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theDailyBrief_looksBackAsChosen() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));

        vm.chooseKind(SheetKind.DAILY);
        assertThat(vm.choiceProperty().get()).isEqualTo(SheetChoice.daily(SheetChoice.DAY));
        assertThat(vm.sheetProperty().get().title()).containsIgnoringCase("daily");

        vm.chooseLookback(PrintPreviewViewModel.LOOKBACKS.get(2));
        assertThat(vm.choiceProperty().get().lookback()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void theDailyBrief_sinceATypedTime_inTheNegotiationsZone() {
        List<Instant> asked = new ArrayList<>();
        Briefings recording = new Briefings(PrintSamples.SAMPLE, SampleDesk.NOW, since -> {
            asked.add(since);
            return List.of();
        });
        PrintPreviewViewModel vm = new PrintPreviewViewModel(recording,
                Runnable::run, Runnable::run, SheetChoice.daily(SheetChoice.DAY));

        assertThat(vm.chooseSince("2018-06-25 18:00")).isEmpty();

        Instant since = Instant.parse("2018-06-25T22:00:00Z"); // 18:00 in New York (EDT)
        assertThat(vm.choiceProperty().get().since()).isEqualTo(since);
        assertThat(asked).last().isEqualTo(since);
        assertThat(org.parley.print.PageText.of(vm.pagesProperty().get()))
                .contains("What changed since 25 Jun 2018 18:00");

        // Back to a preset window: the typed time no longer counts.
        vm.chooseLookback(PrintPreviewViewModel.LOOKBACKS.get(0));
        assertThat(vm.choiceProperty().get().since()).isNull();
        assertThat(asked).last().isEqualTo(SampleDesk.NOW.minus(SheetChoice.DAY));
    }

    @Test
    void aTypedTimeThatIsNotATime_orIsStillToCome_isNamed_andChangesNothing() {
        PrintPreviewViewModel vm = preview(SheetChoice.daily(SheetChoice.DAY));

        assertThat(vm.chooseSince("yesterday evening")).contains("25 Jun 2018 18:00").contains("New York");
        assertThat(vm.chooseSince("2030-01-01 00:00")).contains("still to come");
        assertThat(vm.choiceProperty().get()).isEqualTo(SheetChoice.daily(SheetChoice.DAY));
    }

    @Test
    void inAReplay_theDailyBriefsWindow_endsAtTheDesksNow_notAtTheWallClocks() {
        List<Instant> asked = new ArrayList<>();
        Instant desk = Instant.parse("2018-06-26T13:00:00Z");
        Briefings replaying = new Briefings(PrintSamples.SAMPLE, desk, since -> {
            asked.add(since);
            return List.of();
        });
        PrintPreviewViewModel vm = new PrintPreviewViewModel(replaying, Runnable::run, Runnable::run,
                SheetChoice.daily(Duration.ofDays(7)));

        assertThat(asked).containsExactly(desk.minus(Duration.ofDays(7)));
        // a time after the desk's "now" is still to come in the replay, though long past on the wall clock
        assertThat(vm.chooseSince("26 Jun 2018 10:00")).contains("still to come");
        assertThat(vm.chooseSince("26 Jun 2018 08:00")).isEmpty();
    }

    @Test
    void anotherKind_startsOnItsFirstSubject() {
        PrintPreviewViewModel vm = preview(SheetChoice.daily(SheetChoice.DAY));

        vm.chooseKind(SheetKind.DELEGATION);

        long first = PrintSamples.SAMPLE.delegations().get(0).id();
        assertThat(vm.choiceProperty().get()).isEqualTo(SheetChoice.delegation(first));
        assertThat(vm.subjects(SheetKind.DELEGATION)).hasSize(PrintSamples.SAMPLE.delegations().size());
    }

    @Test
    void thePdfsName_isTheSheetsTitle_withoutCharactersFilesRefuse() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));

        assertThat(vm.pdfFileName()).isEqualTo("Mission brief - MONUSCO.pdf");
    }

    @Test
    void zoom_walksTheSteps_andLeavesFitWidth() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));

        vm.zoomIn();
        assertThat(vm.fitWidthProperty().get()).isFalse();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        vm.zoomOut();
        vm.zoomOut();
        assertThat(vm.zoomProperty().get()).isEqualTo(0.9);
        assertThat(PrintPreviewViewModel.fitting(10_000, 595f)).isEqualTo(2.0);
        assertThat(PrintPreviewViewModel.fitting(100, 595f)).isEqualTo(0.5);
    }

    /** Paper and orientation chosen in the print dialog: the preview lays the sheet out again on them (issue 13). */
    @Test
    void thePaperChosenInThePrintDialog_isThePaperThePreviewShows() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));
        // US Letter landscape as a printer's job reports it: 612 × 792 pt, hardware margins of 18 pt (¼ inch).
        PrinterFit fit = PrinterFit.of("Letter", 612, 792, true, 18, 18, 18, 18);

        vm.followPrinter(fit.setup());

        assertThat(vm.paperProperty().get()).isEqualTo(org.parley.print.Paper.LETTER);
        assertThat(vm.orientationProperty().get()).isEqualTo(org.parley.print.Orientation.LANDSCAPE);
        org.parley.print.Page first = vm.pagesProperty().get().get(0);
        assertThat(first.width()).isEqualTo(792f);
        assertThat(first.height()).isEqualTo(612f);
        // The preview's pages are the printed ones: laid out on the very setup the printer gets.
        assertThat(vm.setup()).isEqualTo(fit.setup());
        assertThat(vm.pagesProperty().get()).isEqualTo(org.parley.print.SheetLayout.layout(vm.sheetProperty().get(),
                fit.setup()));
    }

    @Test
    void aPrinterNeedingWiderMargins_widensThePreviewsToo_andChoosingPaperAgainKeepsThem() {
        PrintPreviewViewModel vm = preview(SheetChoice.mission(MONUSCO.id()));
        PrinterFit fit = PrinterFit.of("A4", 595.28, 841.89, false, 40.2, 40, 40, 40);

        vm.followPrinter(fit.setup());
        assertThat(vm.setup().margin()).isEqualTo(41f); // the widest hardware margin, rounded up

        vm.orientationProperty().set(org.parley.print.Orientation.LANDSCAPE);
        assertThat(vm.setup()).isEqualTo(new org.parley.print.PageSetup(org.parley.print.Paper.A4,
                org.parley.print.Orientation.LANDSCAPE, 41f));
    }
}
