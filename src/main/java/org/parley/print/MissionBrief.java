package org.parley.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.model.Amendment;
import org.parley.model.AmendmentText;
import org.parley.model.Baseline;
import org.parley.model.Baselines;
import org.parley.model.BudgetLine;
import org.parley.model.Compromise;
import org.parley.model.CompromiseStatus;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.DelegationKind;
import org.parley.model.Derived;
import org.parley.model.Figure;
import org.parley.model.Grade;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.OurLine;
import org.parley.model.Position;
import org.parley.model.Post;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;
import org.parley.model.Share;
import org.parley.model.Stance;
import org.parley.model.TalkingPoints;
import org.parley.model.Target;
import org.parley.model.TimelineEvent;
import org.parley.model.TopLineAllocation;

/**
 * The mission brief. Page 1 is the bottom line: our line, fallback and red lines, what we can
 * give, who stands where, the stakes in dollars and posts, the programme shares, the baseline
 * cuts are measured from, the next meeting, and our talking points. The detail follows:
 * baselines, every proposal on the table with its caveats and what it would cost if all, half
 * or a quarter went through, positions, compromises, our line, posts at risk by grade and the
 * linked events.
 */
public final class MissionBrief {

    static final List<Share> SHARES = List.of(Share.WHOLE, Share.ofBasisPoints(5_000), Share.ofBasisPoints(2_500));

    private final BriefContext ctx;
    private final NegotiationData data;
    private final Mission mission;
    private boolean anyIllustrative;
    private boolean anyTimeIllustrative;

    private MissionBrief(BriefContext ctx, Mission mission) {
        this.ctx = ctx;
        this.data = ctx.data();
        this.mission = mission;
    }

    public static Sheet build(BriefContext ctx, Mission mission) {
        return new MissionBrief(ctx, mission).sheet();
    }

    private Sheet sheet() {
        List<Block> b = new ArrayList<>();
        b.add(Block.Paragraph.strong(mission.code() + " — " + mission.name()
                + (mission.location().isEmpty() ? "" : " (" + mission.location() + ")")));
        b.add(Block.Paragraph.strong(ctx.countdown()));
        List<Proposal> proposals = proposalsOnTable();
        // Page 1: the bottom line, what a delegate needs at the door; the detail tables follow.
        bottomLine(b, proposals);
        whoStandsWhere(b);
        talkingPoints(b);
        b.add(new Block.Heading("The detail"));
        b.add(new Block.Facts(List.of(
                new Block.Fact("Status", mission.status().label()),
                new Block.Fact("Coordinator", mission.coordinator().isEmpty() ? "not recorded" : mission.coordinator()),
                new Block.Fact("Tracked", mission.lines().size() + " budget lines, " + Figures.posts(mission.postCount())),
                new Block.Fact("Notes", mission.notes().isEmpty() ? Figures.NONE : mission.notes()))));
        baselines(b);
        onTheTable(b, proposals);
        caveats(b, proposals);
        ifItGoesThrough(b, proposals);
        positions(b);
        compromises(b);
        ourLine(b);
        postsAtRisk(b, proposals);
        linkedEvents(b);
        if (anyIllustrative) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        if (anyTimeIllustrative) {
            b.add(Block.Paragraph.note(Figures.TIME_NOTE));
        }
        return ctx.sheet("Mission brief: " + mission.code(), b);
    }

    /**
     * Our line, fallback and red lines, what we can give, the stakes in dollars and posts, the
     * programme shares, which baseline the cuts are measured from, and the next meeting.
     */
    private void bottomLine(List<Block> b, List<Proposal> proposals) {
        b.add(new Block.Heading("The bottom line"));
        List<Block.Fact> facts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> fallbacks = new ArrayList<>();
        for (Item item : items()) {
            for (OurLine l : data.ourLines()) {
                if (l.item().equals(item)) {
                    String on = item.kind() == Item.Kind.MISSION ? "" : itemText(item) + ": ";
                    if (!l.line().isEmpty()) {
                        lines.add(on + l.line());
                    }
                    if (!l.fallback().isEmpty()) {
                        fallbacks.add(on + l.fallback());
                    }
                }
            }
        }
        facts.add(new Block.Fact("Our line", lines.isEmpty() ? "None recorded." : String.join("\n", lines)));
        facts.add(new Block.Fact("Fallback", fallbacks.isEmpty() ? "None recorded." : String.join("\n", fallbacks)));
        facts.add(new Block.Fact("Red lines", redLines()));
        facts.add(new Block.Fact("What we can give", whatWeCanGive()));
        MissionTotals all = proposals.isEmpty() ? null : ctx.adoption().of(proposals, Share.WHOLE, mission.id());
        if (all == null || all.cut().isNone()) {
            facts.add(new Block.Fact("At stake", "Nothing: no proposal on the table cuts " + mission.code() + "."));
            facts.add(new Block.Fact("Measured from", measuredFrom()));
        } else {
            anyIllustrative |= all.illustrative();
            facts.add(new Block.Fact("At stake", Figures.cutDollars(all.dollarsCut()) + " if everything on the table"
                    + " passes (" + proposals.size() + (proposals.size() == 1 ? " proposal" : " proposals")
                    + ", overlaps counted once)"));
            facts.add(new Block.Fact("Measured from", measuredFrom()));
            facts.add(new Block.Fact("Posts", (all.cut().posts() == 0 ? "none abolished"
                    : Figures.posts(all.cut().posts()) + " abolished (" + Figures.postsByGrade(all.cut().postsByGrade()) + ")")
                    + "; " + (all.atRisk().isNone() ? "none at risk " + Figures.AT_RISK_MARK
                    : all.atRisk().total() + " more at risk " + Figures.AT_RISK_MARK + " ("
                    + Figures.postsByGrade(all.atRisk().byGrade()) + ")")));
            facts.add(new Block.Fact("Programmes", "Human rights: " + lost(all.humanRightsShareLost())
                    + "; SEA prevention: " + lost(all.seaPreventionShareLost())));
        }
        facts.add(new Block.Fact("Next meeting", nextMeeting()));
        b.add(new Block.Facts(facts));
    }

    private static String lost(org.parley.model.Derived<Optional<Share>> share) {
        return share.value().isEmpty() ? "not tracked" : Figures.share(share) + " lost";
    }

    /** Which baseline the cuts are measured from: the mission's reference figure ({@link Baselines#reference()}). */
    private String measuredFrom() {
        Baselines all = mission.baselines();
        Optional<Baseline> base = all.referenceBaseline();
        if (base.isEmpty()) {
            return "No reference figure recorded: percent and amount cuts take nothing from " + mission.code() + ".";
        }
        Figure f = all.get(base.get()).orElseThrow();
        anyIllustrative |= f.illustrative();
        return "the " + base.get().label() + " figure, " + Figures.dollars(f)
                + " (a line is measured from its own figure, current, else ACABQ, else SG)";
    }

    /** Who holds a red line on this mission or one of its amendments. */
    private String redLines() {
        List<String> red = new ArrayList<>();
        for (Item item : items()) {
            data.positions().stream().filter(p -> p.item().equals(item) && p.stance() == Stance.RED_LINE)
                    .sorted(Comparator.comparing(p -> delegationCode(p.delegationId())))
                    .forEach(p -> red.add(delegationCode(p.delegationId()) + ": red line on " + itemText(item)
                            + (p.note().isEmpty() ? "" : " (\"" + p.note() + "\")")));
        }
        return red.isEmpty() ? "None recorded." : String.join("\n", red);
    }

    /** The compromises floated on this mission's amendments and not yet rejected: what could be given. */
    private String whatWeCanGive() {
        List<String> give = new ArrayList<>();
        for (Item item : items()) {
            if (item.kind() != Item.Kind.AMENDMENT) {
                continue;
            }
            Amendment a = data.amendment(item.id()).orElseThrow();
            for (Compromise c : data.compromises()) {
                if (c.amendmentId() == a.id() && c.status() != CompromiseStatus.REJECTED) {
                    give.add(AmendmentText.value(a.kind(), c.value()) + " instead of " + itemText(item)
                            + (c.floatedBy().isEmpty() ? "" : ", floated by " + c.floatedBy())
                            + " (" + c.status().label() + ")");
                }
            }
        }
        return give.isEmpty() ? "No compromise floated." : String.join("\n", give);
    }

    /** The first meeting ahead on this mission the desk knows of. */
    private String nextMeeting() {
        return linked().stream().filter(e -> !e.at().isBefore(ctx.now())).findFirst()
                .map(e -> {
                    anyTimeIllustrative |= e.timeIllustrative();
                    return Figures.time(ctx.when(e.at()), e) + " — " + e.title();
                })
                .orElse("None scheduled.");
    }

    /** One line per delegation or group with a stance on this mission or its amendments, groups first. */
    private void whoStandsWhere(List<Block> b) {
        b.add(new Block.Heading("Who stands where"));
        Map<Long, List<String>> byDelegation = new java.util.LinkedHashMap<>();
        for (Item item : items()) {
            for (Position pos : data.positions()) {
                if (pos.item().equals(item)) {
                    byDelegation.computeIfAbsent(pos.delegationId(), k -> new ArrayList<>())
                            .add(pos.stance().mark() + " " + pos.stance().label() + " on " + itemText(item));
                }
            }
        }
        List<Block.Row> rows = byDelegation.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> delegationKind(id) == DelegationKind.GROUP ? 0 : 1)
                        .thenComparing(this::delegationName))
                .map(id -> Block.Row.of(delegationLabel(id), String.join("; ", byDelegation.get(id))))
                .toList();
        b.add(new Block.Table(List.of(Block.Column.left("Delegation or group", 3f), Block.Column.left("Stands", 9f)),
                rows, "No stance recorded on " + mission.code() + "."));
    }

    /** The latest of our talking points on this mission, with when it was saved. */
    private void talkingPoints(List<Block> b) {
        b.add(new Block.Heading("Talking points"));
        Optional<TalkingPoints> points = data.talkingPoints(mission.id());
        if (points.isEmpty() || points.get().text().isEmpty()) {
            b.add(Block.Paragraph.note("No talking points written for " + mission.code() + "."));
            return;
        }
        TalkingPoints.Version latest = points.get().latest();
        b.add(Block.Paragraph.plain(latest.text()));
        int n = points.get().versions().size();
        b.add(Block.Paragraph.note("Saved " + ctx.when(latest.savedAt()) + (n == 1 ? ""
                : "; version " + n + " (earlier versions in the Talking points window)") + "."));
    }

    /** Proposals with an amendment on this mission, neither withdrawn nor superseded, in the order they were tabled. */
    private List<Proposal> proposalsOnTable() {
        return data.proposals().stream()
                .filter(p -> data.counts(p) && (p.touchesMission(mission.id()) || p.amendments().stream()
                        .anyMatch(a -> TopLineAllocation.partOf(data, a, mission.id()) > 0)))
                .sorted(Comparator.comparing(Proposal::tabledAt).thenComparing(Proposal::id))
                .toList();
    }

    private void baselines(List<Block> b) {
        b.add(new Block.Heading("Baselines"));
        List<Block.Row> rows = new ArrayList<>();
        // A figure known only after the desk's "now" (a final approved figure) is left out (decision 0024).
        Baselines known = mission.baselines().knownAt(ctx.now());
        for (Baseline base : Baseline.values()) {
            Optional<Figure> f = known.get(base);
            if (f.isPresent()) {
                boolean ill = f.get().illustrative();
                anyIllustrative |= ill;
                rows.add(Block.Row.of(base.label(), Figures.dollars(f.get()),
                        ill ? "Illustrative" : f.get().provenance().describe()));
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Baseline", 2), Block.Column.right("Amount", 2),
                Block.Column.left("Source", 5)), rows, "No baselines recorded."));
        b.add(Block.Paragraph.note(known.measuredFrom() + "."));
    }

    private void onTheTable(List<Block> b, List<Proposal> proposals) {
        b.add(new Block.Heading("On the table"));
        List<Block.Row> rows = new ArrayList<>();
        for (Proposal p : proposals) {
            String who = delegationName(p.delegationId());
            String what = p.title() + " (" + p.status().label() + ", "
                    + Figures.tabled(ctx.when(p.tabledAt()), p) + ")";
            anyTimeIllustrative |= p.timeIllustrative();
            boolean first = true;
            for (Amendment a : p.amendments()) {
                TopLineAllocation spread = a.allocation().isAllocated()
                        ? TopLineAllocation.of(data, a.allocation(), a.value()) : null;
                long part = spread == null ? 0 : spread.partOf(mission.id());
                if (part > 0) {
                    // the mission's part of an allocated top-line cut (decision 0025)
                    anyIllustrative |= spread.illustrative();
                    rows.add(Block.Row.of(first ? who : "", first ? what : "", "Allocated from the top line ("
                            + a.allocation().describe() + ")", AmendmentText.value(a),
                            Figures.cutDollars(Derived.of(part, spread.illustrative())), ""));
                    first = false;
                    continue;
                }
                if (!a.target().touchesMission(mission.id())) {
                    continue;
                }
                Cut impact = ProposedCuts.impactOf(data, a);
                boolean ill = impactIllustrative(a);
                anyIllustrative |= ill && !impact.isNone();
                // Who and what only on a proposal's first row: the rows below read as its continuation.
                rows.add(Block.Row.of(first ? who : "", first ? what : "", local(a.target()), AmendmentText.value(a),
                        Figures.cutDollars(Derived.of(impact.usd(), ill)),
                        Figures.posts(impact.posts())));
                first = false;
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Tabled by", 2.2f), Block.Column.left("Proposal", 3f),
                Block.Column.left("Target", 3.4f), Block.Column.right("Amendment", 1.5f),
                Block.Column.right("Impact", 1.9f), Block.Column.right("Posts", 1.2f)),
                rows, "No proposal on the table for " + mission.code() + "."));
    }

    private boolean impactIllustrative(Amendment a) {
        if (a.target().lineId() != null) {
            Optional<BudgetLine> line = data.line(mission.id(), a.target().lineId());
            if (a.target().postId() != null) {
                return data.post(a.target()).map(Post::illustrative).orElse(false);
            }
            return line.map(BudgetLine::hasIllustrativeFigures).orElse(false);
        }
        return mission.hasIllustrativeFigures();
    }

    private void ifItGoesThrough(List<Block> b, List<Proposal> proposals) {
        b.add(new Block.Heading("If it goes through: all, half or a quarter"));
        List<Block.Row> rows = new ArrayList<>();
        Adoption adoption = ctx.adoption();
        for (Proposal p : proposals) {
            rows.add(adoptionRow(delegationName(p.delegationId()) + ": " + p.title(), adoption, List.of(p)));
        }
        if (proposals.size() > 1) {
            Block.Row all = adoptionRow("Everything on the table (overlaps counted once)", adoption, proposals);
            rows.add(new Block.Row(all.cells(), true));
        }
        List<Block.Column> columns = new ArrayList<>();
        columns.add(Block.Column.left("Proposal", 4f));
        for (Share s : SHARES) {
            columns.add(Block.Column.right(s.toPercentText() + " adopted", 2.4f));
        }
        b.add(new Block.Table(columns, rows, "Nothing to adopt: no proposal on the table."));
        b.add(Block.Paragraph.note("Each cell: dollars cut and posts lost from " + mission.code()
                + " under the scenario rules (a post abolished twice is lost once; a percent or amount cut is of what"
                + " is left of a line once its abolished posts are gone; no line loses more than it has), and the"
                + " posts the dollars put at risk, an estimate (" + Figures.AT_RISK_MARK + ")."));
    }

    private Block.Row adoptionRow(String label, Adoption adoption, List<Proposal> proposals) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (Share s : SHARES) {
            MissionTotals t = adoption.of(proposals, s, mission.id());
            anyIllustrative |= t.illustrative() && !t.cut().isNone();
            String dollars = Figures.cutDollars(t.dollarsCut());
            String posts = t.cut().posts() == 0 ? "" : "\n" + Figures.posts(t.cut().posts());
            String atRisk = t.atRisk().isNone() ? "" : "\n" + Figures.atRisk(t.atRisk().total());
            cells.add(dollars + posts + atRisk);
        }
        return new Block.Row(cells, false);
    }

    /** Items on this mission: the mission itself and every amendment aimed at it. */
    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(Item.mission(mission.id()));
        for (Proposal p : data.proposals()) {
            for (Amendment a : p.amendments()) {
                if (a.target().touchesMission(mission.id())) {
                    items.add(Item.amendment(a.id()));
                }
            }
        }
        return items;
    }

    private String itemText(Item item) {
        if (item.kind() == Item.Kind.MISSION) {
            return mission.code() + " as a whole";
        }
        Optional<Proposal> p = data.proposalOfAmendment(item.id());
        Amendment a = data.amendment(item.id()).orElseThrow();
        return local(a.target()) + " " + AmendmentText.value(a)
                + p.map(x -> " (" + delegationCode(x.delegationId()) + ")").orElse("");
    }

    private void positions(List<Block> b) {
        b.add(new Block.Heading("Positions"));
        List<Item> items = items();
        List<Block.Row> rows = new ArrayList<>();
        for (Item item : items) {
            data.positions().stream().filter(pos -> pos.item().equals(item))
                    .sorted(Comparator.comparing((Position pos) -> delegationKind(pos.delegationId()) == DelegationKind.GROUP ? 0 : 1)
                            .thenComparing(pos -> delegationName(pos.delegationId())))
                    .forEach(pos -> rows.add(Block.Row.of(itemText(item), delegationLabel(pos.delegationId()),
                            pos.stance().mark() + " " + pos.stance().label(), pos.note())));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Item", 4f), Block.Column.left("Delegation or group", 3f),
                Block.Column.left("Stance", 1.6f), Block.Column.left("Note", 4f)), rows,
                "No positions recorded on " + mission.code() + "."));
    }

    private void compromises(List<Block> b) {
        b.add(new Block.Heading("Compromises"));
        List<Block.Row> rows = new ArrayList<>();
        for (Item item : items()) {
            if (item.kind() != Item.Kind.AMENDMENT) {
                continue;
            }
            Amendment a = data.amendment(item.id()).orElseThrow();
            for (Compromise c : data.compromises()) {
                if (c.amendmentId() == a.id()) {
                    rows.add(Block.Row.of(itemText(item), AmendmentText.value(a.kind(), c.value())
                                    + (c.description().isEmpty() ? "" : " — " + c.description()),
                            c.floatedBy().isEmpty() ? Figures.NONE : c.floatedBy(),
                            ctx.when(c.floatedAt()), c.status().label()));
                }
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Instead of", 3.6f), Block.Column.left("Compromise", 3.4f),
                Block.Column.left("Floated by", 1.6f), Block.Column.left("When", 1.6f), Block.Column.left("Status", 2.8f)),
                rows, "No compromise floated on " + mission.code() + "."));
    }

    private void ourLine(List<Block> b) {
        b.add(new Block.Heading("Our line"));
        List<Block.Row> rows = new ArrayList<>();
        for (Item item : items()) {
            for (OurLine l : data.ourLines()) {
                if (l.item().equals(item)) {
                    rows.add(Block.Row.of(itemText(item), l.line(), l.fallback().isEmpty() ? Figures.NONE : l.fallback()));
                }
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Item", 4f), Block.Column.left("Our line", 4f),
                Block.Column.left("Fallback", 4f)), rows, "No line of ours recorded on " + mission.code() + "."));
    }

    private void postsAtRisk(List<Block> b, List<Proposal> proposals) {
        b.add(new Block.Heading("Posts at risk by grade"));
        Map<Grade, Integer> inBudget = new EnumMap<>(Grade.class);
        for (BudgetLine l : mission.lines()) {
            for (Post p : l.posts()) {
                inBudget.merge(p.grade(), p.count(), Integer::sum);
            }
        }
        MissionTotals all = proposals.isEmpty() ? null : ctx.adoption().of(proposals, Share.WHOLE, mission.id());
        Map<Grade, Integer> abolished = all == null ? Map.of() : all.cut().postsByGrade();
        Map<Grade, Integer> estimated = all == null ? Map.of() : all.atRisk().byGrade();
        List<Block.Row> rows = new ArrayList<>();
        int totalIn = 0;
        int totalAbolished = 0;
        int totalEstimated = 0;
        for (Grade g : Grade.values()) {
            int in = inBudget.getOrDefault(g, 0);
            int gone = abolished.getOrDefault(g, 0);
            int est = estimated.getOrDefault(g, 0);
            if (in > 0 || gone > 0 || est > 0) {
                rows.add(Block.Row.of(g.label(), Integer.toString(in), count(gone), count(est)));
                totalIn += in;
                totalAbolished += gone;
                totalEstimated += est;
            }
        }
        if (!rows.isEmpty()) {
            rows.add(Block.Row.total("All grades", Integer.toString(totalIn), Integer.toString(totalAbolished),
                    Integer.toString(totalEstimated)));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Grade", 2f), Block.Column.right("Posts tracked", 2f),
                Block.Column.right("Abolished if all on the table passes", 3.4f),
                Block.Column.right("At risk " + Figures.AT_RISK_MARK, 2.6f)), rows,
                "No posts tracked for " + mission.code() + "."));
        if (totalEstimated > 0) {
            b.add(Block.Paragraph.note(Figures.AT_RISK_NOTE));
        }
    }

    private static String count(int n) {
        return n == 0 ? Figures.NONE : Integer.toString(n);
    }

    /** The events linked to this mission that the desk knows of, in time order. */
    private List<TimelineEvent> linked() {
        // An outcome known only later (an adoption, an agreement) is left out: the desk does not know it yet.
        // Linked to the mission itself: an event on a proposal that also cuts other missions is not this one's meeting.
        return data.events().stream()
                .filter(e -> e.knownAt(ctx.now()) && e.missionIds().contains(mission.id()))
                .sorted(Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::id))
                .toList();
    }

    private void linkedEvents(List<Block> b) {
        b.add(new Block.Heading("Linked events"));
        List<TimelineEvent> events = linked();
        anyTimeIllustrative |= events.stream().anyMatch(TimelineEvent::timeIllustrative);
        List<Block.Row> rows = events.stream()
                .map(e -> Block.Row.of(Figures.time(ctx.when(e.at()), e), e.title(), e.kind().label(),
                        e.at().isBefore(ctx.now()) ? "past" : "ahead"))
                .toList();
        b.add(new Block.Table(List.of(Block.Column.left("When", 2.8f), Block.Column.left("Event", 5.5f),
                Block.Column.left("Kind", 2.6f), Block.Column.left("", 1f)), rows,
                "No event linked to " + mission.code() + "."));
    }

    /** Each proposal's source and caveats and its amendments' rationales, as recorded. */
    private void caveats(List<Block> b, List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        b.add(new Block.Heading("Caveats of the proposals on the table"));
        List<Block.Row> rows = new ArrayList<>();
        for (Proposal p : proposals) {
            rows.add(Block.Row.of(delegationCode(p.delegationId()) + ": " + p.title(), ProposalCaveats.of(data, p)));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Proposal", 4f), Block.Column.left("Source, caveats, rationale", 8f)),
                rows, ""));
    }

    /** A target on this mission without the mission's code in front: "Human rights / Officer (P-3)". */
    private String local(Target target) {
        String text = data.describe(target);
        String prefix = mission.code() + " / ";
        if (text.startsWith(prefix)) {
            return text.substring(prefix.length());
        }
        return text.equals(mission.code()) ? "Whole mission" : text;
    }

    private String delegationName(long id) {
        return data.delegation(id).map(Delegation::name).orElse("?");
    }

    private String delegationCode(long id) {
        return data.delegation(id).map(Delegation::code).orElse("?");
    }

    private DelegationKind delegationKind(long id) {
        return data.delegation(id).map(Delegation::kind).orElse(DelegationKind.STATE);
    }

    private String delegationLabel(long id) {
        return delegationName(id) + (delegationKind(id) == DelegationKind.GROUP ? " (group)" : "");
    }
}
