package org.parley.ui.common;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes shared by the panes, in one place. */
public final class Styles {

    /** A row or cell whose figure is illustrative, not a sourced fact. */
    public static final String ILLUSTRATIVE = "illustrative";
    /** A row related to the selection in another pane. */
    public static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    /** A proposal's row once its revision replaces it: greyed, it no longer counts. */
    public static final PseudoClass SUPERSEDED = PseudoClass.getPseudoClass("superseded");
    /** A pane's title label. */
    public static final String PANE_TITLE = "pane-title";
    /** The marker appended to illustrative figures. */
    public static final String ILLUSTRATIVE_MARK = "*";

    private Styles() {
    }
}
