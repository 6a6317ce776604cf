package org.parley.ui.common;

import org.parley.model.Figure;

/**
 * A money figure as a cell shows it, worked out before it reaches the view: the compact amount,
 * the tooltip (exact amount and source, or "illustrative"), and whether it is illustrative.
 */
public record FigureText(String compact, String tooltip, boolean illustrative) {

    public static FigureText of(Figure figure) {
        return new FigureText(MoneyText.compact(figure.usd()),
                MoneyText.exact(figure.usd()) + "\n" + figure.provenance().describe(), figure.illustrative());
    }
}
