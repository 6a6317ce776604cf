package org.parley.ui.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.model.Grade;
import org.parley.model.PostsAtRisk;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;
import org.parley.ui.common.MoneyText;
import org.parley.ui.common.Styles;

/**
 * How scenario figures read on screen: posts by grade in a few characters ("1 P-4, 3 P-3"),
 * shares lost, the grand total against the target, and signed differences. Money goes through
 * {@link MoneyText}, never through floating point.
 */
public final class ScenarioText {

    /** What an empty figure shows, so that "none" and "not measurable" are not a blank. */
    public static final String NONE = "—";

    private ScenarioText() {
    }

    /** "1 P-4, 3 P-3", senior grades first; "—" for none. */
    public static String posts(Map<Grade, Integer> byGrade) {
        String counts = Grade.counts(byGrade);
        return counts.isEmpty() ? NONE : counts;
    }

    /** "+2 P-3, −1 P-4": a difference in posts, senior grades first; "—" for none. */
    public static String postsDifference(Map<Grade, Integer> byGrade) {
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            Integer n = byGrade.get(g);
            if (n != null && n != 0) {
                parts.add((n > 0 ? "+" : "−") + Math.abs(n) + " " + g.label());
            }
        }
        return parts.isEmpty() ? NONE : String.join(", ", parts);
    }

    /** "6 est.: 1 P-4, 5 P-3", always marked as an estimate; "—" for none. */
    public static String atRisk(PostsAtRisk atRisk) {
        return atRisk.isNone() ? NONE : atRisk.total() + " est.: " + Grade.counts(atRisk.byGrade());
    }

    /** "64.1%", to one decimal as every measured share; "—" when the mission has no such lines to measure against. */
    public static String share(Optional<Share> share) {
        return share.map(Share::toMeasuredText).orElse(NONE);
    }

    /**
     * The grand total against the target: "$20.5M of the $129.0M target; $108.5M short",
     * "…; $20.5M over", "…; target met", or "$20.5M (no target)".
     */
    public static String total(ScenarioTotals t) {
        return total(t, false);
    }

    /** The same, with the illustrative mark after the total when it was measured from illustrative figures. */
    public static String total(ScenarioTotals t, boolean illustrative) {
        // The gap is computed from the total, so it carries the total's mark; the target is typed in, so it does not.
        String mark = illustrative ? Styles.ILLUSTRATIVE_MARK : "";
        String total = MoneyText.compact(t.grandTotalUsd()) + mark;
        if (!t.hasTarget()) {
            return total + " (no target)";
        }
        long gap = t.gapToTarget().orElseThrow();
        String against = total + " of the " + MoneyText.compact(t.targetUsd()) + " target; ";
        if (gap > 0) {
            return against + MoneyText.compact(gap) + mark + " short";
        }
        return gap < 0 ? against + MoneyText.compact(-gap) + mark + " over" : against + "target met";
    }

    /** The exact figures behind {@link #total}, for its tooltip. */
    public static String totalExact(ScenarioTotals t) {
        StringBuilder sb = new StringBuilder("Total cut ").append(MoneyText.exact(t.grandTotalUsd()));
        if (t.hasTarget()) {
            long gap = t.gapToTarget().orElseThrow();
            sb.append("\nTarget ").append(MoneyText.exact(t.targetUsd())).append("\nGap ")
                    .append(gap >= 0 ? MoneyText.exact(gap) + " short" : MoneyText.exact(-gap) + " over");
        }
        return sb.toString();
    }

    /**
     * "of which $129.0M unallocated · 38 posts lost: 1 P-4, 34 P-3, … · 99 posts at risk
     * (estimate): … · 137 jobs at risk (est.)".
     */
    public static String detail(ScenarioTotals t) {
        List<String> parts = new ArrayList<>();
        if (t.allocatedUsd() != 0) {
            parts.add("of which " + MoneyText.compact(t.allocatedUsd()) + " allocated from top-line cuts");
        }
        if (t.unallocatedUsd() != 0) {
            parts.add("of which " + MoneyText.compact(t.unallocatedUsd()) + " unallocated (top-line)");
        }
        int posts = t.postsLost();
        parts.add(posts == 0 ? "no posts lost"
                : posts + (posts == 1 ? " post lost: " : " posts lost: ") + posts(t.postsLostByGrade()));
        int atRisk = t.postsAtRisk().total();
        if (atRisk > 0) {
            parts.add(atRisk + (atRisk == 1 ? " post" : " posts") + " at risk (estimate): "
                    + posts(t.postsAtRisk().byGrade()));
            parts.add(t.jobsAtRisk() + " jobs at risk (est.)");
        }
        return String.join(" · ", parts);
    }

    /** A signed difference: "+$9.0M" when the second cuts more, "−$9.0M" when less, "$0". */
    public static String difference(long usd) {
        return usd > 0 ? "+" + MoneyText.compact(usd) : MoneyText.compact(usd);
    }
}
