package org.parley.ui.scenarios;

import java.util.Optional;

import org.parley.model.Cut;
import org.parley.model.Mission;
import org.parley.model.MissionTotals;
import org.parley.model.PostsAtRisk;
import org.parley.model.Share;
import org.parley.ui.common.AtRiskText;
import org.parley.ui.common.MoneyText;
import org.parley.ui.common.Styles;

/**
 * One line of the totals per mission; the top-line cuts that name no mission get a line of
 * their own, so that the column adds up to the grand total.
 *
 * @param missionId the mission, or null for the unallocated line
 * @param code "MONUSCO", or "Unallocated"
 * @param name the mission's name, or what the unallocated line is
 * @param cut dollars and posts lost
 * @param humanRightsLost share of the human-rights budget lost; empty when not measurable
 * @param seaPreventionLost share of the SEA-prevention budget lost; empty when not measurable
 * @param illustrative measured from an illustrative figure
 * @param atRisk an estimate of the posts the dollar cuts put at risk, beside the posts lost
 * @param allocatedUsd the part of the dollars allocated from top-line cuts (decision 0025)
 * @param measuredFrom "Cuts measured from the ACABQ recommended figure" (empty for the unallocated line)
 */
public record TotalsRow(Long missionId, String code, String name, Cut cut, Optional<Share> humanRightsLost,
                        Optional<Share> seaPreventionLost, boolean illustrative, PostsAtRisk atRisk,
                        long allocatedUsd, String measuredFrom) {

    static TotalsRow of(Mission m, MissionTotals t) {
        return new TotalsRow(m.id(), m.code(), m.name(), t.cut(), t.humanRightsLost(), t.seaPreventionLost(),
                t.illustrative(), t.atRisk(), t.allocatedUsd(), m.baselines().measuredFrom());
    }

    static TotalsRow unallocated(long usd) {
        return new TotalsRow(null, "Unallocated", "Top-line cuts that name no mission", Cut.dollars(usd),
                Optional.empty(), Optional.empty(), false, PostsAtRisk.NONE, 0, "");
    }

    /** "$20.9M": the mission's part of allocated top-line cuts, included in its dollars; empty for none. */
    public String allocatedText() {
        return allocatedUsd == 0 ? "" : MoneyText.compact(allocatedUsd) + mark();
    }

    /** "6 est.: 1 P-4, 5 P-3", always marked as an estimate; "—" for none. */
    public String atRiskText() {
        return ScenarioText.atRisk(atRisk);
    }

    /** The rule behind the estimate, and the jobs at risk (abolished plus estimate) of the row. */
    public String atRiskTooltip() {
        if (missionId == null) {
            return "Top-line cuts name no line, so they put no post at risk\n\n" + AtRiskText.NOTE;
        }
        int jobs = cut.posts() + atRisk.total();
        return code + ": " + cut.posts() + " abolished + " + atRisk.total() + " at risk (estimate) = " + jobs
                + (jobs == 1 ? " job" : " jobs") + " at risk\n\n" + AtRiskText.NOTE;
    }

    /** "$6.6M", with the illustrative mark when it is. */
    public String dollarsText() {
        return MoneyText.compact(cut.usd()) + mark();
    }

    public String postsText() {
        return ScenarioText.posts(cut.postsByGrade());
    }

    public String humanRightsText() {
        return missionId == null ? "" : ScenarioText.share(humanRightsLost) + (humanRightsLost.isPresent() ? mark() : "");
    }

    public String seaPreventionText() {
        return missionId == null ? "" : ScenarioText.share(seaPreventionLost)
                + (seaPreventionLost.isPresent() ? mark() : "");
    }

    /** The exact dollars, and whether they can be quoted. */
    public String dollarsTooltip() {
        return name + "\n" + MoneyText.exact(cut.usd()) + (cut.usd() < 0 ? " restored" : " cut")
                + (allocatedUsd == 0 ? "" : ", of which " + MoneyText.exact(allocatedUsd)
                        + " allocated from a top-line cut")
                + (measuredFrom.isEmpty() ? "" : "\n" + measuredFrom)
                + (illustrative ? "\nMeasured from illustrative figures: not to be quoted as fact" : "");
    }

    private String mark() {
        return illustrative ? Styles.ILLUSTRATIVE_MARK : "";
    }
}
