package org.parley.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.model.Amendment;
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
        b.add(new Block.Heading("Proposed by " + d.name()));
        List<Proposal> own = data.proposals().stream().filter(p -> p.delegationId() == d.id())
                .sorted(Comparator.comparing(Proposal::tabledAt).thenComparing(Proposal::id)).toList();
        List<Block.Row> rows = new ArrayList<>();
        ProposedCuts cuts = ctx.cuts();
        boolean anyIllustrative = false;
        for (Proposal p : own) {
            String status = data.isSuperseded(p.id()) ? "superseded, not counted" : p.status().label();
            String what = p.title() + " (" + status + ", " + BriefContext.SHORT.format(p.tabledAt().atZone(ctx.zone())) + ")";
            int n = 1;
            for (Amendment a : p.amendments()) {
                Cut impact = ProposedCuts.impactOf(data, a);
                boolean ill = !impact.isNone() && a.target().missionId() != null
                        && data.mission(a.target().missionId()).map(Mission::hasIllustrativeFigures).orElse(false);
                anyIllustrative |= ill;
                rows.add(Block.Row.of(n == 1 ? what : "", n++ + ". " + data.describe(a.target()), AmendmentText.value(a),
                        Figures.cut(Derived.of(impact, ill)), stance(mine.get(Item.amendment(a.id())))));
            }
        }
        b.add(new Block.Table(List.of(Block.Column.left("Proposal", 3f), Block.Column.left("Amendment", 4f),
                Block.Column.right("Value", 1.4f), Block.Column.right("Impact", 3f), Block.Column.left("Own stance", 1.8f)),
                rows, d.name() + " has tabled no proposal."));
        redlines(b, data, own);
        // Its proposals' total per mission, as ProposedCuts counts them (each proposal in full).
        List<Block.Row> perMission = new ArrayList<>();
        Derived<Long> total = Derived.sourced(0L);
        int totalPosts = 0;
        for (Mission m : data.missions()) {
            Cut c = cuts.forMission(d.id(), m.id());
            if (!c.isNone()) {
                anyIllustrative |= m.hasIllustrativeFigures();
                Derived<Long> usd = Derived.of(c.usd(), m.hasIllustrativeFigures());
                perMission.add(Block.Row.of(m.code(), Figures.cutDollars(usd),
                        Figures.posts(c.posts()), Figures.postsByGrade(c.postsByGrade())));
                total = Derived.plus(total, usd);
                totalPosts += c.posts();
            }
        }
        long unallocated = cuts.unallocated(d.id());
        if (unallocated != 0) {
            perMission.add(Block.Row.of("Unallocated (top-line)", Figures.cutDollars(unallocated), Figures.NONE, Figures.NONE));
            total = Derived.plus(total, Derived.sourced(unallocated));
        }
        if (!perMission.isEmpty()) {
            perMission.add(Block.Row.total("Total", Figures.cutDollars(total), Figures.posts(totalPosts), ""));
            b.add(new Block.Heading("What " + d.code() + " asks, per mission (everything in full)"));
            b.add(new Block.Table(List.of(Block.Column.left("Mission", 2.5f), Block.Column.right("Dollars", 2.5f),
                    Block.Column.right("Posts", 1.5f), Block.Column.left("By grade", 4f)), perMission, ""));
        }

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
                stances.add(Block.Row.of(data.describe(a.target()) + " " + AmendmentText.value(a), by,
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
        if (anyIllustrative) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        return ctx.sheet("Delegation brief: " + d.name(), b);
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
