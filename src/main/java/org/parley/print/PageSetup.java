package org.parley.print;

import java.util.Locale;
import java.util.Objects;

/**
 * Paper, orientation and margins: everything the layout needs to know about the page. Sizes
 * are in points; the layout's origin is the page's top-left corner, y growing downwards.
 *
 * @param margin the blank border on every side, in points (the printable area of common
 *               printers is inside 0.5 inch; 36 pt is 0.5 inch)
 */
public record PageSetup(Paper paper, Orientation orientation, float margin) {

    public static final float DEFAULT_MARGIN = 36f;
    public static final PageSetup A4_PORTRAIT = new PageSetup(Paper.A4, Orientation.PORTRAIT);

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        if (!(margin >= 0) || margin * 2 >= Math.min(paper.width(), paper.height()) / 2) {
            throw new IllegalArgumentException("a margin of " + margin + " pt leaves no room on " + paper.label());
        }
    }

    public PageSetup(Paper paper, Orientation orientation) {
        this(paper, orientation, DEFAULT_MARGIN);
    }

    public float width() {
        return orientation == Orientation.PORTRAIT ? paper.width() : paper.height();
    }

    public float height() {
        return orientation == Orientation.PORTRAIT ? paper.height() : paper.width();
    }

    /** "A4 portrait". */
    public String describe() {
        return paper.label() + " " + orientation.label().toLowerCase(Locale.ROOT);
    }
}
