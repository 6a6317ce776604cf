package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.ChangeRecord;
import org.parley.model.Delegation;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.Share;
import org.parley.model.TopLineAllocation;
import org.parley.service.RichSample;

/** The sheets' content, on the sample with positions, a compromise, our lines and scenarios. */
class BriefSheetsTest {

    private static final Instant NOW = Instant.parse("2018-06-26T13:00:00Z"); // 09:00 in New York
    private static NegotiationData data;
    private static BriefContext ctx;

    @BeforeAll
    static void sample() throws Exception {
        data = RichSample.data();
        ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
    }

    private static String text(Sheet sheet) {
        return PageText.of(SheetLayout.layout(sheet, PageSetup.A4_PORTRAIT));
    }

    private static Mission monusco() {
        return data.missionByCode("MONUSCO").orElseThrow();
    }

    @Test
    void theMissionBriefHasWhatADelegateAsksAtTheDoor() {
        String text = text(MissionBrief.build(ctx, monusco()));

        assertThat(text).contains("Mission brief: MONUSCO")
                .contains("As of 26 Jun 2018 09:00 New York")
                .contains("4 days 15 h to deadline — 1 Jul 2018 00:00 New York")
                // baselines, sourced and illustrative
                .contains("ACABQ recommended | $1,110,000,000* | Illustrative")
                // who tabled what
                .contains("Russian").contains("China").contains("| Human rights | −50% | −$4,890,000*")
                // positions by delegation, compromise, our line
                .contains("Capital's instruction").contains("red line")
                .contains("−25% — Half the cut | EG").contains("under consideration")
                .contains("Hold the SG's level").contains("Accept half | Accept a third")
                // posts at risk, next events, the illustrative note
                .contains("All grades | 93 | 10 | ")
                .contains("Informals on MONUSCO")
                .contains(Figures.ILLUSTRATIVE_NOTE.substring(0, 40));
    }

    /** Beside the posts abolished, the posts the dollar cuts put at risk, marked and explained as an estimate. */
    @Test
    void theMissionBriefShowsThePostsAtRisk_asAnEstimate_besideThoseAbolished() {
        Mission m = monusco();
        // on the table: what aims at the mission, and the US cut allocated to it (decision 0025)
        List<Proposal> onTable = data.proposals().stream().filter(p -> p.touchesMission(m.id())
                || p.amendments().stream().anyMatch(a -> TopLineAllocation.partOf(data, a, m.id()) > 0)).toList();
        MissionTotals all = new Adoption(ctx).of(onTable, Share.WHOLE, m.id());

        String text = text(MissionBrief.build(ctx, m));

        assertThat(all.atRisk().total()).as("the rich sample halves MONUSCO's human-rights line").isPositive();
        assertThat(text).contains("At risk (estimate)")
                .contains("All grades | 93 | 10 | " + all.atRisk().total())
                .contains(all.atRisk().total() + " at risk")
                .contains("Posts at risk (estimate):");
    }

    @Test
    void onTheDesksDate_theMissionBriefKnowsNeitherTheFinalFigureNorTheAdoption() {
        // 26 June 2018: the General Assembly adopts the budgets on 5 July; its figure is not known yet.
        String text = text(MissionBrief.build(ctx, monusco()));

        assertThat(text).doesNotContain("Final approved").doesNotContain("1,090,000,000")
                .doesNotContain("General Assembly adopts").doesNotContain("package agreed")
                // a meeting ahead is known in advance, and the deadline
                .contains("Informals on MONUSCO").contains("Deadline: 2017/18 budgets expire")
                // its hour is chosen for the replay, and says so
                .contains("27 Jun 2018 10:00*")
                .contains(Figures.TIME_NOTE.substring(0, 40));
    }

    @Test
    void onceTheAssemblyHasAdopted_theMissionBriefShowsTheFinalFigure() {
        Instant after = Instant.parse("2018-07-06T03:00:00Z"); // 5 July 23:00 New York
        String text = text(MissionBrief.build(new BriefContext(data, after, "CONFIDENTIAL"), monusco()));

        assertThat(text).contains("Final approved | $1,090,000,000 | Source: GA/AB/4324");
    }

    @Test
    void theDailyBrief_leavesOutAnOutcomeOfItsDayNotYetKnown() {
        // 5 July 2018, 09:00 New York: the plenary adopts the budgets that night; the day's sheet does not know it.
        Instant morning = Instant.parse("2018-07-05T13:00:00Z");
        String text = text(DailyBrief.build(new BriefContext(data, morning, "CONFIDENTIAL"), morning, List.of()));

        assertThat(text).contains("Today, 5 Jul 2018").doesNotContain("General Assembly adopts")
                .doesNotContain("Fifth Committee approves");
        Instant night = Instant.parse("2018-07-06T03:00:00Z");
        String later = text(DailyBrief.build(new BriefContext(data, night, "CONFIDENTIAL"), night, List.of()));
        assertThat(later).contains("Today, 5 Jul 2018").contains("General Assembly adopts")
                .contains("22:00* | General Assembly adopts the peacekeeping budgets").contains("All budgets");
    }

    @Test
    void allHalfAndAQuarterFollowTheScenarioRules() {
        Mission m = monusco();
        // on the table: what aims at the mission, and the US cut allocated to it (decision 0025)
        List<Proposal> onTable = data.proposals().stream().filter(p -> p.touchesMission(m.id())
                || p.amendments().stream().anyMatch(a -> TopLineAllocation.partOf(data, a, m.id()) > 0)).toList();
        Adoption adoption = new Adoption(ctx);
        for (Share share : MissionBrief.SHARES) {
            Scenario s = new Scenario(9, "check", 0,
                    onTable.stream().map(p -> ScenarioItem.proposal(p.id(), share)).toList());
            MissionTotals full = ScenarioCalculator.of(data, s).mission(m.id()).orElseThrow();
            assertThat(adoption.of(onTable, share, m.id()).cut()).isEqualTo(full.cut());
        }
        String text = text(MissionBrief.build(ctx, m));
        MissionTotals half = adoption.of(onTable, Share.ofBasisPoints(5_000), m.id());
        assertThat(text).contains(Figures.cutDollars(half.cut().usd()) + "*");
    }

    @Test
    void aMissionWithNothingOnTheTableSaysSo() {
        // the US cut is allocated to every budget with an ACABQ figure (decision 0025): not those
        Mission quiet = data.missions().stream()
                .filter(m -> data.proposals().stream().noneMatch(p -> p.touchesMission(m.id())
                        || p.amendments().stream().anyMatch(a -> TopLineAllocation.partOf(data, a, m.id()) > 0)))
                .findFirst().orElseThrow();

        String text = text(MissionBrief.build(ctx, quiet));

        assertThat(text).contains("No proposal on the table for " + quiet.code() + ".")
                .contains("No positions recorded on " + quiet.code() + ".");
    }

    @Test
    void theDelegationBriefListsItsProposalsAndItsStanceOnEveryItem() {
        Delegation ru = data.delegations().stream().filter(d -> d.code().equals("RU")).findFirst().orElseThrow();

        String text = text(DelegationBrief.build(ctx, ru));

        assertThat(text).contains("Delegation brief: Russian Federation")
                .contains("1. MONUSCO / Human rights | −50% | −$4,890,000* | ✕ red line")
                .contains("What RU asks, per mission")
                .contains("No stance of RU recorded on");
    }

    @Test
    void theDailyBriefSortsOpenItemsByDollarsAndListsChangesAndEvents() {
        List<ChangeRecord> changes = List.of(
                new ChangeRecord(2, Instant.parse("2018-06-26T12:00:00Z"), "Record China opposes MONUSCO −50%"),
                new ChangeRecord(1, Instant.parse("2018-06-25T22:15:00Z"), "Move amendment UNMISS / Human rights"));

        String text = text(DailyBrief.build(ctx, Instant.parse("2018-06-25T22:00:00Z"), changes));

        assertThat(text).contains("What changed since 25 Jun 2018 18:00")
                .contains("25 Jun 2018 18:15 | Move amendment UNMISS / Human rights")
                .contains("26 Jun 2018 08:00 | Record China opposes MONUSCO −50%")
                .contains("Today, 26 Jun 2018").contains("Tomorrow, 27 Jun 2018")
                // the hour of an illustrative meeting is marked, and the mark explained
                .contains("10:00* | Informals on MONUSCO")
                .contains(Figures.TIME_NOTE.substring(0, 40));
        // Oldest change first, and the largest open item first.
        assertThat(text.indexOf("Move amendment")).isLessThan(text.indexOf("Record China"));
        int usTopLine = text.indexOf("Whole budget (allocated"); // the rest of the cell wraps
        int monuscoHr = text.indexOf("MONUSCO / Human rights | RU");
        assertThat(usTopLine).isPositive();
        assertThat(monuscoHr).isPositive();
        assertThat(usTopLine).isLessThan(monuscoHr);
    }

    @Test
    void aChangeMadeInAReplay_showsTheDesksTimeAndWhenItWasMade() {
        List<ChangeRecord> changes = List.of(
                new ChangeRecord(1, Instant.parse("2026-12-05T07:51:00Z"), Instant.parse("2018-06-26T13:00:00Z"),
                        "Record China opposes MONUSCO −50%"));

        String replaying = text(DailyBrief.build(ctx, Instant.parse("2018-06-25T13:00:00Z"), changes));
        String live = text(DailyBrief.build(ctx, Instant.parse("2018-06-25T13:00:00Z"), List.of()));

        assertThat(replaying).contains("26 Jun 2018 09:00 (desk) · made 5 Dec 2026 02:51")
                .contains("shows the desk's time, then when it was made");
        assertThat(live).doesNotContain("(desk)").doesNotContain("when it was made");
    }

    @Test
    void theDailyBriefListsTheLargestOpenItemsAndSumsTheRest() {
        Mission m = monusco();
        long lineId = m.lines().get(0).id();
        List<org.parley.model.Amendment> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(new org.parley.model.Amendment(90_000 + i, org.parley.model.Target.line(m.id(), lineId),
                    org.parley.model.AmendmentKind.AMOUNT_CUT, 1_000L * i, "", org.parley.model.Provenance.UNSOURCED));
        }
        List<Proposal> proposals = new java.util.ArrayList<>(data.proposals());
        proposals.add(new Proposal(90_000, data.delegations().get(0).id(), "Many small cuts", NOW,
                org.parley.model.ProposalStatus.REVISED, org.parley.model.Provenance.UNSOURCED, many));
        NegotiationData more = data.withProposals(proposals);
        int open = (int) more.proposals().stream().flatMap(p -> p.amendments().stream()).count();

        String text = text(DailyBrief.build(new BriefContext(more, NOW, "CONFIDENTIAL"), NOW, List.of()));

        assertThat(text).contains("The " + DailyBrief.OPEN_ITEMS_LISTED + " largest of " + open + " open items.");
        // The smallest of the many cuts ($1,000) is summed, not listed.
        assertThat(text).doesNotContain("| −$1,000 |");
    }

    @Test
    void theScenarioSheetHasItsTotalsTargetAndChart() {
        Scenario middle = data.scenarios().get(0);

        List<Page> pages = SheetLayout.layout(ScenarioSheet.build(ctx, middle), PageSetup.A4_PORTRAIT);
        String text = PageText.of(pages);

        var totals = ScenarioCalculator.of(data, middle);
        assertThat(text).contains("Scenario: Middle ground")
                .contains("Total | " + Figures.cutDollars(totals.grandTotalUsd()))
                .contains("Target | $50,000,000")
                .contains("Dollars cut per mission")
                .contains("Jobs at risk")
                .contains("All grades | " + totals.postsLost() + " | " + totals.postsAtRisk().total() + " | "
                        + (totals.postsLost() + totals.postsAtRisk().total()));
        assertThat(totals.postsAtRisk().isNone()).as("the middle ground cuts lines with posts").isFalse();
        assertThat(text).contains("Posts at risk (estimate):");
        assertThat(pages.stream().flatMap(p -> p.marks().stream()).filter(Mark.Box.class::isInstance)
                .map(Mark.Box.class::cast).filter(b -> b.fillGray() == SheetLayout.BAR_FILL).count())
                .isEqualTo(totals.missions().values().stream().filter(t -> t.cut().usd() > 0).count());
    }
}
