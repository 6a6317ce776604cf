package org.parley.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.Mission;
import org.parley.model.Proposal;
import org.parley.model.Scenario;

/** Which sheet File > Print… previews for what is selected. */
class SheetChoiceTest {

    private static final Mission MISSION = PrintSamples.SAMPLE.missions().get(0);
    private static final Proposal PROPOSAL = PrintSamples.SAMPLE.proposals().get(0);
    private static final Scenario SCENARIO = new Scenario(77, "Half of everything", 0, List.of());

    @Test
    void aSelectedMission_printsItsMissionBrief() {
        assertThat(SheetChoice.forSelection(MISSION, null, false, null)).isEqualTo(SheetChoice.mission(MISSION.id()));
    }

    @Test
    void aSelectedProposal_printsItsDelegationsBrief() {
        assertThat(SheetChoice.forSelection(null, PROPOSAL, false, null))
                .isEqualTo(SheetChoice.delegation(PROPOSAL.delegationId()));
    }

    @Test
    void withBothSelected_theFocusedPaneDecides() {
        assertThat(SheetChoice.forSelection(MISSION, PROPOSAL, false, null).kind()).isEqualTo(SheetKind.MISSION);
        assertThat(SheetChoice.forSelection(MISSION, PROPOSAL, true, null).kind()).isEqualTo(SheetKind.DELEGATION);
    }

    @Test
    void theScenarioInFront_winsOverTheOtherSelections() {
        assertThat(SheetChoice.forSelection(MISSION, PROPOSAL, true, SCENARIO)).isEqualTo(SheetChoice.scenario(77));
    }

    @Test
    void nothingSelected_printsTheDailyBrief_overTheLastDay() {
        assertThat(SheetChoice.forSelection(null, null, false, null)).isEqualTo(SheetChoice.daily(SheetChoice.DAY));
    }

    @Test
    void aSheetAboutSomething_needsItsSubject() {
        assertThatThrownBy(() -> new SheetChoice(SheetKind.MISSION, null, SheetChoice.DAY))
                .hasMessageContaining("Mission brief needs");
    }
}
