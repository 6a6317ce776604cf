package org.parley.ui.missions;

import org.parley.model.Baseline;

/** The money columns of the missions tree, in the order shown: each names the baseline it shows. */
public enum FigureColumn {
    PRIOR("Prior", Baseline.PRIOR_APPROVED),
    SG("SG", Baseline.SG_PROPOSED),
    ACABQ("ACABQ", Baseline.ACABQ_RECOMMENDED),
    CURRENT("Current", Baseline.CURRENT);

    private final String title;
    private final Baseline baseline;

    FigureColumn(String title, Baseline baseline) {
        this.title = title;
        this.baseline = baseline;
    }

    /** The column's header. */
    public String title() {
        return title;
    }

    Baseline baseline() {
        return baseline;
    }
}
