package org.parley.ui.common;

import org.parley.model.PostsAtRisk;

/**
 * How the window speaks of posts at risk: always as an estimate, never added to the posts
 * abolished without saying so, and with the rule on hover.
 */
public final class AtRiskText {

    /** What marks a number of posts at risk as an estimate, wherever it is shown. */
    public static final String MARK = "(est.)";

    /**
     * The rule behind "at risk (estimate)", and why the sample's figure for Russia is not the
     * press's "about 170": the tooltip of every figure of posts at risk.
     */
    public static final String NOTE = "Posts at risk (estimate): " + PostsAtRisk.RULE + "\n"
            + PostsAtRisk.PRESS_FIGURES + " See docs/scenario-rules.md.";

    private AtRiskText() {
    }
}
