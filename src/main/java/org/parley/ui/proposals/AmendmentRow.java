package org.parley.ui.proposals;

import org.parley.model.Amendment;
import org.parley.model.Cut;
import org.parley.model.Figure;
import org.parley.model.NegotiationData;
import org.parley.model.Post;
import org.parley.model.ProposedCuts;
import org.parley.model.Target;
import org.parley.ui.common.MoneyText;

/**
 * An amendment as the proposals pane lists it, with what it would cut on its own.
 *
 * @param number its position in the proposal, from 1
 * @param amendment the amendment
 * @param target the target as text
 * @param impact what it alone would cut
 * @param impactIllustrative whether the figure the impact is measured from is illustrative
 */
public record AmendmentRow(int number, Amendment amendment, String target, Cut impact, boolean impactIllustrative) {

    public static AmendmentRow of(NegotiationData data, int number, Amendment a) {
        return new AmendmentRow(number, a, data.describe(a), ProposedCuts.impactOf(data, a),
                measuredFromIllustrative(data, a));
    }

    public long amendmentId() {
        return amendment.id();
    }

    public String rationale() {
        return amendment.rationale();
    }

    /** Whether its source is marked illustrative (the Source column shows it so). */
    public boolean sourceIllustrative() {
        return amendment.provenance().illustrative();
    }

    public String kind() {
        return amendment.kind().label();
    }

    /** The value in its unit: "50%", "$129.0M", "3 posts". */
    public String value() {
        return switch (amendment.kind()) {
            case PERCENT_CUT -> amendment.share().toPercentText();
            case ABOLISH_POSTS -> amendment.value() + (amendment.value() == 1 ? " post" : " posts");
            default -> MoneyText.compact(amendment.value());
        };
    }

    /** The dollars it cuts, marked with an asterisk when computed from an illustrative figure. */
    public String dollars() {
        if (impact.usd() == 0) {
            return "";
        }
        return MoneyText.cut(impact.usd()) + (impactIllustrative ? "*" : "");
    }

    public String posts() {
        return impact.posts() == 0 ? "" : String.valueOf(impact.posts());
    }

    public String source() {
        return amendment.provenance().describe();
    }

    private static boolean measuredFromIllustrative(NegotiationData data, Amendment a) {
        Target t = a.target();
        if (t.isWholeBudget()) {
            return false;
        }
        if (t.postId() != null) {
            return data.post(t).map(Post::illustrative).orElse(true);
        }
        var baselines = t.lineId() == null
                ? data.mission(t.missionId()).map(m -> m.baselines())
                : data.line(t.missionId(), t.lineId()).map(l -> l.baselines());
        return baselines.flatMap(b -> b.reference()).map(Figure::illustrative).orElse(true);
    }
}
