package org.parley.ui.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.parley.model.Cut;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.ScenarioComparison;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;
import org.parley.service.ScenarioTexts;
import org.parley.ui.common.MoneyText;

/** Builds the lines the scenario view shows from a scenario's totals. Pure functions. */
final class TotalsTables {

    /** The chart shows at most this many missions, the largest cuts, so that it stays readable. */
    static final int CHART_BARS = 30;

    private TotalsTables() {
    }

    static List<ItemRow> items(NegotiationData data, List<ScenarioItem> items) {
        List<ItemRow> rows = new ArrayList<>(items.size());
        int n = 1;
        for (ScenarioItem i : items) {
            rows.add(new ItemRow(n++, i, i.kind() == ScenarioItem.Kind.PROPOSAL ? "Proposal" : "Compromise",
                    ScenarioTexts.item(data, i)));
        }
        return rows;
    }

    /** A line per mission the scenario touches, in the negotiation's order, then the unallocated line. */
    static List<TotalsRow> rows(NegotiationData data, ScenarioTotals totals) {
        List<TotalsRow> rows = new ArrayList<>(totals.missions().size() + 1);
        for (Map.Entry<Long, MissionTotals> e : totals.missions().entrySet()) {
            Mission m = data.mission(e.getKey()).orElseThrow();
            rows.add(TotalsRow.of(m, e.getValue()));
        }
        if (totals.unallocatedUsd() != 0) {
            rows.add(TotalsRow.unallocated(totals.unallocatedUsd()));
        }
        return rows;
    }

    /** The missions with the largest cuts, largest first (at most {@link #CHART_BARS}). */
    static List<ChartBar> bars(List<TotalsRow> rows) {
        return rows.stream().filter(r -> r.missionId() != null && r.cut().usd() != 0)
                .sorted(Comparator.comparingLong((TotalsRow r) -> Math.abs(r.cut().usd())).reversed())
                .limit(CHART_BARS)
                .map(r -> new ChartBar(r.code(), r.cut().usd(), r.dollarsText(), r.dollarsTooltip()))
                .toList();
    }

    /** The second scenario against the first, per mission either touches, then unallocated. */
    static List<CompareRow> comparison(NegotiationData data, ScenarioTotals first, ScenarioTotals second) {
        ScenarioComparison c = ScenarioComparison.of(first, second);
        List<CompareRow> rows = new ArrayList<>(c.missions().size() + 1);
        for (ScenarioComparison.MissionDifference d : c.missions().values()) {
            String code = data.mission(d.missionId()).map(Mission::code).orElse("?");
            boolean illustrative = illustrative(first, d.missionId()) || illustrative(second, d.missionId());
            rows.add(new CompareRow(d.missionId(), code, cut(first, d.missionId()), cut(second, d.missionId()),
                    d.usd(), d.postsByGrade(), illustrative));
        }
        if (first.unallocatedUsd() != 0 || second.unallocatedUsd() != 0) {
            rows.add(new CompareRow(null, "Unallocated", Cut.dollars(first.unallocatedUsd()),
                    Cut.dollars(second.unallocatedUsd()), c.unallocatedUsd(), Map.of(), false));
        }
        return rows;
    }

    /** "\"B\" cuts $9.0M more than \"A\" ($20.5M against $11.5M)". */
    static String comparisonText(String first, ScenarioTotals a, String second, ScenarioTotals b) {
        long d = Math.subtractExact(b.grandTotalUsd(), a.grandTotalUsd());
        String figures = " (" + MoneyText.compact(b.grandTotalUsd()) + " against " + MoneyText.compact(a.grandTotalUsd())
                + ")";
        if (d == 0) {
            return "\"" + second + "\" and \"" + first + "\" cut the same" + figures;
        }
        return "\"" + second + "\" cuts " + MoneyText.compact(Math.abs(d)) + (d > 0 ? " more" : " less") + " than \""
                + first + "\"" + figures;
    }

    private static boolean illustrative(ScenarioTotals t, long missionId) {
        return t.mission(missionId).map(MissionTotals::illustrative).orElse(false);
    }

    private static Cut cut(ScenarioTotals t, long missionId) {
        return t.mission(missionId).map(MissionTotals::cut).orElse(Cut.NONE);
    }
}
