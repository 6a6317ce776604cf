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
import org.parley.model.Target;
import org.parley.model.TimelineEvent;
import org.parley.model.TopLineAllocation;

/**
 * The mission brief: baselines, every proposal on the table with who tabled it and what it
 * would cost if all, half or a quarter went through, positions by delegation and group,
 * compromises, our line, posts at risk by grade, the coordinator and the next events.
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
        b.add(new Block.Facts(List.of(
                new Block.Fact("Status", mission.status().label()),
                new Block.Fact("Coordinator", mission.coordinator().isEmpty() ? "not recorded" : mission.coordinator()),
                new Block.Fact("Tracked", mission.lines().size() + " budget lines, " + Figures.posts(mission.postCount())),
                new Block.Fact("Notes", mission.notes().isEmpty() ? Figures.NONE : mission.notes()))));
        baselines(b);
        List<Proposal> proposals = proposalsOnTable();
        onTheTable(b, proposals);
        ifItGoesThrough(b, proposals);
        positions(b);
        compromises(b);
        ourLine(b);
        postsAtRisk(b, proposals);
        nextEvents(b);
        if (anyIllustrative) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        if (anyTimeIllustrative) {
            b.add(Block.Paragraph.note(Figures.TIME_NOTE));
        }
        return ctx.sheet("Mission brief: " + mission.code(), b);
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
            String what = p.title() + " (" + p.status().label() + ", " + BriefContext.SHORT.format(p.tabledAt().atZone(ctx.zone())) + ")";
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
                            BriefContext.SHORT.format(c.floatedAt().atZone(ctx.zone())), c.status().label()));
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

    private void nextEvents(List<Block> b) {
        b.add(new Block.Heading("Next events"));
        // An outcome known only later (an adoption, an agreement) is not "next": the desk does not know it yet.
        List<TimelineEvent> ahead = data.events().stream()
                .filter(e -> e.missionIds().contains(mission.id()) && !e.at().isBefore(ctx.now())
                        && e.knownAt(ctx.now()))
                .sorted(Comparator.comparing(TimelineEvent::at))
                .toList();
        anyTimeIllustrative |= ahead.stream().anyMatch(TimelineEvent::timeIllustrative);
        List<Block.Row> rows = ahead.stream()
                .map(e -> Block.Row.of(Figures.time(ctx.when(e.at()), e), e.title(), e.kind().label()))
                .toList();
        b.add(new Block.Table(List.of(Block.Column.left("When", 2.2f), Block.Column.left("Event", 6f),
                Block.Column.left("Kind", 2f)), rows, "No event ahead for " + mission.code() + "."));
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
