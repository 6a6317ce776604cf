package org.parley.ui.common;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.util.Duration;

/**
 * A tree-table cell for a money figure, given as a {@link FigureText}: compact amount; illustrative
 * figures in italics with an asterisk; the exact amount and the source (or "illustrative") in the tooltip.
 */
public final class FigureCells {

    private FigureCells() {
    }

    public static <S> TreeTableCell<S, FigureText> treeTableCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(FigureText figure, boolean empty) {
                super.updateItem(figure, empty);
                if (empty || figure == null) {
                    Styles.styleClass(this, Styles.ILLUSTRATIVE, false);
                    Styles.styleClass(this, Styles.NOT_YET_KNOWN, false);
                    setText(null);
                    LazyTip.set(this, null);
                    return;
                }
                boolean illustrative = figure.illustrative();
                setText(figure.compact() + (illustrative ? Styles.ILLUSTRATIVE_MARK : ""));
                Styles.styleClass(this, Styles.ILLUSTRATIVE, illustrative);
                Styles.styleClass(this, Styles.NOT_YET_KNOWN, figure.notYetKnown());
                LazyTip.set(this, figure::tooltip);
            }
        };
    }

    /** A tooltip that shows quickly, as delegates hover over many figures. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }
}
