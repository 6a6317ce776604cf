package org.parley.ui.print;

import org.parley.print.Orientation;
import org.parley.print.PageSetup;
import org.parley.print.Paper;

/**
 * How our pages meet the paper a printer job chose: the page setup to lay the sheet out for,
 * where to put the page, and a note when the paper is not one we lay out for. Plain numbers in,
 * so it is decided (and tested) without a printer.
 *
 * @param setup our paper (A4 or US Letter) matching the printer.s, else the largest that fits on it, its orientation, and a
 *              margin no smaller than the printer's hardware margins
 * @param offsetX where the page's left edge goes, relative to the printable area's (the printer
 *                puts the node's origin at the printable area's top-left corner, so minus the
 *                left margin puts our page origin on the paper's corner)
 * @param offsetY the same, downwards
 * @param note what the user should know about the fit, or "" when it is exact
 */
public record PrinterFit(PageSetup setup, double offsetX, double offsetY, String note) {

    /** Within this many points a paper counts as ours (papers are specified in millimetres). */
    private static final double SAME_PAPER = 3;

    /**
     * @param paperName the printer's name for the paper, e.g. "Legal", for the note
     * @param paperWidth the paper's width in points, portrait
     * @param paperHeight the paper's height in points, portrait
     * @param landscape true when the job prints across the paper
     * @param left the printable area's left margin in points, in the job's orientation
     * @param right its right margin
     * @param top its top margin
     * @param bottom its bottom margin
     */
    public static PrinterFit of(String paperName, double paperWidth, double paperHeight, boolean landscape,
                                double left, double right, double top, double bottom) {
        Paper nearest = nearest(paperWidth, paperHeight);
        String note = "";
        if (!matches(nearest, paperWidth, paperHeight)) {
            note = "Parley lays sheets out for A4 and US Letter; the printer's paper (" + paperName + ", "
                    + Math.round(paperWidth) + " × " + Math.round(paperHeight) + " pt) gets the "
                    + nearest.label() + " layout"
                    + (nearest.width() > paperWidth + SAME_PAPER || nearest.height() > paperHeight + SAME_PAPER
                    ? ", and the edges of the page may be cut off." : ".");
        }
        double hardware = Math.max(Math.max(left, right), Math.max(top, bottom));
        float margin = (float) Math.max(PageSetup.DEFAULT_MARGIN, Math.ceil(hardware));
        PageSetup setup = new PageSetup(nearest, landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT, margin);
        return new PrinterFit(setup, -left, -top, note);
    }

    /**
     * Ours that matches the paper; else, of ours that fit on it, the largest (nothing is cut
     * off, least is wasted); else the one that overflows it least.
     */
    private static Paper nearest(double width, double height) {
        Paper best = null;
        double bestScore = Double.MAX_VALUE;
        for (Paper p : Paper.values()) {
            if (matches(p, width, height)) {
                return p;
            }
            double overflow = Math.max(0, p.width() - width) + Math.max(0, p.height() - height);
            // Overflow dominates; among papers that fit, the larger wins.
            double score = overflow > 0 ? 1e9 + overflow : -(double) p.width() * p.height();
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean matches(Paper paper, double width, double height) {
        return Math.abs(paper.width() - width) <= SAME_PAPER && Math.abs(paper.height() - height) <= SAME_PAPER;
    }
}
