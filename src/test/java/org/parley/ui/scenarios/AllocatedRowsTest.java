package org.parley.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;
import org.parley.model.Scenario;
import org.parley.model.ScenarioCalculator;
import org.parley.model.ScenarioItem;
import org.parley.model.ScenarioTotals;
import org.parley.model.Share;

/**
 * The scenario view per mission with the sample's US cut adopted (decision 0025): each mission's
 * row says its part of the top line and the figure its cuts are measured from, and no
 * "Unallocated" line repeats the cut.
 */
class AllocatedRowsTest {

    @Test
    void theUsCutInFull_showsUnifilsPart_andNoUnallocatedLine() throws Exception {
        NegotiationData data = NegotiationJson.readSample();
        Proposal us = data.proposals().stream().filter(p -> data.delegation(p.delegationId()).orElseThrow().code()
                .equals("US")).findFirst().orElseThrow();
        ScenarioTotals t = ScenarioCalculator.of(data, new Scenario(1, "US", 129_000_000,
                List.of(ScenarioItem.proposal(us.id(), Share.WHOLE))));

        List<TotalsRow> rows = TotalsTables.rows(data, t);

        assertThat(rows).extracting(TotalsRow::code).doesNotContain("Unallocated").contains("UNIFIL")
                .doesNotContain("UNFICYP", "MINURSO");
        TotalsRow unifil = rows.stream().filter(r -> r.code().equals("UNIFIL")).findFirst().orElseThrow();
        assertThat(unifil.allocatedUsd()).isEqualTo(8_925_710L); // AllocationSampleTest, by hand
        assertThat(unifil.allocatedText()).isEqualTo("$8.9M*");
        assertThat(unifil.dollarsTooltip()).contains("of which $8,925,710 allocated from a top-line cut")
                .contains("Cuts measured from the ACABQ recommended figure");
        assertThat(ScenarioText.detail(t)).contains("of which $129.0M allocated from top-line cuts")
                .doesNotContain("unallocated");
    }
}
