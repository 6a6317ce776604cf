package org.parley.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Sheet} out on pages of a {@link PageSetup}: wraps text, breaks tables across
 * pages with their header repeated, keeps a heading with what follows it, and frames every page
 * with the marking, negotiation, sheet title, "as of" and "Page N of M". Pure arithmetic on the
 * fonts' metrics; the renderers only draw the resulting {@link Mark}s.
 */
public final class SheetLayout {

    // Sizes in points. Small enough for a dense brief, large enough to read in a dim room.
    static final float BODY = 9f;
    static final float TABLE = 8.5f;
    static final float NOTE = 7.5f;
    static final float HEADING = 11f;
    static final float TITLE = 15f;
    static final float FRAME = 8f;
    static final float MARKING = 10f;
    static final float LEADING = 1.3f;
    static final float CELL_PAD_X = 3f;
    static final float CELL_PAD_Y = 2.5f;
    static final float HEADER_HEIGHT = 44f;
    static final float FOOTER_HEIGHT = 24f;
    static final float NOTE_GRAY = 0.3f;
    static final float HEADER_FILL = 0.88f;
    static final float RULE_GRAY = 0.6f;
    static final float BAR_FILL = 0.55f;

    private final FontBook fonts;
    private final PageSetup setup;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final List<List<Mark>> bodies = new ArrayList<>();
    private List<Mark> current;
    private float y;
    /**
     * What must follow the current block's last line on the same page: the footnotes right
     * after it, so that no page holds only a footnote. Zero when nothing is kept with it.
     */
    private float keep;
    /** The same for the block after the current one (a heading moves on with a short table and its notes). */
    private float keepNext;

    private SheetLayout(FontBook fonts, PageSetup setup) {
        this.fonts = fonts;
        this.setup = setup;
        this.left = setup.margin();
        this.right = setup.width() - setup.margin();
        this.top = setup.margin() + HEADER_HEIGHT;
        this.bottom = setup.height() - setup.margin() - FOOTER_HEIGHT;
    }

    /** The pages of {@code sheet} on {@code setup}, at least one. */
    public static List<Page> layout(Sheet sheet, PageSetup setup, FontBook fonts) {
        SheetLayout layout = new SheetLayout(fonts, setup);
        layout.newPage();
        layout.title(sheet);
        List<Block> blocks = sheet.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            layout.keep = layout.notesAfter(blocks, i);
            layout.keepNext = layout.notesAfter(blocks, i + 1);
            layout.block(blocks.get(i), next);
        }
        return layout.frame(sheet);
    }

    public static List<Page> layout(Sheet sheet, PageSetup setup) {
        return layout(sheet, setup, FontBook.shared());
    }

    private float width() {
        return right - left;
    }

    private void newPage() {
        current = new ArrayList<>();
        bodies.add(current);
        y = top;
    }

    /** The height of the footnotes (note paragraphs) that directly follow block {@code i}. */
    private float notesAfter(List<Block> blocks, int i) {
        float height = 0f;
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!(blocks.get(j) instanceof Block.Paragraph p) || p.emphasis() != Block.Emphasis.NOTE) {
                break;
            }
            height += TextWrap.lines(fonts, printable(p.text(), FontFace.REGULAR), FontFace.REGULAR, NOTE, width()).size()
                    * NOTE * LEADING + 3f;
        }
        return height;
    }

    /**
     * Before a block's last piece of {@code height}: moves to a new page unless it fits here
     * together with what is kept with it, so long as the two would fit on a fresh page.
     */
    private void ensureLast(float height) {
        float together = height + keep;
        ensure(together <= bottom - top ? together : height);
    }

    private boolean fits(float height) {
        return y + height <= bottom + 0.01f;
    }

    /** Moves to a new page unless {@code height} fits here, or this page is still empty (then it never would). */
    private void ensure(float height) {
        if (!fits(height) && y > top) {
            newPage();
        }
    }

    private String printable(String text, FontFace face) {
        return fonts.printable(text, face);
    }

    private void text(float x, float baseline, String text, FontFace face, float size, float gray) {
        if (!text.isEmpty()) {
            current.add(new Mark.Text(x, baseline, text, face, size, gray));
        }
    }

    // ---- blocks

    private void title(Sheet sheet) {
        lines(sheet.title(), FontFace.BOLD, TITLE, 0f, 0f);
        y += 6f;
    }

    private void block(Block block, Block next) {
        if (block instanceof Block.Heading h) {
            heading(h, next);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.Facts f) {
            facts(f);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.BarChart c) {
            chart(c);
        }
    }

    private void heading(Block.Heading h, Block next) {
        float gapBefore = y > top ? 10f : 0f;
        List<String> lines = TextWrap.lines(fonts, printable(h.text(), FontFace.BOLD), FontFace.BOLD, HEADING, width());
        float height = gapBefore + lines.size() * HEADING * LEADING + 4f;
        // A heading never ends a page: it moves on with the first line of what it heads.
        ensure(height + firstLineHeight(next));
        if (y > top) {
            y += gapBefore;
        }
        for (String line : lines) {
            y += HEADING * LEADING;
            text(left, y - HEADING * 0.3f, line, FontFace.BOLD, HEADING, 0f);
        }
        current.add(new Mark.Line(left, y + 1f, right, y + 1f, 0.6f, 0f));
        y += 4f;
    }

    private float firstLineHeight(Block next) {
        if (next == null || next instanceof Block.Heading) {
            return 0f;
        }
        if (next instanceof Block.Table t) {
            if (t.rows().isEmpty()) {
                return NOTE * LEADING + 4f;
            }
            // Measured, not guessed: a first row that wraps to several lines must fit under the heading too.
            // A short table goes whole (its total is never stranded, nor its notes), a long one with its first row.
            float[] widths = columnWidths(t);
            float height = rowHeight(cells(t.columns().stream().map(Block.Column::header).toList(), widths,
                    FontFace.BOLD));
            int rows = t.rows().size() <= 2 ? t.rows().size() : 1;
            for (int i = 0; i < rows; i++) {
                Block.Row row = t.rows().get(i);
                height += rowHeight(cells(row.cells(), widths, row.strong() ? FontFace.BOLD : FontFace.REGULAR));
            }
            // A row taller than a page is split anyway: then the heading needs only its first line.
            return Math.min(height + (t.rows().size() <= 2 ? keepNext : 0f),
                    (bottom - top) / 2);
        }
        if (next instanceof Block.BarChart) {
            return BODY * LEADING + 14f;
        }
        return BODY * LEADING;
    }

    private void paragraph(Block.Paragraph p) {
        FontFace face = p.emphasis() == Block.Emphasis.STRONG ? FontFace.BOLD : FontFace.REGULAR;
        float size = p.emphasis() == Block.Emphasis.NOTE ? NOTE : BODY;
        float gray = p.emphasis() == Block.Emphasis.NOTE ? NOTE_GRAY : 0f;
        lines(p.text(), face, size, gray, 0f);
        y += 3f;
    }

    /** Wrapped lines at the left margin (plus {@code indent}); a paragraph may break between any two lines. */
    private void lines(String text, FontFace face, float size, float gray, float indent) {
        List<String> wrapped = TextWrap.lines(fonts, printable(text, face), face, size, width() - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            String line = wrapped.get(i);
            if (i == wrapped.size() - 1) {
                ensureLast(size * LEADING);
            } else {
                ensure(size * LEADING);
            }
            y += size * LEADING;
            text(left + indent, y - size * 0.3f, line, face, size, gray);
        }
    }

    private void facts(Block.Facts block) {
        float labelWidth = 0;
        for (Block.Fact f : block.facts()) {
            labelWidth = Math.max(labelWidth, fonts.width(printable(f.label(), FontFace.BOLD), FontFace.BOLD, BODY));
        }
        labelWidth = Math.min(labelWidth + 10f, width() * 0.35f);
        for (int k = 0; k < block.facts().size(); k++) {
            Block.Fact f = block.facts().get(k);
            boolean lastFact = k == block.facts().size() - 1;
            List<String> labels = TextWrap.lines(fonts, printable(f.label(), FontFace.BOLD), FontFace.BOLD, BODY,
                    labelWidth - 10f);
            List<String> values = TextWrap.lines(fonts, printable(f.value(), FontFace.REGULAR), FontFace.REGULAR, BODY,
                    width() - labelWidth);
            int n = Math.max(labels.size(), values.size());
            for (int i = 0; i < n; i++) {
                if (lastFact && i == n - 1) {
                    ensureLast(BODY * LEADING);
                } else {
                    ensure(BODY * LEADING);
                }
                y += BODY * LEADING;
                float base = y - BODY * 0.3f;
                if (i < labels.size()) {
                    text(left, base, labels.get(i), FontFace.BOLD, BODY, 0f);
                }
                if (i < values.size()) {
                    text(left + labelWidth, base, values.get(i), FontFace.REGULAR, BODY, 0f);
                }
            }
        }
        y += 3f;
    }

    // ---- tables

    private void table(Block.Table t) {
        if (t.rows().isEmpty()) {
            lines(t.whenEmpty(), FontFace.REGULAR, NOTE, NOTE_GRAY, 0f);
            y += 4f;
            return;
        }
        float[] widths = columnWidths(t);
        List<List<String>> header = cells(t.columns().stream().map(Block.Column::header).toList(), widths, FontFace.BOLD);
        float headerHeight = rowHeight(header);
        float lineHeight = TABLE * LEADING;
        boolean needHeader = true;
        List<Block.Row> rows = t.rows();
        int n = rows.size();
        boolean endsWithTotal = n > 1 && rows.get(n - 1).strong();
        for (int k = 0; k < n; k++) {
            Block.Row row = rows.get(k);
            FontFace face = row.strong() ? FontFace.BOLD : FontFace.REGULAR;
            List<List<String>> cells = cells(row.cells(), widths, face);
            int lines = maxLines(cells);
            int done = 0;
            // What must stand on this row's page after it: the total row after the last plain row,
            // and the footnotes after the table's last row. Moves the row over with them when that
            // fits on a fresh page; a total or a note alone on a page reads as a printing fault.
            float after = 0f;
            if (k == n - 2 && endsWithTotal) {
                after = rowHeight(cells(rows.get(n - 1).cells(), widths, FontFace.BOLD)) + keep;
            } else if (k == n - 1 && !(endsWithTotal && k > 0)) {
                after = keep;
            }
            float whole = lines * lineHeight + 2 * CELL_PAD_Y;
            if (after > 0 && y > top && !fits((needHeader ? headerHeight : 0f) + whole + after)
                    && headerHeight + whole + after <= bottom - top) {
                newPage();
                needHeader = true;
            }
            while (done < lines) {
                // Keep a row whole when it fits on a page; split it by lines only when it never would.
                float rest = (lines - done) * lineHeight + 2 * CELL_PAD_Y;
                if (!fits(rest + (needHeader ? headerHeight : 0f))) {
                    boolean wholeOnFreshPage = headerHeight + rest <= bottom - top;
                    boolean lineFitsHere = fits((needHeader ? headerHeight : 0f) + lineHeight + 2 * CELL_PAD_Y);
                    if ((wholeOnFreshPage || !lineFitsHere) && y > top) {
                        newPage();
                        needHeader = true;
                    }
                }
                if (needHeader) {
                    drawRow(t, widths, header, 0, maxLines(header), FontFace.BOLD, true, false);
                    needHeader = false;
                }
                int room = (int) Math.floor((bottom - y - 2 * CELL_PAD_Y) / lineHeight + 0.001f);
                int take = Math.max(1, Math.min(lines - done, room));
                drawRow(t, widths, cells, done, take, face, false, row.strong());
                done += take;
                if (done < lines) {
                    newPage();
                    needHeader = true;
                }
            }
        }
        y += 6f;
    }

    /**
     * The columns' widths: shares of the table's width by weight, but never narrower than the
     * longest word in the column (header included), so that words break only when they must.
     */
    private float[] columnWidths(Block.Table t) {
        int n = t.columns().size();
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            float longest = longestWord(t.columns().get(i).header(), FontFace.BOLD);
            for (Block.Row r : t.rows()) {
                longest = Math.max(longest, longestWord(r.cells().get(i), r.strong() ? FontFace.BOLD : FontFace.REGULAR));
            }
            min[i] = Math.min(longest + 2 * CELL_PAD_X + 0.5f, width() * 0.4f);
        }
        float[] widths = new float[n];
        boolean[] fixed = new boolean[n];
        // Columns whose share is below their minimum get the minimum; the rest share what is left, by weight.
        for (int round = 0; round < n; round++) {
            float free = width();
            float weights = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= min[i];
                } else {
                    weights += t.columns().get(i).weight();
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    widths[i] = free * t.columns().get(i).weight() / weights;
                    if (widths[i] < min[i]) {
                        fixed[i] = true;
                        changed = true;
                    }
                } else {
                    widths[i] = min[i];
                }
            }
            if (!changed || free <= 0) {
                break;
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (total > width()) {
            for (int i = 0; i < n; i++) {
                widths[i] *= width() / total;
            }
        }
        return widths;
    }

    private float longestWord(String text, FontFace face) {
        float longest = 0;
        for (String word : printable(text, face).split("[ \n]+")) {
            longest = Math.max(longest, fonts.width(word, face, TABLE));
        }
        return longest;
    }

    private List<List<String>> cells(List<String> texts, float[] widths, FontFace face) {
        List<List<String>> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float inner = Math.max(1f, widths[i] - 2 * CELL_PAD_X);
            out.add(TextWrap.lines(fonts, printable(texts.get(i), face), face, TABLE, inner));
        }
        return out;
    }

    private static int maxLines(List<List<String>> cells) {
        int n = 1;
        for (List<String> c : cells) {
            n = Math.max(n, c.size());
        }
        return n;
    }

    private float rowHeight(List<List<String>> cells) {
        return maxLines(cells) * TABLE * LEADING + 2 * CELL_PAD_Y;
    }

    /** Draws lines {@code from} to {@code from + count} of a row's cells as one band. */
    private void drawRow(Block.Table t, float[] widths, List<List<String>> cells, int from, int count, FontFace face,
                         boolean header, boolean strong) {
        float height = count * TABLE * LEADING + 2 * CELL_PAD_Y;
        if (header) {
            current.add(new Mark.Box(left, y, width(), height, HEADER_FILL, -1f, 0f));
        }
        if (strong) {
            current.add(new Mark.Line(left, y, right, y, 0.8f, 0f));
        }
        float x = left;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            boolean alignRight = t.columns().get(c).align() == Block.Align.RIGHT;
            for (int i = 0; i < count && from + i < lines.size(); i++) {
                String s = lines.get(from + i);
                float base = y + CELL_PAD_Y + (i + 1) * TABLE * LEADING - TABLE * 0.3f;
                float tx = alignRight ? x + widths[c] - CELL_PAD_X - fonts.width(s, face, TABLE) : x + CELL_PAD_X;
                text(tx, base, s, face, TABLE, 0f);
            }
            x += widths[c];
        }
        y += height;
        current.add(new Mark.Line(left, y, right, y, header ? 0.8f : 0.3f, header ? 0f : RULE_GRAY));
    }

    // ---- charts

    private void chart(Block.BarChart c) {
        float kept = keep;
        keep = 0f; // the caption is not the chart's last line
        lines(c.caption(), FontFace.BOLD, BODY, 0f, 0f);
        keep = kept;
        y += 2f;
        long max = 1;
        for (Block.Bar b : c.bars()) {
            max = Math.max(max, b.value());
        }
        float labelWidth = width() * 0.28f;
        float barSpace = width() * 0.47f;
        float rowHeight = 14f;
        for (int k = 0; k < c.bars().size(); k++) {
            Block.Bar b = c.bars().get(k);
            List<String> labels = TextWrap.lines(fonts, printable(b.label(), FontFace.REGULAR), FontFace.REGULAR, TABLE,
                    labelWidth - 6f);
            float height = Math.max(rowHeight, labels.size() * TABLE * LEADING + 4f);
            if (k == c.bars().size() - 1) {
                ensureLast(height);
            } else {
                ensure(height);
            }
            for (int i = 0; i < labels.size(); i++) {
                text(left, y + 2f + (i + 1) * TABLE * LEADING - TABLE * 0.3f, labels.get(i), FontFace.REGULAR, TABLE, 0f);
            }
            // Bar length as an exact share of the largest, computed in long arithmetic then scaled.
            float length = (float) (barSpace * ((double) b.value() / max));
            float barX = left + labelWidth;
            if (b.value() > 0) {
                current.add(new Mark.Box(barX, y + 3f, Math.max(length, 0.8f), 9f, BAR_FILL, 0f, 0.5f));
            }
            current.add(new Mark.Line(barX, y + 1f, barX, y + height - 1f, 0.5f, 0f));
            String value = printable(b.valueText(), FontFace.REGULAR);
            float valueX = barX + length + 4f;
            List<String> values = TextWrap.lines(fonts, value, FontFace.REGULAR, TABLE, right - valueX);
            for (int i = 0; i < values.size(); i++) {
                text(valueX, y + 2f + (i + 1) * TABLE * LEADING - TABLE * 0.3f, values.get(i), FontFace.REGULAR, TABLE, 0f);
            }
            y += Math.max(height, values.size() * TABLE * LEADING + 4f);
        }
        y += 6f;
    }

    // ---- the frame on every page

    private List<Page> frame(Sheet sheet) {
        int count = bodies.size();
        List<Page> pages = new ArrayList<>(count);
        String marking = printable(oneLine(sheet.marking()), FontFace.BOLD);
        for (int i = 0; i < count; i++) {
            List<Mark> marks = new ArrayList<>();
            current = marks;
            float mTop = setup.margin();
            float mBottom = setup.height() - setup.margin();
            // Header: marking centred, then negotiation (left) and "as of" (right), then the sheet title.
            centred(marking, mTop + MARKING, FontFace.BOLD, MARKING);
            String asOf = printable(oneLine(sheet.asOf()), FontFace.REGULAR);
            float asOfWidth = fonts.width(asOf, FontFace.REGULAR, FRAME);
            String negotiation = TextWrap.ellipsize(fonts, printable(oneLine(sheet.negotiationTitle()), FontFace.REGULAR),
                    FontFace.REGULAR, FRAME, width() - asOfWidth - 12f);
            float line2 = mTop + MARKING + 4f + FRAME * LEADING;
            text(left, line2, negotiation, FontFace.REGULAR, FRAME, 0f);
            text(right - asOfWidth, line2, asOf, FontFace.REGULAR, FRAME, 0f);
            String title = TextWrap.ellipsize(fonts, printable(oneLine(sheet.title()), FontFace.BOLD), FontFace.BOLD, FRAME,
                    width());
            float line3 = line2 + FRAME * LEADING;
            if (i > 0) {
                // Page 1 carries the title large at the top of its body.
                text(left, line3, title, FontFace.BOLD, FRAME, 0f);
            }
            marks.add(new Mark.Line(left, line3 + 4f, right, line3 + 4f, 0.6f, 0f));
            // Footer: a rule, then the marking centred and "Page N of M" on the right.
            float footRule = mBottom - FOOTER_HEIGHT + 8f;
            marks.add(new Mark.Line(left, footRule, right, footRule, 0.6f, 0f));
            float footLine = mBottom - 2f;
            String pageText = "Page " + (i + 1) + " of " + count;
            text(right - fonts.width(pageText, FontFace.REGULAR, FRAME), footLine, pageText, FontFace.REGULAR, FRAME, 0f);
            text(left, footLine, "Parley", FontFace.REGULAR, FRAME, NOTE_GRAY);
            centred(marking, footLine, FontFace.BOLD, MARKING);
            marks.addAll(bodies.get(i));
            pages.add(new Page(i + 1, count, setup, marks));
        }
        return pages;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private void centred(String s, float baseline, FontFace face, float size) {
        float w = fonts.width(s, face, size);
        text(left + (width() - w) / 2f, baseline, s, face, size, 0f);
    }
}
