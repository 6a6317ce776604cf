package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.io.NegotiationJson;
import org.parley.model.Allocation;
import org.parley.model.AmendmentKind;
import org.parley.model.Baseline;
import org.parley.model.Delegation;
import org.parley.model.NegotiationData;
import org.parley.model.Proposal;

/**
 * Issue 13, leftovers: the allocated parts of a top-line cut in the delegation and daily briefs,
 * read back from real PDFs. The sample's US $129M is spread pro rata to the fourteen ACABQ
 * recommended figures ($6,865,000,000 in all); every part below is worked out by hand in
 * docs/scenario-rules.md ("Adding the US top-line cut"): the whole part of
 * 129,000,000 × figure / 6,865,000,000, and the 7 dollars left to the largest remainders.
 */
class AllocatedBriefsPdfTest {

    private static final Instant NOW = Instant.parse("2018-06-26T13:00:00Z");
    private static NegotiationData sample;

    @BeforeAll
    static void read() throws Exception {
        sample = NegotiationJson.readSample();
    }

    /** Line breaks and the page furniture do not matter to what a figure says. */
    private static String pdf(Sheet sheet) throws Exception {
        return PdfPages.all(sheet).replaceAll("\\s+", " ");
    }

    private static Delegation delegation(NegotiationData data, String code) {
        return data.delegations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theUsBrief_listsHowItsCutIsAllocated_ruleBaselinePartsAndWhatIsLeftOut() throws Exception {
        String text = pdf(DelegationBrief.build(new BriefContext(sample, NOW, "CONFIDENTIAL"), delegation(sample, "US")));

        assertThat(text).contains("How the US top-line cut of $129,000,000 is allocated")
                .contains("pro rata to the ACABQ recommended figure")
                .contains("Baseline ACABQ recommended");
        // mission, its ACABQ figure (the weight), its part
        assertThat(text).contains("MONUSCO $1,110,000,000* −$20,857,975*") // 20,857,975.1
                .contains("MINUJUSTH $121,000,000* −$2,273,707*")
                .contains("UNAMID $715,000,000* −$13,435,543*") // 13,435,542.6, one of the 7 dollars
                .contains("UNMISS $1,080,000,000* −$20,294,246*")
                .contains("UNISFA $263,000,000* −$4,942,025*")
                .contains("MINUSCA $930,000,000* −$17,475,601*")
                .contains("MINUSMA $1,070,000,000* −$20,106,337*")
                .contains("UNIFIL $475,000,000* −$8,925,710*")
                .contains("UNMIK $37,000,000* −$695,266*")
                .contains("UNDOF $60,000,000* −$1,127,458*")
                .contains("UNSOS $560,000,000* −$10,522,942*")
                .contains("UNLB $82,000,000* −$1,540,859*")
                .contains("RSCE $32,000,000* −$601,311*")
                .contains("SUPPORT $330,000,000* −$6,201,020*")
                .contains("Allocated −$129,000,000*");
        // the US amendment itself no longer reads "unallocated"
        assertThat(text).contains("1. Whole budget (allocated pro rata to the ACABQ recommended figure)")
                .doesNotContain("Whole budget (unallocated)");
        assertThat(text).contains("Nothing stays unallocated")
                .contains("Left out, without the figure the rule needs: UNFICYP, MINURSO.");
        // and in what the US asks per mission: MONUSCO's dollars are its part, beside it
        assertThat(text).contains("Of it, top line").contains("MONUSCO −$20,857,975* −$20,857,975*");
    }

    @Test
    void byHand_theBriefGivesTheAmounts_andACutNoMissionCanTake_staysUnallocated() throws Exception {
        Map<Long, Long> parts = new LinkedHashMap<>();
        parts.put(sample.missionByCode("UNIFIL").orElseThrow().id(), 50_000_000L);
        parts.put(sample.missionByCode("UNSOS").orElseThrow().id(), 79_000_000L);
        NegotiationData byHand = withUsAllocation(Allocation.byHand(parts));
        String text = pdf(DelegationBrief.build(new BriefContext(byHand, NOW, "CONFIDENTIAL"), delegation(byHand, "US")));
        assertThat(text).contains("Rule by hand").contains("Amount given")
                .contains("UNIFIL $50,000,000 −$50,000,000").contains("UNSOS $79,000,000 −$79,000,000")
                .contains("Allocated −$129,000,000").contains("Nothing stays unallocated")
                .doesNotContain("Left out");

        // No budget of the sample has a current figure recorded: nobody takes a part, all are left out.
        assertThat(sample.missions()).allMatch(m -> m.baselines().get(Baseline.CURRENT).isEmpty());
        NegotiationData none = withUsAllocation(Allocation.proRata(Baseline.CURRENT));
        String alone = pdf(DelegationBrief.build(new BriefContext(none, NOW, "CONFIDENTIAL"), delegation(none, "US")));
        assertThat(alone).contains("No mission has a weight under this rule.")
                .contains("$129,000,000 stays unallocated: it counts in the grand total only")
                .contains("Unallocated (top-line) −$129,000,000")
                .contains("Left out, without the figure the rule needs: MONUSCO, UNFICYP,");
    }

    @Test
    void theDailyBrief_givesEachMissionsPartOfTheUsCut_inTheDollarsAtStake() throws Exception {
        String text = pdf(DailyBrief.build(new BriefContext(sample, NOW, "CONFIDENTIAL"), NOW, List.of()));

        assertThat(text).contains("Of it, top line");
        // MONUSCO: RU and CN's 5,955,000 + the US part 20,857,975 (docs/scenario-rules.md)
        assertThat(text).contains("MONUSCO −$26,812,975* −$20,857,975*");
        // budgets with no line carry only their part: before, they were not at stake at all
        assertThat(text).contains("UNIFIL −$8,925,710* −$8,925,710*").contains("RSCE −$601,311* −$601,311*");
        // RU, CN and the US: 18,705,000 + 129,000,000, the US cut counted once
        assertThat(text).contains("All missions −$147,705,000* −$129,000,000*");
        assertThat(text).contains("Whole budget (allocated pro rata to the ACABQ recommended figure) US −$129,000,000");
    }

    /** The sample with the US top-line cut allocated by another rule. */
    private static NegotiationData withUsAllocation(Allocation allocation) {
        long us = delegation(sample, "US").id();
        List<Proposal> proposals = new ArrayList<>();
        for (Proposal p : sample.proposals()) {
            if (p.delegationId() != us) {
                proposals.add(p);
                continue;
            }
            proposals.add(p.withAmendments(p.amendments().stream()
                    .map(a -> a.kind() == AmendmentKind.TOPLINE_CUT ? a.withAllocation(allocation) : a).toList()));
        }
        return sample.withProposals(proposals);
    }
}
