package org.parley.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import org.parley.model.DeskTimes;
import org.parley.model.Figure;

/**
 * A money figure as a cell shows it, worked out before it reaches the view: the compact amount,
 * the tooltip (exact amount and source, or "illustrative"), whether it is illustrative, and
 * whether the desk's "now" does not know it yet (decision 0024): then the cell reads "not yet
 * known", greyed, without the amount, and the tooltip says from when it is known.
 */
public record FigureText(String compact, String tooltip, boolean illustrative, boolean notYetKnown) {

    public static final String NOT_YET_KNOWN = "not yet known";


    public FigureText(String compact, String tooltip, boolean illustrative) {
        this(compact, tooltip, illustrative, false);
    }

    public static FigureText of(Figure figure) {
        return new FigureText(MoneyText.compact(figure.usd()),
                MoneyText.exact(figure.usd()) + "\n" + figure.provenance().describe(), figure.illustrative());
    }

    /** The figure as a desk whose "now" is {@code now} sees it; {@code now} null: everything is known. */
    public static FigureText of(Figure figure, Instant now, ZoneId zone) {
        if (now == null || figure.knownAt(now)) {
            return of(figure);
        }
        return new FigureText(NOT_YET_KNOWN, "Not yet known on the desk's date: known from "
                + DeskTimes.dateTime(figure.knownFrom(), zone), false, true);
    }
}
