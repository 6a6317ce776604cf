package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SheetLayoutTest {

    private static final FontBook FONTS = FontBook.shared();

    private static Sheet sheet(List<Block> blocks) {
        return new Sheet("Peacekeeping budgets 2018/19", "Test sheet", "As of 26 Jun 2018 09:00 New York",
                "CONFIDENTIAL", blocks);
    }

    private static Block.Table longTable(int rows) {
        List<Block.Row> r = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            r.add(Block.Row.of("Row " + i, "$" + i + ",000"));
        }
        return new Block.Table(List.of(Block.Column.left("Mission header", 3), Block.Column.right("Dollars header", 1)),
                r, "none");
    }

    private static List<Mark.Text> texts(Page p) {
        return p.marks().stream().filter(Mark.Text.class::isInstance).map(Mark.Text.class::cast).toList();
    }

    @Test
    void aLongTableContinuesOnEveryPageWithItsHeaderRepeated() {
        List<Page> pages = SheetLayout.layout(sheet(List.of(new Block.Heading("Big table"), longTable(300))),
                PageSetup.A4_PORTRAIT, FONTS);

        assertThat(pages.size()).isGreaterThan(3);
        List<Integer> seen = new ArrayList<>();
        Pattern row = Pattern.compile("^Row (\\d+) \\|", Pattern.MULTILINE);
        for (Page p : pages) {
            String text = PageText.of(p);
            assertThat(text).contains("Mission header | Dollars header");
            assertThat(text).contains("Page " + p.number() + " of " + pages.size());
            Matcher m = row.matcher(text);
            while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
            }
        }
        // Every row once, in order: nothing cut off, nothing printed twice.
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            expected.add(i);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void everyPageCarriesTheMarkingTwiceTheNegotiationAndTheTime() {
        List<Page> pages = SheetLayout.layout(sheet(List.of(longTable(200))), PageSetup.A4_PORTRAIT, FONTS);

        for (Page p : pages) {
            assertThat(texts(p).stream().filter(t -> t.text().equals("CONFIDENTIAL")).count()).isEqualTo(2);
            String text = PageText.of(p);
            assertThat(text).contains("Peacekeeping budgets 2018/19").contains("As of 26 Jun 2018 09:00 New York")
                    .contains("Test sheet");
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void nothingIsDrawnOutsideTheMargins(Paper paper) {
        for (Orientation o : Orientation.values()) {
            PageSetup setup = new PageSetup(paper, o);
            String longWord = "Supercalifragilistic".repeat(12);
            List<Page> pages = SheetLayout.layout(sheet(List.of(
                    Block.Paragraph.plain("A paragraph with a very long word " + longWord + " in it. ".repeat(30)),
                    new Block.Table(List.of(Block.Column.left("A", 1), Block.Column.left("B", 1),
                            Block.Column.right("C", 1)), List.of(Block.Row.of(longWord, "short", "$1"),
                            Block.Row.of("x", "y " .repeat(400), "$2")), ""),
                    longTable(80))), setup, FONTS);
            for (Page p : pages) {
                assertThat(p.width()).isEqualTo(setup.width());
                for (Mark.Text t : texts(p)) {
                    float w = FONTS.width(t.text(), t.face(), t.size());
                    assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(setup.margin() - 0.01f);
                    assertThat(t.x() + w).as(t.text()).isLessThanOrEqualTo(setup.width() - setup.margin() + 0.01f);
                    assertThat(t.baseline()).as(t.text()).isLessThanOrEqualTo(setup.height() - setup.margin() + 0.01f);
                    assertThat(t.baseline() - t.size()).as(t.text()).isGreaterThanOrEqualTo(setup.margin() - 0.01f);
                }
            }
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitByLinesNotDropped() {
        String many = String.join("\n", java.util.Collections.nCopies(150, "line"));
        List<Page> pages = SheetLayout.layout(sheet(List.of(new Block.Table(
                List.of(Block.Column.left("Head", 1), Block.Column.left("Other", 1)),
                List.of(Block.Row.of(many, "beside")), ""))), PageSetup.A4_PORTRAIT, FONTS);

        assertThat(pages.size()).isGreaterThan(1);
        long lines = pages.stream().flatMap(p -> texts(p).stream()).filter(t -> t.text().equals("line")).count();
        assertThat(lines).isEqualTo(150);
        pages.forEach(p -> assertThat(PageText.of(p)).contains("Head | Other"));
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheFootOfAPage() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(new Block.Heading("Section " + i));
            blocks.add(longTable(1 + i % 7));
            blocks.add(Block.Paragraph.plain("Text after " + i));
        }
        List<Page> pages = SheetLayout.layout(sheet(blocks), PageSetup.A4_PORTRAIT, FONTS);

        for (Page p : pages) {
            List<String> lines = List.of(PageText.of(p).split("\n"));
            // The body's last line before the footer is never a heading.
            String lastBodyLine = lines.get(lines.size() - 2);
            assertThat(lastBodyLine).doesNotStartWith("Section ");
        }
    }

    @Test
    void aTableWithoutRowsSaysSo() {
        List<Page> pages = SheetLayout.layout(sheet(List.of(new Block.Table(List.of(Block.Column.left("X", 1)),
                List.of(), "No proposal on the table."))), PageSetup.A4_PORTRAIT, FONTS);

        assertThat(PageText.of(pages)).contains("No proposal on the table.").doesNotContain("X\n");
    }

    @Test
    void namesWithAccentsAreKeptAndWhatTheFontCannotDrawBecomesAQuestionMark() {
        List<Page> pages = SheetLayout.layout(sheet(List.of(
                Block.Paragraph.plain("Côte d'Ivoire, Łódź, Türkiye, office; emoji \uD83D\uDE00 end"))),
                PageSetup.A4_PORTRAIT, FONTS);

        assertThat(PageText.of(pages)).contains("Côte d'Ivoire, Łódź, Türkiye, office; emoji ? end");
    }

    @Test
    void landscapeIsWiderThanTallAndFitsFewerRows() {
        List<Page> portrait = SheetLayout.layout(sheet(List.of(longTable(300))), new PageSetup(Paper.LETTER,
                Orientation.PORTRAIT), FONTS);
        List<Page> landscape = SheetLayout.layout(sheet(List.of(longTable(300))), new PageSetup(Paper.LETTER,
                Orientation.LANDSCAPE), FONTS);

        assertThat(landscape.get(0).width()).isEqualTo(792f);
        assertThat(landscape.get(0).height()).isEqualTo(612f);
        assertThat(landscape.size()).isGreaterThan(portrait.size());
    }

    @Test
    void aChartDrawsOneBarPerNonZeroValueScaledToTheLargest() {
        List<Page> pages = SheetLayout.layout(sheet(List.of(new Block.BarChart("Cuts", List.of(
                new Block.Bar("MONUSCO", 200, "$200"), new Block.Bar("UNMISS", 100, "$100"),
                new Block.Bar("UNFICYP", 0, "—"))))), PageSetup.A4_PORTRAIT, FONTS);

        List<Mark.Box> bars = pages.get(0).marks().stream().filter(Mark.Box.class::isInstance).map(Mark.Box.class::cast)
                .filter(b -> b.fillGray() == SheetLayout.BAR_FILL).toList();
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).width()).isCloseTo(2 * bars.get(1).width(), org.assertj.core.data.Offset.offset(0.01f));
        // The values are printed, so the chart reads without colour or a ruler.
        assertThat(PageText.of(pages)).contains("MONUSCO | $200").contains("UNMISS | $100").contains("UNFICYP | —");
    }
}
