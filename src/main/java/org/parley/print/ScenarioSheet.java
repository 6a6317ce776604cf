package org.parley.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.model.Amendment;
import org.parley.model.AmendmentKind;
import org.parley.model.AmendmentText;
import org.parley.model.Grade;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;

/** The scenario sheet: what it adopts, its totals per mission, posts by grade, and a chart. */
public final class ScenarioSheet {

    private ScenarioSheet() {
    }

    public static Sheet build(BriefContext ctx, Scenario scenario) {
        NegotiationData data = ctx.data();
        ScenarioTotals totals = ScenarioCalculator.of(data, scenario);
        List<Block> b = new ArrayList<>();
        b.add(Block.Paragraph.strong(ctx.countdown()));

        b.add(new Block.Heading("What it adopts"));
        List<Block.Row> adopted = new ArrayList<>();
        for (ScenarioItem i : scenario.items()) {
            adopted.add(Block.Row.of(itemText(data, i), i.share().toPercentText()));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Proposal or compromise", 8f), Block.Column.right("Share", 1.5f)),
                adopted, "This scenario adopts nothing yet."));

        b.add(new Block.Heading("Totals per mission"));
        List<Block.Row> rows = new ArrayList<>();
        List<Block.Bar> bars = new ArrayList<>();
        boolean anyIllustrative = false;
        for (Mission m : data.missions()) {
            MissionTotals t = totals.mission(m.id()).orElse(null);
            if (t == null || t.cut().isNone()) {
                continue;
            }
            anyIllustrative |= t.illustrative();
            rows.add(Block.Row.of(m.code(), Figures.cutDollars(t.dollarsCut()), Figures.posts(t.cut().posts()),
                    Figures.atRisk(t.atRisk().total()), Figures.share(t.humanRightsShareLost()),
                    Figures.share(t.seaPreventionShareLost())));
            bars.add(new Block.Bar(m.code(), Math.max(0, t.cut().usd()),
                    Figures.cutDollars(t.dollarsCut()) + (t.cut().posts() > 0 ? ", " + Figures.posts(t.cut().posts()) : "")));
        }
        if (totals.unallocatedUsd() != 0) {
            rows.add(Block.Row.of("Unallocated (top-line)", Figures.cutDollars(totals.unallocatedUsd()), Figures.NONE,
                    Figures.NONE, Figures.NONE, Figures.NONE));
        }
        if (!rows.isEmpty()) {
            rows.add(Block.Row.total("Total", Figures.cutDollars(totals.grandTotal()), Figures.posts(totals.postsLost()),
                    Figures.atRisk(totals.postsAtRisk().total()), "", ""));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Mission", 2.2f), Block.Column.right("Dollars cut", 2.4f),
                Block.Column.right("Posts lost", 1.5f), Block.Column.right("Posts at risk " + Figures.AT_RISK_MARK, 2.2f),
                Block.Column.right("Human rights lost", 1.8f), Block.Column.right("SEA prevention lost", 1.8f)), rows,
                "No mission loses anything in this scenario."));
        if (scenario.hasTarget()) {
            String gap = totals.gap().map(g -> g.value() > 0 ? Figures.dollars(g) + " short"
                    : g.value() < 0 ? Figures.dollars(g.map(v -> -v)) + " over"
                    : "target met").orElse(Figures.NONE);
            b.add(new Block.Facts(List.of(new Block.Fact("Target", Figures.dollars(scenario.targetUsd())),
                    new Block.Fact("Total", Figures.dollars(totals.grandTotal())),
                    new Block.Fact("Gap", gap))));
        }

        b.add(new Block.Heading("Posts lost and at risk by grade"));
        List<Block.Row> grades = new ArrayList<>();
        Map<Grade, Integer> estimated = totals.postsAtRisk().byGrade();
        for (Grade g : Grade.values()) {
            int lost = totals.postsLostByGrade().getOrDefault(g, 0);
            int est = estimated.getOrDefault(g, 0);
            if (lost != 0 || est != 0) {
                grades.add(Block.Row.of(g.label(), Integer.toString(lost), Integer.toString(est),
                        Integer.toString(lost + est)));
            }
        }
        if (!grades.isEmpty()) {
            grades.add(Block.Row.total("All grades", Integer.toString(totals.postsLost()),
                    Integer.toString(totals.postsAtRisk().total()), Integer.toString(totals.jobsAtRisk())));
        }
        b.add(new Block.Table(List.of(Block.Column.left("Grade", 2f), Block.Column.right("Posts lost", 2f),
                Block.Column.right("At risk " + Figures.AT_RISK_MARK, 2.4f),
                Block.Column.right("Jobs at risk " + Figures.AT_RISK_MARK, 2.6f)), grades, "No post lost or at risk."));
        if (!estimated.isEmpty()) {
            b.add(Block.Paragraph.note(Figures.AT_RISK_NOTE));
        }

        if (!bars.isEmpty()) {
            b.add(new Block.Heading("Chart"));
            b.add(new Block.BarChart("Dollars cut per mission (bar length), with posts lost", bars));
        }
        if (anyIllustrative || totals.illustrative() && !rows.isEmpty()) {
            b.add(Block.Paragraph.note(Figures.ILLUSTRATIVE_NOTE));
        }
        return ctx.sheet("Scenario: " + scenario.name(), b);
    }

    private static String itemText(NegotiationData data, ScenarioItem i) {
        if (i.kind() == ScenarioItem.Kind.PROPOSAL) {
            return data.proposal(i.id()).map(p -> data.delegation(p.delegationId()).map(d -> d.name() + ": ").orElse("")
                    + p.title()).orElse("?");
        }
        return data.compromise(i.id()).map(c -> "Compromise on " + data.amendment(c.amendmentId())
                .map(a -> data.describe(a) + " " + AmendmentText.value(a)).orElse("?")
                + ": " + AmendmentText.value(data.amendment(c.amendmentId())
                .map(Amendment::kind).orElse(AmendmentKind.AMOUNT_CUT), c.value()))
                .orElse("?");
    }
}
