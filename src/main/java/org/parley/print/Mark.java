package org.parley.print;

/**
 * One thing drawn on a laid-out page: text, a line or a box. Coordinates are points from the
 * page's top-left corner, y growing downwards; grey levels run from 0 (black) to 1 (white).
 * Both renderers (JavaFX nodes and PDF) draw exactly these, so preview, print and PDF agree.
 */
public sealed interface Mark permits Mark.Text, Mark.Line, Mark.Box {

    /**
     * A run of text on one line.
     *
     * @param x left edge
     * @param baseline the text's baseline
     */
    record Text(float x, float baseline, String text, FontFace face, float size, float gray) implements Mark {
    }

    /** A straight line of a given width. */
    record Line(float x1, float y1, float x2, float y2, float width, float gray) implements Mark {
    }

    /**
     * A rectangle, filled and/or outlined.
     *
     * @param fillGray fill grey, or a negative number for no fill
     * @param strokeGray outline grey, or a negative number for no outline
     */
    record Box(float x, float y, float width, float height, float fillGray, float strokeGray, float strokeWidth)
            implements Mark {
    }
}
