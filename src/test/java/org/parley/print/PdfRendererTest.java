package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs written by {@link PdfRenderer}, read back with PDFBox: real text, embedded fonts, the right paper. */
class PdfRendererTest {

    private static final String NAMES = "Côte d'Ivoire, Łódź and Türkiye";

    @TempDir
    Path dir;

    private static Sheet sheet(List<Block> blocks) {
        return new Sheet("Peacekeeping budgets 2018/19", "Mission brief: MONUSCO", "As of 26 Jun 2018 10:00 New York",
                "CONFIDENTIAL", blocks);
    }

    private static Sheet names() {
        return sheet(List.of(
                new Block.Heading("Delegations"),
                Block.Paragraph.plain(NAMES + " spoke in the informals."),
                Block.Paragraph.strong("The office of the fiscal controller"),
                new Block.Table(List.of(Block.Column.left("Delegation", 3), Block.Column.right("Cut", 1)),
                        List.of(Block.Row.of("Türkiye", "$1,234,567")), "No cuts.")));
    }

    private PDDocument render(Sheet sheet, PageSetup setup) throws IOException {
        List<Page> pages = SheetLayout.layout(sheet, setup);
        Path file = dir.resolve("out.pdf");
        try (var out = Files.newOutputStream(file)) {
            PdfRenderer.write(pages, sheet.title(), out);
        }
        return Loader.loadPDF(file.toFile());
    }

    private static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            texts.add(stripper.getText(doc));
        }
        return texts;
    }

    @Test
    void namesWithAccentsAndWordsWithFi_extractExactly() throws IOException {
        try (PDDocument doc = render(names(), PageSetup.A4_PORTRAIT)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Côte d'Ivoire").contains("Łódź").contains("Türkiye")
                    .contains(NAMES + " spoke in the informals.")
                    .contains("The office of the fiscal controller")
                    .contains("$1,234,567")
                    .contains("Mission brief: MONUSCO").contains("As of 26 Jun 2018 10:00 New York");
            assertThat(text).doesNotContain("?").doesNotContain("\uFB01");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Mission brief: MONUSCO");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("Parley");
        }
    }

    @Test
    void everyFont_isEmbedded_andBothFacesAreUsed() throws IOException {
        try (PDDocument doc = render(names(), PageSetup.A4_PORTRAIT)) {
            List<String> fontNames = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getSubType()).isEqualTo("Type0");
                    fontNames.add(font.getName());
                }
            }
            // Subsets are named "ABCDEF+DejaVuSans": one regular, one bold, nothing else.
            assertThat(fontNames).hasSize(2);
            assertThat(fontNames).anyMatch(n -> n.endsWith("+DejaVuSans"));
            assertThat(fontNames).anyMatch(n -> n.endsWith("+DejaVuSans-Bold"));
        }
    }

    @Test
    void a4_letter_portraitAndLandscape_giveTheirPageSizes() throws IOException {
        check(new PageSetup(Paper.A4, Orientation.PORTRAIT), 595.28f, 841.89f);
        check(new PageSetup(Paper.A4, Orientation.LANDSCAPE), 841.89f, 595.28f);
        check(new PageSetup(Paper.LETTER, Orientation.PORTRAIT), 612f, 792f);
        check(new PageSetup(Paper.LETTER, Orientation.LANDSCAPE), 792f, 612f);
    }

    private void check(PageSetup setup, float width, float height) throws IOException {
        try (PDDocument doc = render(names(), setup)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).as(setup.describe()).isCloseTo(width, within(0.01f));
                assertThat(box.getHeight()).as(setup.describe()).isCloseTo(height, within(0.01f));
                assertThat(page.getRotation()).isZero();
            }
            // The frame is drawn in the page's own coordinates: the marking is found on it either way.
            assertThat(new PDFTextStripper().getText(doc)).contains("CONFIDENTIAL").contains("Page 1 of 1");
        }
    }

    @Test
    void textIsPlacedWhereTheLayoutPutIt_withYFlipped() throws IOException {
        // A single mark near the top-left must come out near the top of the PDF page, not the bottom.
        PageSetup setup = PageSetup.A4_PORTRAIT;
        Page page = new Page(1, 1, setup, List.of(new Mark.Text(50f, 60f, "Top", FontFace.REGULAR, 12f, 0f),
                new Mark.Text(50f, 800f, "Bottom", FontFace.REGULAR, 12f, 0f)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfRenderer.write(List.of(page), "t", bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            // The stripper sorts by position top to bottom when asked: "Top" must come first.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(doc).strip()).isEqualTo("Top" + System.lineSeparator() + "Bottom");
        }
    }

    @Test
    void aLongTable_paginates_withItsHeaderAndTheFrameOnEveryPage() throws IOException {
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(Block.Row.of("Row " + i + " — Côte d'Ivoire", String.format("$%,d", i * 1000L), "fiscal office"));
        }
        rows.add(Block.Row.total("Total", "$45,150,000", ""));
        Sheet sheet = sheet(List.of(
                new Block.Heading("Cuts"),
                new Block.Table(List.of(Block.Column.left("Delegation name", 3), Block.Column.right("Dollars cut", 1),
                        Block.Column.left("Remarks column", 2)), rows, "None.")));
        try (PDDocument doc = render(sheet, PageSetup.A4_PORTRAIT)) {
            int count = doc.getNumberOfPages();
            assertThat(count).isGreaterThan(3);
            List<String> texts = pageTexts(doc);
            Pattern pageOf = Pattern.compile("Page (\\d+) of (\\d+)");
            List<Integer> rowsSeen = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                String text = texts.get(p - 1);
                assertThat(text).as("page " + p).contains("Delegation name").contains("Dollars cut")
                        .contains("Remarks column");
                Matcher m = pageOf.matcher(text);
                assertThat(m.find()).as("page " + p).isTrue();
                assertThat(m.group(1)).isEqualTo(Integer.toString(p));
                assertThat(m.group(2)).isEqualTo(Integer.toString(count));
                assertThat(m.find()).as("one page number on page " + p).isFalse();
                assertThat(Pattern.compile("CONFIDENTIAL").matcher(text).results().count())
                        .as("the marking in header and footer of page " + p).isEqualTo(2);
                assertThat(text).contains("Mission brief: MONUSCO").contains("Peacekeeping budgets 2018/19");
                Matcher row = Pattern.compile("Row (\\d+) — Côte d'Ivoire").matcher(text);
                while (row.find()) {
                    rowsSeen.add(Integer.parseInt(row.group(1)));
                }
            }
            // Every row once, in order, none cut off between pages.
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                expected.add(i);
            }
            assertThat(rowsSeen).isEqualTo(expected);
            assertThat(texts.get(count - 1)).contains("$45,150,000");
            assertThat(String.join("", texts)).contains("$300,000").contains("fiscal office");
        }
    }
}
