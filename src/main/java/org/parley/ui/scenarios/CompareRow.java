package org.parley.ui.scenarios;

import java.util.Map;

import org.parley.model.Cut;
import org.parley.model.Grade;
import org.parley.ui.common.MoneyText;
import org.parley.ui.common.Styles;

/**
 * One mission in the side-by-side comparison of two scenarios.
 *
 * @param missionId the mission, or null for the unallocated line
 * @param code "MONUSCO", or "Unallocated"
 * @param first what the selected scenario cuts there
 * @param second what the scenario compared with cuts there
 * @param differenceUsd second minus first
 * @param differencePosts second minus first, by grade
 * @param illustrative either scenario's figures for the mission were measured from illustrative ones
 */
public record CompareRow(Long missionId, String code, Cut first, Cut second, long differenceUsd,
                         Map<Grade, Integer> differencePosts, boolean illustrative) {

    public String firstText() {
        return MoneyText.compact(first.usd()) + mark();
    }

    public String secondText() {
        return MoneyText.compact(second.usd()) + mark();
    }

    public String differenceText() {
        return ScenarioText.difference(differenceUsd) + mark();
    }

    /** The exact figures, and whether they can be quoted. */
    public String tooltip() {
        return code + ": " + MoneyText.exact(second.usd()) + " against " + MoneyText.exact(first.usd())
                + (illustrative ? "\nMeasured from illustrative figures: not to be quoted as fact" : "");
    }

    private String mark() {
        return illustrative ? Styles.ILLUSTRATIVE_MARK : "";
    }

    public String differencePostsText() {
        return ScenarioText.postsDifference(differencePosts);
    }
}
