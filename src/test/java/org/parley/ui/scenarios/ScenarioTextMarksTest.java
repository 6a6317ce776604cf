package org.parley.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.NegotiationData;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioTotals;
import org.parley.service.RichSample;
import org.parley.ui.common.MoneyText;

/** The scenarios pane's total line marks every figure measured from an illustrative one, the gap too. */
class ScenarioTextMarksTest {

    @Test
    void theGapToTheTargetIsMarkedWhenTheTotalIs() throws Exception {
        NegotiationData data = RichSample.data();
        Scenario withTarget = data.scenarios().stream().filter(Scenario::hasTarget).findFirst().orElseThrow();
        ScenarioTotals t = ScenarioCalculator.of(data, withTarget);
        long gap = t.gapToTarget().orElseThrow();

        String text = ScenarioText.total(t, true);

        assertThat(text).startsWith(MoneyText.compact(t.grandTotalUsd()) + "*")
                .contains(MoneyText.compact(Math.abs(gap)) + "*" + (gap > 0 ? " short" : " over"));
        assertThat(ScenarioText.total(t, false)).doesNotContain("*");
    }
}
