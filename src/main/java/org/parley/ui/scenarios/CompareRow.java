package org.parley.ui.scenarios;

import java.util.Map;

import org.parley.model.Cut;
import org.parley.model.Grade;
import org.parley.ui.common.MoneyText;

/**
 * One mission in the side-by-side comparison of two scenarios.
 *
 * @param missionId the mission, or null for the unallocated line
 * @param code "MONUSCO", or "Unallocated"
 * @param first what the selected scenario cuts there
 * @param second what the scenario compared with cuts there
 * @param differenceUsd second minus first
 * @param differencePosts second minus first, by grade
 */
public record CompareRow(Long missionId, String code, Cut first, Cut second, long differenceUsd,
                         Map<Grade, Integer> differencePosts) {

    public String firstText() {
        return MoneyText.compact(first.usd());
    }

    public String secondText() {
        return MoneyText.compact(second.usd());
    }

    public String differenceText() {
        return ScenarioText.difference(differenceUsd);
    }

    public String differencePostsText() {
        return ScenarioText.postsDifference(differencePosts);
    }
}
