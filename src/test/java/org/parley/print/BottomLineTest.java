package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.ChangeRecord;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.EventKind;
import org.parley.model.EventTiming;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.Item;
import org.parley.model.LineCategory;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.Negotiation;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.PostStatus;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.Provenance;
import org.parley.model.Stance;
import org.parley.model.TalkingPoints;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;

/**
 * The briefs on a negotiation small enough to work out by hand, read back from real PDFs.
 *
 * <p>One mission, TEST, measured from its ACABQ figure of $10,000,000. Its human-rights line has
 * $2,000,000 (ACABQ) and 4 P-3 posts at $100,000 a year. Russia cuts the line by 50%; China
 * abolishes 2 of the P-3 posts. If both pass: the 2 posts go ($200,000), and 50% of what is left
 * of the line ($1,800,000) is $900,000, so $1,100,000 in all, 55% of the line's $2,000,000. The
 * $900,000 beyond the posts is half of what is left of the line, so half of its 2 remaining posts,
 * 1, is at risk (an estimate).
 */
class BottomLineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 26 Jun 2018 09:00 in New York. */
    private static final Instant NOW = Instant.parse("2018-06-26T13:00:00Z");
    private static final long TEST = 1, HR = 11, P3 = 111, RU = 1, CN = 2, G77 = 3, EU = 4;
    private static final long RU_CUT = 21, CN_POSTS = 22, RU_AMENDMENT = 31, CN_AMENDMENT = 32;

    static NegotiationData data(boolean withTalkingPoints) {
        Negotiation n = new Negotiation(1, "Test budgets 2018/19", "Fifth Committee", Instant.parse("2018-05-07T14:00:00Z"),
                Instant.parse("2018-07-01T04:00:00Z"), NEW_YORK, null, "USD");
        List<Delegation> delegations = List.of(
                new Delegation(RU, "RU", "Russian Federation", DelegationKind.STATE, List.of(), ""),
                new Delegation(CN, "CN", "China", DelegationKind.STATE, List.of(), ""),
                new Delegation(G77, "G77", "G77 and China", DelegationKind.GROUP, List.of(CN), ""),
                new Delegation(EU, "EU", "European Union", DelegationKind.GROUP, List.of(), ""));
        Post p3 = new Post(P3, "Human Rights Officer", Grade.P3, 4, PostStatus.ENCUMBERED,
                Figure.sourced(100_000, "A/72/784"), Provenance.sourced("A/72/784"));
        BudgetLine hr = new BudgetLine(HR, "Human rights", LineCategory.HUMAN_RIGHTS,
                Baselines.of(Map.of(Baseline.ACABQ_RECOMMENDED, Figure.sourced(2_000_000, "A/72/789"))), List.of(p3));
        Mission m = new Mission(TEST, "TEST", "Test mission", "Testland", "", MissionStatus.OPEN,
                Baselines.of(Map.of(Baseline.SG_PROPOSED, Figure.sourced(11_000_000, "A/72/784"),
                        Baseline.ACABQ_RECOMMENDED, Figure.sourced(10_000_000, "A/72/789"))), List.of(hr), "");
        Proposal ru = new Proposal(RU_CUT, RU, "Halve human rights", Instant.parse("2018-06-25T14:00:00Z"),
                ProposalStatus.OPENING_BID, Provenance.sourced("Foreign Policy — tabling date is illustrative"),
                List.of(new Amendment(RU_AMENDMENT, Target.line(TEST, HR), AmendmentKind.PERCENT_CUT, 5_000,
                        "duplicates the work of OHCHR", Provenance.sourced("Foreign Policy"))));
        Proposal cn = new Proposal(CN_POSTS, CN, "Fewer officers", Instant.parse("2018-06-25T15:00:00Z"),
                ProposalStatus.OPENING_BID, Provenance.sourced("The New York Times"),
                List.of(new Amendment(CN_AMENDMENT, Target.post(TEST, HR, P3), AmendmentKind.ABOLISH_POSTS, 2, "",
                        Provenance.sourced("The New York Times"))));
        TimelineEvent bilateral = new TimelineEvent(1, Instant.parse("2018-06-26T19:00:00Z"),
                "Bilateral with the Chinese delegation", EventKind.BILATERAL, "", Provenance.sourced("our diary"),
                Set.of(TEST), Set.of(CN_POSTS), EventTiming.HOUR_ILLUSTRATIVE, null);
        TimelineEvent informals = new TimelineEvent(2, Instant.parse("2018-06-27T14:00:00Z"), "Informals on TEST",
                EventKind.INFORMAL_CONSULTATIONS, "", Provenance.sourced("journal"), Set.of(TEST), Set.of());
        List<Position> positions = List.of(
                new Position(RU, Item.amendment(RU_AMENDMENT), Stance.RED_LINE, "capital's instruction"),
                new Position(EU, Item.mission(TEST), Stance.OPPOSES, ""),
                new Position(EU, Item.amendment(CN_AMENDMENT), Stance.FLEXIBLE, ""));
        List<OurLine> ours = List.of(new OurLine(Item.mission(TEST), "Hold the ACABQ level", "Accept 10% on human rights"));
        List<Compromise> compromises = List.of(new Compromise(1, RU_AMENDMENT, "A quarter instead", 2_500, "EG",
                Instant.parse("2018-06-25T20:00:00Z"), CompromiseStatus.UNDER_CONSIDERATION));
        List<TalkingPoints> points = withTalkingPoints ? List.of(new TalkingPoints(TEST, List.of(
                new TalkingPoints.Version(Instant.parse("2018-06-25T12:00:00Z"), "Old points."),
                new TalkingPoints.Version(Instant.parse("2018-06-26T12:30:00Z"), "Protection of civilians needs monitors."))))
                : List.of();
        return new NegotiationData(n, delegations, List.of(m), List.of(ru, cn), List.of(bilateral, informals), positions,
                ours, compromises, List.of(), points);
    }

    private static BriefContext ctx() {
        return new BriefContext(data(true), NOW, "CONFIDENTIAL");
    }

    @Test
    void missionBrief_pageOneIsTheBottomLine_workedOutByHand() throws Exception {
        BriefContext ctx = ctx();
        List<String> pages = PdfPages.of(MissionBrief.build(ctx, ctx.data().mission(TEST).orElseThrow()));
        String one = pages.get(0);

        assertThat(one).contains("The bottom line")
                .contains("Our line Hold the ACABQ level")
                .contains("Fallback Accept 10% on human rights")
                .contains("Red lines RU: red line on Human rights −50% (RU) (\"capital's instruction\")")
                .contains("What we can give −25% instead of Human rights −50% (RU), floated by EG (under consideration)")
                .contains("At stake −$1,100,000 if everything on the table passes (2 proposals, overlaps counted once)")
                .contains("Measured from the ACABQ recommended figure, $10,000,000")
                .contains("Posts 2 posts abolished (2 P-3); 1 more at risk (estimate) (1 P-3)")
                .contains("Programmes Human rights: 55.0% lost; SEA prevention: not tracked")
                // 19:00 UTC is 15:00 in New York; the hour is illustrative, so marked.
                .contains("Next meeting 26 Jun 2018 15:00* — Bilateral with the Chinese delegation")
                .contains("4 days 15 h to deadline")
                .contains("Who stands where")
                // One line per delegation or group, groups first (the cell wraps at the page's edge).
                .contains("European Union (group) − opposes on TEST as a whole; ~ flexible on Human rights / Human Rights"
                        + " Officer (P-3)\n−2 posts (CN)\nRussian Federation ✕ red line on Human rights −50% (RU)")
                .contains("Russian Federation ✕ red line on Human rights −50% (RU)")
                .contains("Talking points").contains("Protection of civilians needs monitors.")
                .doesNotContain("Old points.")
                .contains("Saved 26 Jun 2018 08:30; version 2");
        // Page 1 leads: the detail tables come after the bottom line, who stands where and the talking points.
        String all = String.join("\n", pages);
        assertThat(all.indexOf("The detail")).isGreaterThan(all.indexOf("Talking points"));
        assertThat(all.indexOf("Baselines")).isGreaterThan(all.indexOf("The detail"));
    }

    @Test
    void missionBrief_listsItsLinkedEvents_andTheProposalsCaveats() throws Exception {
        BriefContext ctx = ctx();
        String text = PdfPages.all(MissionBrief.build(ctx, ctx.data().mission(TEST).orElseThrow()));

        assertThat(text).contains("Linked events")
                .contains("26 Jun 2018 15:00* Bilateral with the Chinese delegation bilateral ahead")
                .contains("27 Jun 2018 10:00 Informals on TEST")
                .contains("Caveats of the proposals on the table")
                .contains("RU: Halve human rights Source: Foreign Policy — tabling date is illustrative")
                .contains("Rationale (TEST / Human rights): duplicates the work of OHCHR");
    }

    @Test
    void withoutTalkingPoints_theBriefSaysSo() throws Exception {
        BriefContext ctx = new BriefContext(data(false), NOW, "CONFIDENTIAL");

        assertThat(PdfPages.of(MissionBrief.build(ctx, ctx.data().mission(TEST).orElseThrow())).get(0))
                .contains("No talking points written for TEST.");
    }

    @Test
    void aGroupsBrief_rollsUpItsMembersProposals_andTheirLinkedEvents() throws Exception {
        BriefContext ctx = ctx();
        String text = PdfPages.all(DelegationBrief.build(ctx, ctx.data().delegation(G77).orElseThrow()));

        assertThat(text).doesNotContain("has tabled no proposal")
                .contains("Proposed by G77 and China and its members")
                .contains("CN: Fewer officers")
                // 2 P-3 at $100,000: $200,000 and 2 posts, CN's in full.
                .contains("TEST −$200,000 2 posts 2 P-3")
                .contains("Linked events")
                .contains("26 Jun 2018 15:00* Bilateral with the Chinese delegation")
                .contains("Source: The New York Times");
    }

    @Test
    void aDelegationsBrief_showsThePostsAtRisk_asAnEstimate() throws Exception {
        BriefContext ctx = ctx();
        String text = PdfPages.all(DelegationBrief.build(ctx, ctx.data().delegation(RU).orElseThrow()));

        // RU alone: 50% of $2,000,000 is $1,000,000, no post abolished; half the line's 4 posts, 2, at risk.
        assertThat(text).contains("TEST −$1,000,000 — — 2 at risk (est.)")
                .contains("Posts at risk (estimate):")
                .contains("Rationale (TEST / Human rights): duplicates the work of OHCHR")
                .contains("No event linked to a proposal of RU.");
    }

    @Test
    void theDailyBrief_namesWhoChangedWhat_andThePostsAtRisk() throws Exception {
        BriefContext ctx = ctx();
        List<ChangeRecord> changes = List.of(new ChangeRecord(1, Instant.parse("2018-06-26T12:10:00Z"),
                "RU: stance on TEST / Human rights −50% set to flexible"));

        String text = PdfPages.all(DailyBrief.build(ctx, Instant.parse("2018-06-25T13:00:00Z"), changes));

        assertThat(text).contains("26 Jun 2018 08:10 RU: stance on TEST / Human rights −50% set to flexible")
                .contains("If everything on the table passed")
                .contains("TEST −$1,100,000 2 posts 1 at risk (est.)")
                .contains("Posts at risk (estimate):");
    }
}
