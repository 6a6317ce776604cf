package org.parley.ui.missions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;
import org.parley.model.ProposedCuts;

/** The missions pane on the sample: the US cut's part in each budget, said as such, and what cuts are measured from. */
class AllocatedCutsTextTest {

    @Test
    void unifil_showsItsPartOfTheUsCut_andItsCutsAreMeasuredFromTheAcabqFigure() throws Exception {
        NegotiationData data = NegotiationJson.readSample();
        MissionsViewModel vm = new MissionsViewModel();
        vm.setData(data, ProposedCuts.of(data));
        Mission unifil = data.missionByCode("UNIFIL").orElseThrow();
        MissionRow row = new MissionRow.OfMission(unifil);

        // 8,925,710: AllocationSampleTest, by hand
        assertThat(vm.cutsText(row)).startsWith("US ").contains("of it allocated from a top-line cut");
        assertThat(vm.measuredFromText(row)).isEqualTo("Cuts measured from the ACABQ recommended figure ($475,000,000).");
        Mission minurso = data.missionByCode("MINURSO").orElseThrow();
        assertThat(vm.cutsText(new MissionRow.OfMission(minurso))).isEmpty();
        assertThat(vm.measuredFromText(new MissionRow.OfMission(minurso)))
                .isEqualTo("Cuts measured from the SG proposed figure ($53,800,000).");
    }
}
