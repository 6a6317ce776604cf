package org.parley.ui.common;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes shared by the panes, in one place. */
public final class Styles {

    /** A row or cell whose figure is illustrative, not a sourced fact. */
    public static final String ILLUSTRATIVE = "illustrative";
    /** A cell whose fact the desk's "now" does not know yet (decision 0024): greyed. */
    public static final String NOT_YET_KNOWN = "not-yet-known";
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

    /**
     * Gives {@code node} the style class or takes it away, changing nothing when it already is as
     * asked. A cell's update that removed and re-added its class every time made JavaFX restyle the
     * cell from scratch each time: after every gesture, every visible cell of every table.
     */
    public static void styleClass(javafx.scene.Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().removeAll(styleClass);
        }
    }
}
