package org.parley.ui.common;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.util.Duration;
import org.parley.model.Figure;

/**
 * A tree-table cell for a money figure: compact amount; illustrative figures in italics with an
 * asterisk; the exact amount and the source (or "illustrative") in the tooltip.
 */
public final class FigureCells {

    private FigureCells() {
    }

    public static <S> TreeTableCell<S, Figure> treeTableCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(Figure figure, boolean empty) {
                super.updateItem(figure, empty);
                getStyleClass().remove(Styles.ILLUSTRATIVE);
                if (empty || figure == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                boolean illustrative = figure.illustrative();
                setText(MoneyText.compact(figure.usd()) + (illustrative ? Styles.ILLUSTRATIVE_MARK : ""));
                if (illustrative) {
                    getStyleClass().add(Styles.ILLUSTRATIVE);
                }
                setTooltip(tooltip(MoneyText.exact(figure.usd()) + "\n" + figure.provenance().describe()));
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
