package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Mission;
import org.parley.model.NegotiationData;

/**
 * Issue 13: the US $129M, allocated pro rata to the ACABQ figures in the sample (decision 0025),
 * reaches the mission briefs: a budget without lines is no longer "No proposal on the table",
 * its part is named as allocated from the top line, and the brief says which figure its cuts
 * are measured from. The parts are those worked out by hand in {@code AllocationSampleTest}.
 */
class AllocationBriefTest {

    private static final Instant NOW = Instant.parse("2018-06-26T13:00:00Z");
    private static NegotiationData data;
    private static BriefContext ctx;

    @BeforeAll
    static void sample() throws Exception {
        data = NegotiationJson.readSample();
        ctx = new BriefContext(data, NOW, "CONFIDENTIAL");
    }

    private static String text(Sheet sheet) {
        return PageText.of(SheetLayout.layout(sheet, PageSetup.A4_PORTRAIT));
    }

    private static Mission mission(String code) {
        return data.missionByCode(code).orElseThrow();
    }

    @Test
    void aBudgetWithoutLines_hasTheUsCutOnTheTable_asItsAllocatedPart() {
        String text = text(MissionBrief.build(ctx, mission("UNIFIL")));

        assertThat(text).doesNotContain("No proposal on the table for UNIFIL")
                .contains("Allocated from the top line").contains("(pro rata to the ACABQ") // wrapped in its cell
                .contains("8,925,710") // 129,000,000 x 475,000,000 / 6,865,000,000, rounded down
                .contains("Cuts measured from the ACABQ recommended figure.");
    }

    @Test
    void aBudgetWithOnlyAnSgFigure_getsNoPart_andSaysItsCutsAreMeasuredFromIt() {
        String text = text(MissionBrief.build(ctx, mission("MINURSO")));

        assertThat(text).contains("No proposal on the table for MINURSO.")
                .contains("Cuts measured from the SG proposed figure.");
    }

    @Test
    void monusco_everythingOnTheTable_includesItsPartOfTheUsCut() {
        String text = text(MissionBrief.build(ctx, mission("MONUSCO")));

        // RU and CN: 5,955,000; with the US part 20,857,975: 26,812,975 (docs/scenario-rules.md)
        assertThat(text).contains("Everything on the table").contains("26,812,975")
                .contains("20,857,975");
    }
}
