package org.parley.io;

import java.util.Optional;

import org.parley.model.Derived;
import org.parley.model.Grade;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;

/**
 * A scenario's totals as a CSV table: one row per mission it touches (in the negotiation's
 * order) with dollars cut and the part of them allocated from top-line cuts, posts lost in all and by grade, the shares of human-rights and
 * SEA-prevention money lost, and whether any figure was illustrative; then rows for the total,
 * the unallocated dollars, the target and the gap to it. Money is whole dollars and percentages
 * plain numbers, so a spreadsheet can add them up; see {@link CsvOutput} for the quoting rules.
 */
public final class ScenarioCsv {

    /** The rows under the missions, in their first column. */
    public static final String TOTAL = "Total";
    public static final String UNALLOCATED = "Unallocated";
    public static final String TARGET = "Target";
    public static final String GAP = "Gap to target";
    /**
     * The column beside the dollars, as in the scenario view: the mission's part of allocated
     * top-line cuts (decision 0025), included in its dollars and never counted again.
     */
    public static final String OF_IT_TOP_LINE = "Of it, top line (USD)";

    private ScenarioCsv() {
    }

    /** The table for one scenario of the negotiation. */
    public static CsvOutput of(NegotiationData data, Scenario scenario) {
        ScenarioTotals totals = ScenarioCalculator.of(data, scenario);
        CsvOutput t = new CsvOutput();
        header(t);
        for (MissionTotals m : totals.missions().values()) {
            Optional<Mission> mission = data.mission(m.missionId());
            t.row().text(mission.map(Mission::code).orElse("?")).text(mission.map(Mission::name).orElse(""));
            t.number(m.cut().usd()).number(m.allocatedUsd()).number(m.cut().posts());
            for (Grade g : Grade.values()) {
                t.number(m.cut().postsByGrade().getOrDefault(g, 0));
            }
            share(t, m.humanRightsLost());
            share(t, m.seaPreventionLost());
            t.text(m.illustrative() ? "yes" : "no");
        }
        t.row().text(TOTAL).empty().number(totals.grandTotalUsd()).number(totals.allocatedUsd()).number(totals.postsLost());
        for (Grade g : Grade.values()) {
            t.number(totals.postsLostByGrade().getOrDefault(g, 0));
        }
        t.empty().empty().text(flag(totals.grandTotal()));
        summary(t, UNALLOCATED, true, totals.unallocatedUsd());
        summary(t, TARGET, totals.hasTarget(), totals.targetUsd());
        // The gap is computed from the total, so it says whether it is illustrative; the target is typed in.
        summary(t, GAP, totals.hasTarget(), totals.gapToTarget().orElse(0));
        totals.gap().ifPresent(g -> {
            for (int i = 0; i < 2 + Grade.values().length + 2; i++) { // top line, posts, by grade, two shares
                t.empty();
            }
            t.text(flag(g));
        });
        return t;
    }

    /** The "Illustrative figures" cell of a computed figure. */
    private static String flag(Derived<?> figure) {
        return figure.illustrative() ? "yes" : "no";
    }

    private static void header(CsvOutput t) {
        t.row().text("Mission").text("Name").text("Dollars cut (USD)").text(OF_IT_TOP_LINE).text("Posts lost");
        for (Grade g : Grade.values()) {
            t.text("Posts lost " + g.label());
        }
        t.text("Human rights share lost (%)").text("SEA prevention share lost (%)").text("Illustrative figures");
    }

    private static void share(CsvOutput t, Optional<Share> share) {
        if (share.isPresent()) {
            t.percent(share.get());
        } else {
            t.empty();
        }
    }

    /** A row with only a dollar figure; its cell is left empty when the figure does not apply (no target). */
    private static void summary(CsvOutput t, String label, boolean applies, long usd) {
        t.row().text(label).empty();
        if (applies) {
            t.number(usd);
        } else {
            t.empty();
        }
    }
}
