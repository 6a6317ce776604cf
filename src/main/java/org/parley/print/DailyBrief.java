package org.parley.print;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.ChangeRecord;
import org.parley.model.Compromise;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.Derived;
import org.parley.model.DeskTimes;
import org.parley.model.Mission;
import org.parley.model.MissionStatus;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.ProposalStatus;
import org.parley.model.ProposedCuts;
import org.parley.model.Share;
import org.parley.model.TimelineEvent;
import org.parley.model.TopLineAllocation;

/**
 * The daily brief: the countdown, what changed since a chosen time, the open items sorted by
 * dollars at stake, and today's and tomorrow's events.
 */
public final class DailyBrief {

    /** How many open items the sheet lists; the rest are summed in one line, so the brief stays a brief. */
    static final int OPEN_ITEMS_LISTED = 40;

    private DailyBrief() {
    }

    /** An open item: an amendment on a mission not yet agreed, from a proposal not withdrawn. */
    private record Open(Mission mission, Proposal proposal, Amendment amendment, Cut impact) {

        /** The dollars at stake, illustrative when measured from a mission with an illustrative figure. */
        Derived<Long> atStake() {
            return Derived.of(impact.usd(), mission != null && mission.hasIllustrativeFigures());
        }
    }

    public static Sheet build(BriefContext ctx, Instant since, List<ChangeRecord> changes) {
        NegotiationData data = ctx.data();
        List<Block> b = new ArrayList<>();
        b.add(Block.Paragraph.strong(ctx.countdown()));
        long open = data.missions().stream().filter(m -> m.status() == MissionStatus.OPEN).count();
        long adRef = data.missions().stream().filter(m -> m.status() == MissionStatus.AD_REF).count();
        long agreed = data.missions().stream().filter(m -> m.status() == MissionStatus.AGREED).count();
        b.add(Block.Paragraph.plain(data.missions().size() + " budgets: " + open + " open, " + adRef + " ad ref, "
                + agreed + " agreed."));

        b.add(new Block.Heading("What changed since " + ctx.when(since)));
        List<Block.Row> changed = changes.stream()
                .sorted(Comparator.comparing(ChangeRecord::deskTime).thenComparing(ChangeRecord::id))
                .map(c -> Block.Row.of(c.when(ctx.zone()), c.description()))
                .toList();
        boolean inReplay = changes.stream().anyMatch(ChangeRecord::madeInReplay);
        if (inReplay) {
            // A desk replaying a past negotiation: its "now" is 2018, the work on it is today (decision 0029).
            b.add(Block.Paragraph.note("A change made while the desk replayed an earlier date shows the desk's time,"
                    + " then when it was made on this machine."));
        }
        b.add(new Block.Table(List.of(Block.Column.left("When", inReplay ? 6.4f : 2.2f), Block.Column.left("Change", 8f)), changed,
                "No change recorded since " + ctx.when(since) + "."));

        boolean anyIllustrative = stakes(b, ctx);

        b.add(new Block.Heading("Open items by dollars at stake"));
        Map<Long, List<Compromise>> compromisesByAmendment = data.compromises().stream()
                .collect(Collectors.groupingBy(Compromise::amendmentId));
        List<Open> items = new ArrayList<>();
        for (Proposal p : data.proposals()) {
            if (!data.counts(p) || p.status() == ProposalStatus.AGREED) {
                continue;
            }
            for (Amendment a : p.amendments()) {
                Long missionId = a.target().missionId();
                Mission m = missionId == null ? null : data.mission(missionId).orElse(null);
                if (m != null && m.status() == MissionStatus.AGREED) {
                    continue;
                }
                items.add(new Open(m, p, a, ProposedCuts.impactOf(data, a)));
            }
        }
        items.sort(Comparator.comparingLong((Open o) -> -Math.abs(o.impact().usd()))
                .thenComparing(o -> -o.impact().posts())
                .thenComparing(o -> o.amendment().id()));
        List<Block.Row> rows = new ArrayList<>();
        Derived<Long> restUsd = Derived.sourced(0L);
        int restPosts = 0;
        for (int i = OPEN_ITEMS_LISTED; i < items.size(); i++) {
            restUsd = Derived.plus(restUsd, items.get(i).atStake());
            restPosts += items.get(i).impact().posts();
        }
        anyIllustrative |= restUsd.illustrative() && restUsd.value() != 0;
        for (Open o : items.subList(0, Math.min(items.size(), OPEN_ITEMS_LISTED))) {
            anyIllustrative |= o.atStake().illustrative() && !o.impact().isNone();
            String compromise = compromisesByAmendment.getOrDefault(o.amendment().id(), List.of()).stream()
                    .map(c -> AmendmentText.value(o.amendment().kind(), c.value()) + " " + c.status().label())
                    .collect(Collectors.joining("; "));
            rows.add(Block.Row.of(data.describe(o.amendment()),
                    data.delegation(o.proposal().delegationId()).map(Delegation::code).orElse("?"),
                    AmendmentText.value(o.amendment()),
                    Figures.cutDollars(o.atStake()),
                    Figures.posts(o.impact().posts()),
                    o.mission() == null ? Figures.NONE : o.mission().status().label(),
                    compromise.isEmpty() ? Figures.NONE : compromise));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Item", 4f), Block.Column.left("By", 0.9f),
                Block.Column.right("Asks", 1.3f), Block.Column.right("At stake", 2f), Block.Column.right("Posts", 1.2f),
                Block.Column.left("Mission", 1.1f), Block.Column.left("Compromise", 2.5f)), rows,
                "No open item: every amendment is agreed or withdrawn."));
        if (items.size() > OPEN_ITEMS_LISTED) {
            b.add(Block.Paragraph.note("The " + OPEN_ITEMS_LISTED + " largest of " + items.size() + " open items. The other "
                    + (items.size() - OPEN_ITEMS_LISTED) + " come to " + Figures.cutDollars(restUsd) + " and "
                    + restPosts + (restPosts == 1 ? " post" : " posts") + " (each counted in full)."));
        }

        LocalDate today = ctx.now().atZone(ctx.zone()).toLocalDate();
        boolean anyTimeIllustrative = events(b, ctx, "Today, " + DeskTimes.date(today), today);
        anyTimeIllustrative |= events(b, ctx, "Tomorrow, " + DeskTimes.date(today.plusDays(1)), today.plusDays(1));
        if (anyIllustrative) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        if (anyTimeIllustrative) {
            b.add(Block.Paragraph.note(Figures.TIME_NOTE));
        }
        return ctx.sheet("Daily brief", b);
    }

    /**
     * Per mission, what everything on the table would take if it all passed (the scenario rules:
     * overlaps once), with the posts abolished and the posts the dollars put at risk, an estimate
     * and labelled as one; returns whether a figure is illustrative.
     */
    private static boolean stakes(List<Block> b, BriefContext ctx) {
        NegotiationData data = ctx.data();
        List<Proposal> onTable = data.proposals().stream()
                .filter(p -> data.counts(p) && p.status() != ProposalStatus.AGREED).toList();
        b.add(new Block.Heading("If everything on the table passed"));
        List<Block.Row> rows = new ArrayList<>();
        boolean anyIllustrative = false;
        long usd = 0;
        boolean usdIllustrative = false;
        int posts = 0;
        int atRisk = 0;
        long allocated = 0;
        for (Mission m : data.missions()) {
            // A mission that only gets a part of an allocated top-line cut (decision 0025) is at stake too.
            if (m.status() == MissionStatus.AGREED || onTable.stream().noneMatch(p -> p.touchesMission(m.id())
                    || p.amendments().stream().anyMatch(a -> TopLineAllocation.partOf(data, a, m.id()) > 0))) {
                continue;
            }
            MissionTotals t = ctx.adoption().of(onTable, Share.WHOLE, m.id());
            if (t.cut().isNone() && t.atRisk().isNone()) {
                continue;
            }
            anyIllustrative |= t.illustrative();
            rows.add(Block.Row.of(m.code(), Figures.cutDollars(t.dollarsCut()),
                    t.allocatedUsd() == 0 ? Figures.NONE : Figures.cutDollars(Derived.of(t.allocatedUsd(), t.illustrative())),
                    Figures.posts(t.cut().posts()), Figures.atRisk(t.atRisk().total())));
            usd += t.cut().usd();
            allocated += t.allocatedUsd();
            usdIllustrative |= t.illustrative();
            posts += t.cut().posts();
            atRisk += t.atRisk().total();
        }
        if (rows.size() > 1) {
            rows.add(Block.Row.total("All missions", Figures.cutDollars(Derived.of(usd, usdIllustrative)),
                    allocated == 0 ? "" : Figures.cutDollars(Derived.of(allocated, usdIllustrative)),
                    Figures.posts(posts), Figures.atRisk(atRisk)));
        }
        if (allocated == 0) {
            // no allocated top-line cut on the table: the table as before, without an empty column
            b.add(new Block.Table(List.of(Block.Column.left("Mission", 2f), Block.Column.right("Dollars cut", 2.4f),
                    Block.Column.right("Posts abolished", 1.8f), Block.Column.right("Posts at risk " + Figures.AT_RISK_MARK, 2.4f)),
                    rows.stream().map(r -> r.without(2)).toList(), "Nothing on the table cuts a mission."));
        } else {
            b.add(new Block.Table(List.of(Block.Column.left("Mission", 2f), Block.Column.right("Dollars cut", 2.4f),
                    Block.Column.right("Of it, top line", 2.4f), Block.Column.right("Posts abolished", 1.8f),
                    Block.Column.right("Posts at risk " + Figures.AT_RISK_MARK, 2.4f)),
                    rows, "Nothing on the table cuts a mission."));

            b.add(Block.Paragraph.note("Of it, top line: the mission's part of an allocated top-line cut, already in"
                    + " its dollars cut; the top-line cut itself is not counted again."));
        }
        if (atRisk > 0) {
            b.add(Block.Paragraph.note(Figures.AT_RISK_NOTE));
        }
        return anyIllustrative;
    }

    /**
     * The events of one day the desk knows at its "now" (an outcome known only later is left
     * out, decision 0024); returns whether any time printed is illustrative.
     */
    private static boolean events(List<Block> b, BriefContext ctx, String title, LocalDate day) {
        NegotiationData data = ctx.data();
        b.add(new Block.Heading(title));
        List<TimelineEvent> events = data.events().stream()
                .filter(e -> e.at().atZone(ctx.zone()).toLocalDate().equals(day) && e.knownAt(ctx.now()))
                .sorted(Comparator.comparing(TimelineEvent::at))
                .toList();
        List<Block.Row> rows = events.stream()
                .map(e -> Block.Row.of(Figures.time(DeskTimes.time(e.at(), ctx.zone()), e), e.title(),
                        e.kind().label(), missions(data, e)))
                .toList();
        b.add(new Block.Table(List.of(Block.Column.left("Time", 0.9f), Block.Column.left("Event", 6f),
                Block.Column.left("Kind", 2f), Block.Column.left("Missions", 2f)), rows, "No event recorded."));
        return events.stream().anyMatch(TimelineEvent::timeIllustrative);
    }

    /** The codes of the missions an event concerns; "All budgets" for one that concerns every one. */
    private static String missions(NegotiationData data, TimelineEvent e) {
        if (e.missionIds().size() > 1 && e.missionIds().size() == data.missions().size()) {
            return "All budgets";
        }
        return e.missionIds().stream().map(id -> data.mission(id).map(Mission::code).orElse("?")).sorted()
                .collect(Collectors.joining(", "));
    }
}
