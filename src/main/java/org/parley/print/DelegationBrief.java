package org.parley.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.model.Allocation;
import org.parley.model.AllocationRule;
import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.AmendmentText;
import org.parley.model.Cut;
import org.parley.model.Delegation;
import org.parley.model.Derived;
import org.parley.model.DelegationKind;
import org.parley.model.Item;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.Position;
import org.parley.model.Proposal;
import org.parley.model.ProposedCuts;
import org.parley.model.Redline;
import org.parley.model.Share;
import org.parley.model.TimelineEvent;
import org.parley.model.TopLineAllocation;

/**
 * The delegation brief: everything one delegation or group has proposed, what it would cost,
 * and its stance on every item on the table.
 */
public final class DelegationBrief {

    private DelegationBrief() {
    }

    public static Sheet build(BriefContext ctx, Delegation d) {
        NegotiationData data = ctx.data();
        List<Block> b = new ArrayList<>();
        b.add(Block.Paragraph.strong(d.name() + " (" + d.code() + ", " + d.kind().label() + ")"));
        b.add(Block.Paragraph.strong(ctx.countdown()));
        List<Block.Fact> facts = new ArrayList<>();
        if (d.kind() == DelegationKind.GROUP) {
            String members = d.memberIds().stream().map(id -> data.delegation(id).map(Delegation::name).orElse("?"))
                    .sorted().collect(Collectors.joining(", "));
            facts.add(new Block.Fact("Members", members.isEmpty() ? "none recorded" : members));
        }
        List<String> groups = data.delegations().stream().filter(g -> g.memberIds().contains(d.id()))
                .map(Delegation::name).sorted().toList();
        if (!groups.isEmpty()) {
            facts.add(new Block.Fact("Member of", String.join(", ", groups)));
        }
        if (!d.notes().isEmpty()) {
            facts.add(new Block.Fact("Notes", d.notes()));
        }
        if (!facts.isEmpty()) {
            b.add(new Block.Facts(facts));
        }

        Map<Item, Position> mine = data.positions().stream().filter(p -> p.delegationId() == d.id())
                .collect(Collectors.toMap(Position::item, Function.identity(), (x, y) -> x));
        // A group's brief rolls up what its members tabled: "has tabled no proposal" must not hide them.
        Set<Long> tablers = new HashSet<>();
        tablers.add(d.id());
        if (d.kind() == DelegationKind.GROUP) {
            tablers.addAll(d.memberIds());
        }
        boolean group = tablers.size() > 1;
        b.add(new Block.Heading(group ? "Proposed by " + d.name() + " and its members" : "Proposed by " + d.name()));
        List<Proposal> own = data.proposals().stream().filter(p -> tablers.contains(p.delegationId()))
                .sorted(Comparator.comparing(Proposal::tabledAt).thenComparing(Proposal::id)).toList();
        List<Block.Row> rows = new ArrayList<>();
        ProposedCuts cuts = ctx.cuts();
        boolean anyIllustrative = false;
        for (Proposal p : own) {
            String status = data.isSuperseded(p.id()) ? "superseded, not counted" : p.status().label();
            String by = p.delegationId() == d.id() ? "" : data.delegation(p.delegationId()).map(Delegation::code)
                    .orElse("?") + ": ";
            String what = by + p.title() + " (" + status + ", "
                    + Figures.tabled(ctx.when(p.tabledAt()), p) + ")";
            int n = 1;
            for (Amendment a : p.amendments()) {
                Cut impact = ProposedCuts.impactOf(data, a);
                boolean ill = !impact.isNone() && a.target().missionId() != null
                        && data.mission(a.target().missionId()).map(Mission::hasIllustrativeFigures).orElse(false);
                anyIllustrative |= ill;
                rows.add(Block.Row.of(n == 1 ? what : "", n++ + ". " + data.describe(a), AmendmentText.value(a),
                        Figures.cut(Derived.of(impact, ill)), stance(mine.get(Item.amendment(a.id())))));
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Proposal", 3f), Block.Column.left("Amendment", 4f),
                Block.Column.right("Value", 1.4f), Block.Column.right("Impact", 3f), Block.Column.left("Own stance", 1.8f)),
                rows, group ? "Neither " + d.name() + " nor any of its members has tabled a proposal."
                : d.name() + " has tabled no proposal."));
        if (!own.isEmpty()) {
            b.add(new Block.Heading("Caveats"));
            b.add(new Block.Table(List.of(Block.Column.left("Proposal", 4f),
                    Block.Column.left("Source, caveats, rationale", 8f)),
                    own.stream().map(p -> Block.Row.of(data.delegation(p.delegationId()).map(Delegation::code).orElse("?")
                            + ": " + p.title(), ProposalCaveats.of(data, p))).toList(), ""));
        }
        redlines(b, data, own);
        // Its proposals' total per mission, as ProposedCuts counts them (each proposal in full).
        List<Block.Row> perMission = new ArrayList<>();
        Derived<Long> total = Derived.sourced(0L);
        int totalPosts = 0;
        List<Proposal> counted = own.stream().filter(data::counts).toList();
        int totalAtRisk = 0;
        long allocatedTotal = 0;
        for (Mission m : data.missions()) {
            Cut c = Cut.NONE;
            long part = 0;
            for (long id : tablers) {
                c = c.plus(cuts.forMission(id, m.id()));
                part += cuts.allocatedTo(id, m.id());
            }
            if (!c.isNone()) {
                anyIllustrative |= m.hasIllustrativeFigures();
                Derived<Long> usd = Derived.of(c.usd(), m.hasIllustrativeFigures());
                // The estimate as the scenario rules make it, were all of it adopted.
                int atRisk = ctx.adoption().of(counted, Share.WHOLE, m.id()).atRisk().total();
                perMission.add(Block.Row.of(m.code(), Figures.cutDollars(usd),
                        part == 0 ? Figures.NONE : Figures.cutDollars(Derived.of(part, m.hasIllustrativeFigures())),
                        Figures.posts(c.posts()), Figures.postsByGrade(c.postsByGrade()), Figures.atRisk(atRisk)));
                total = Derived.plus(total, usd);
                allocatedTotal += part;
                totalPosts += c.posts();
                totalAtRisk += atRisk;
            }
        }
        long unallocated = 0;
        for (long id : tablers) {
            unallocated += cuts.unallocated(id);
        }
        if (unallocated != 0) {
            perMission.add(Block.Row.of("Unallocated (top-line)", Figures.cutDollars(unallocated), Figures.NONE,
                    Figures.NONE, Figures.NONE, Figures.NONE));
            total = Derived.plus(total, Derived.sourced(unallocated));
        }
        if (!perMission.isEmpty()) {
            perMission.add(Block.Row.total("Total", Figures.cutDollars(total),
                    allocatedTotal == 0 ? "" : Figures.cutDollars(Derived.of(allocatedTotal, total.illustrative())), Figures.posts(totalPosts), "",
                    Figures.atRisk(totalAtRisk)));
            b.add(new Block.Heading("What " + d.code() + (group ? " and its members ask" : " asks")
                    + ", per mission (everything in full)"));
            if (allocatedTotal == 0) {
                // no allocated top-line cut: the table as before, without an empty column
                b.add(new Block.Table(List.of(Block.Column.left("Mission", 2.5f), Block.Column.right("Dollars", 2.5f),
                        Block.Column.right("Posts", 1.5f), Block.Column.left("By grade", 3f),
                        Block.Column.right("Posts at risk " + Figures.AT_RISK_MARK, 2.2f)),
                        perMission.stream().map(r -> r.without(2)).toList(), ""));
            } else {
                b.add(new Block.Table(List.of(Block.Column.left("Mission", 2.3f), Block.Column.right("Dollars", 2.4f),
                        Block.Column.right("Of it, top line", 2.4f), Block.Column.right("Posts", 1.2f),
                        Block.Column.left("By grade", 2.7f), Block.Column.right("Posts at risk " + Figures.AT_RISK_MARK, 2f)),
                        perMission, ""));

                b.add(Block.Paragraph.note("Of it, top line: the mission's part of an allocated top-line cut, already in"
                        + " its dollars and not counted again in the total."));
            }
            if (totalAtRisk > 0) {
                b.add(Block.Paragraph.note(Figures.AT_RISK_NOTE));
            }
        }
        anyIllustrative |= allocations(b, data, counted);

        b.add(new Block.Heading("Stance of " + d.code() + " on the items on the table"));
        List<Block.Row> stances = new ArrayList<>();
        for (Mission m : data.missions()) {
            Item item = Item.mission(m.id());
            if (mine.containsKey(item)) {
                stances.add(Block.Row.of(m.code() + " as a whole", "", stanceText(mine.get(item)), mine.get(item).note()));
            }
        }
        int unrecorded = 0;
        for (Proposal p : data.proposals()) {
            String by = data.delegation(p.delegationId()).map(Delegation::code).orElse("?");
            for (Amendment a : p.amendments()) {
                Position pos = mine.get(Item.amendment(a.id()));
                if (pos == null) {
                    unrecorded++;
                    continue;
                }
                stances.add(Block.Row.of(data.describe(a) + " " + AmendmentText.value(a), by,
                        stanceText(pos), pos.note()));
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Item", 5f), Block.Column.left("Tabled by", 1.2f),
                Block.Column.left("Stance", 1.8f), Block.Column.left("Note", 4f)), stances,
                "No stance of " + d.code() + " recorded."));
        if (unrecorded > 0) {
            b.add(Block.Paragraph.note("No stance of " + d.code() + " recorded on " + unrecorded + " other "
                    + (unrecorded == 1 ? "amendment" : "amendments") + " on the table."));
        }
        boolean anyTimeIllustrative = linkedEvents(b, ctx, d, own) | own.stream().anyMatch(Proposal::timeIllustrative);
        if (anyIllustrative) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        if (anyTimeIllustrative) {
            b.add(Block.Paragraph.note(Figures.TIME_NOTE));
        }
        return ctx.sheet("Delegation brief: " + d.name(), b);
    }

    /**
     * For each allocated top-line cut the delegation (or a member) has on the table: its rule and
     * baseline, each mission's weight and part in full, the missions left out for want of the
     * figure the rule needs, and what stays unallocated (decision 0025); returns whether a figure
     * printed is illustrative.
     */
    private static boolean allocations(List<Block> b, NegotiationData data, List<Proposal> counted) {
        boolean anyIllustrative = false;
        for (Proposal p : counted) {
            String by = data.delegation(p.delegationId()).map(Delegation::code).orElse("?");
            for (Amendment a : p.amendments()) {
                if (a.kind() != AmendmentKind.TOPLINE_CUT || !a.allocation().isAllocated()) {
                    continue;
                }
                Allocation rule = a.allocation();
                TopLineAllocation spread = TopLineAllocation.of(data, rule, a.value());
                b.add(new Block.Heading("How the " + by + " top-line cut of " + Figures.dollars(a.value())
                        + " is allocated"));
                List<Block.Fact> facts = new ArrayList<>();
                facts.add(new Block.Fact("Proposal", p.title()));
                facts.add(new Block.Fact("Rule", rule.describe()));
                if (rule.rule() == AllocationRule.PRO_RATA) {
                    facts.add(new Block.Fact("Baseline", rule.baseline().label()));
                }
                b.add(new Block.Facts(facts));
                String weight = switch (rule.rule()) {
                    case PRO_RATA -> rule.baseline().label();
                    case ACABQ_REDUCTIONS -> "SG proposed − ACABQ";
                    default -> "Amount given";
                };
                List<Block.Row> rows = new ArrayList<>();
                for (Mission m : data.missions()) {
                    long part = spread.partOf(m.id());
                    if (part == 0) {
                        continue;
                    }
                    boolean ill = TopLineAllocation.weightIllustrative(m, rule);
                    anyIllustrative |= ill || spread.illustrative();
                    rows.add(Block.Row.of(m.code(), Figures.dollars(Derived.of(TopLineAllocation.weightOf(m, rule), ill)),
                            Figures.cutDollars(Derived.of(part, spread.illustrative()))));
                }
                if (!rows.isEmpty()) {
                    rows.add(Block.Row.total("Allocated", "",
                            Figures.cutDollars(Derived.of(a.value() - spread.unallocatedUsd(), spread.illustrative()))));
                }
                b.add(new Block.Table(List.of(Block.Column.left("Mission", 2.5f), Block.Column.right(weight, 3f),
                        Block.Column.right("Part", 3f)), rows, "No mission has a weight under this rule."));
                b.add(Block.Paragraph.note(spread.unallocatedUsd() == 0
                        ? "Nothing stays unallocated: the parts add up to the cut."
                        : Figures.cutDollars(spread.unallocatedUsd()) + " stays unallocated: it counts in the grand"
                        + " total only, in no mission."));
                if (!spread.leftOut().isEmpty()) {
                    b.add(Block.Paragraph.note("Left out, without the figure the rule needs: "
                            + String.join(", ", spread.leftOut()) + "."));
                }
            }
        }
        return anyIllustrative;
    }

    /**
     * The events linked to the delegation's (or its members') proposals, known at the desk's
     * "now"; returns whether a time printed is illustrative.
     */
    private static boolean linkedEvents(List<Block> b, BriefContext ctx, Delegation d, List<Proposal> own) {
        Set<Long> ids = new HashSet<>();
        own.forEach(p -> ids.add(p.id()));
        List<TimelineEvent> events = ctx.data().events().stream()
                .filter(e -> e.knownAt(ctx.now()) && e.proposalIds().stream().anyMatch(ids::contains))
                .sorted(Comparator.comparing(TimelineEvent::at).thenComparing(TimelineEvent::id))
                .toList();
        b.add(new Block.Heading("Linked events"));
        b.add(new Block.Table(List.of(Block.Column.left("When", 2.8f), Block.Column.left("Event", 5.5f),
                Block.Column.left("Kind", 2.6f), Block.Column.left("", 1f)), events.stream()
                .map(e -> Block.Row.of(Figures.time(ctx.when(e.at()), e), e.title(), e.kind().label(),
                        e.at().isBefore(ctx.now()) ? "past" : "ahead")).toList(),
                "No event linked to a proposal of " + d.code() + "."));
        return events.stream().anyMatch(TimelineEvent::timeIllustrative);
    }

    /** Each revision's redline against what it revises: what changed, old → new (decision 0023). */
    private static void redlines(List<Block> b, NegotiationData data, List<Proposal> own) {
        for (Proposal p : own) {
            Redline r = Redline.of(data, p).orElse(null);
            if (r == null) {
                continue;
            }
            b.add(new Block.Heading("Redline: \"" + p.title() + "\" against \"" + r.revised().title() + "\""));
            List<Block.Row> rows = new ArrayList<>();
            for (Redline.Entry e : r.entries()) {
                String amendment = data.describe(e.target()) + (e.rationaleChanged()
                        ? " (rationale now: \"" + e.after().rationale() + "\")" : "");
                rows.add(Block.Row.of(e.change().label(), amendment, e.beforeText().isEmpty() ? Figures.NONE
                        : e.beforeText(), e.afterText().isEmpty() ? Figures.NONE : e.afterText()));
            }
            b.add(new Block.Table(List.of(Block.Column.left("Change", 1.4f), Block.Column.left("Amendment", 6f),
                    Block.Column.right("Before", 2f), Block.Column.right("After", 2f)), rows,
                    "No change: the same amendments as \"" + r.revised().title() + "\"."));
        }
    }

    private static String stance(Position p) {
        return p == null ? Figures.NONE : stanceText(p);
    }

    private static String stanceText(Position p) {
        return p.stance().mark() + " " + p.stance().label();
    }
}
