package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * No page holds only a footnote or a stranded total row: a table sized to end exactly at the
 * foot of page 1, then its total (or its note), read back from the PDF page by page.
 */
class KeepTogetherTest {

    private static final String NOTE = "* Illustrative: a note that belongs to the table above.";

    private static Sheet sheet(List<Block> blocks) {
        return new Sheet("Peacekeeping budgets 2018/19", "Keep together", "As of 26 Jun 2018 09:00 New York",
                "CONFIDENTIAL", blocks);
    }

    private static List<Block.Row> rows(int n) {
        List<Block.Row> r = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            r.add(Block.Row.of("Row " + i, "$" + i + ",000"));
        }
        return r;
    }

    private static Block.Table table(List<Block.Row> rows) {
        return new Block.Table(List.of(Block.Column.left("Mission", 3), Block.Column.right("Dollars", 1)), rows, "none");
    }

    /** The most rows that still end on page 1: one more and the table runs over. */
    private static int rowsFillingPageOne() {
        int n = 1;
        while (SheetLayout.layout(sheet(List.of(new Block.Heading("Cuts"), table(rows(n + 1)))),
                PageSetup.A4_PORTRAIT).size() == 1) {
            n++;
        }
        return n;
    }

    @Test
    void aTotalRowNeverStandsAloneOnAPage() throws IOException {
        int n = rowsFillingPageOne();
        List<Block.Row> rows = rows(n);
        rows.add(Block.Row.total("Total", "$" + (n * (n + 1) / 2) + ",000"));

        List<String> pages = PdfPages.of(sheet(List.of(new Block.Heading("Cuts"), table(rows))));

        assertThat(pages).hasSize(2);
        // The last plain row goes over with the total, under the header repeated.
        assertThat(pages.get(1)).contains("Mission").contains("Row " + n + " ").contains("Total");
        assertThat(pages.get(0)).doesNotContain("Row " + n + " ").contains("Row " + (n - 1) + " ");
    }

    @Test
    void aFootnoteNeverStandsAloneOnAPage() throws IOException {
        int n = rowsFillingPageOne();

        List<String> pages = PdfPages.of(sheet(List.of(new Block.Heading("Cuts"), table(rows(n)),
                Block.Paragraph.note(NOTE))));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).contains(NOTE).contains("Row " + n + " ");
    }

    @Test
    void aTotalAndItsNoteGoOverTogetherWithARow() throws IOException {
        int n = rowsFillingPageOne();
        List<Block.Row> rows = rows(n - 1);
        rows.add(Block.Row.total("Total", "$1"));

        List<String> pages = PdfPages.of(sheet(List.of(new Block.Heading("Cuts"), table(rows),
                Block.Paragraph.note(NOTE), Block.Paragraph.note("A second note."))));

        String last = pages.get(pages.size() - 1);
        assertThat(last).contains("A second note.").contains(NOTE).contains("Total").contains("Row " + (n - 1) + " ");
    }

    @Test
    void aParagraphEndingAtThePageFootTakesItsNoteAlong() throws IOException {
        // Lines of text until page 1 is full, then a note: the note goes over with the last line.
        int n = 1;
        while (SheetLayout.layout(sheet(lines(n + 1)), PageSetup.A4_PORTRAIT).size() == 1) {
            n++;
        }
        List<Block> blocks = new ArrayList<>(lines(n));
        blocks.add(Block.Paragraph.note(NOTE));

        List<String> pages = PdfPages.of(sheet(blocks));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).contains(NOTE).contains("Line " + n + ".");
    }

    /** A heading over a table whose first row wraps to several lines goes over with that row, wherever the page ends. */
    @Test
    void aHeadingGoesOverWithATallFirstRow() {
        Block.Table tall = new Block.Table(List.of(Block.Column.left("Time", 1), Block.Column.left("Missions", 1)),
                List.of(Block.Row.of("08:00", "MONUSCO, UNFICYP, MINUJUSTH, UNAMID, UNMISS, UNISFA, MINUSCA, MINUSMA,"
                        + " UNIFIL, UNMIK, MINURSO, UNDOF, UNSOS, UNLB, RSCE, SUPPORT"), Block.Row.of("10:00", "UNMISS"),
                        Block.Row.of("15:00", "MONUSCO")), "none");
        for (int n = 30; n <= 90; n++) {
            List<Block> blocks = new ArrayList<>(lines(n));
            blocks.add(new Block.Heading("Today"));
            blocks.add(tall);
            for (Page p : SheetLayout.layout(sheet(blocks), PageSetup.A4_PORTRAIT)) {
                List<String> body = List.of(PageText.of(p).split("\n"));
                // The last line above the footer is never the heading.
                assertThat(body.get(body.size() - 2)).as("after " + n + " lines, page " + p.number()).isNotEqualTo("Today");
            }
        }
    }

    private static List<Block> lines(int n) {
        List<Block> b = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            b.add(Block.Paragraph.plain("Line " + i + "."));
        }
        return b;
    }
}
