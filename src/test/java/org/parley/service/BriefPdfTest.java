package org.parley.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.print.Block;
import org.parley.print.PageSetup;
import org.parley.print.Sheet;

/** Briefs written to disk: whole, replacing an old file, or not at all with a message naming the path. */
class BriefPdfTest {

    @TempDir
    Path dir;

    private static Sheet sheet(String title) {
        return new Sheet("Peacekeeping budgets 2018/19", title, "As of 26 Jun 2018 09:00 New York", "CONFIDENTIAL",
                List.of(Block.Paragraph.plain("Łódź and Türkiye")));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesAPdf_replacingAnOldFileWhole() throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        Files.writeString(pdf, "an old brief, longer than nothing");

        BriefPdf.write(sheet("Daily brief"), PageSetup.A4_PORTRAIT, pdf);

        assertThat(text(pdf)).contains("Daily brief").contains("Łódź and Türkiye");
        assertThat(files()).containsExactly(pdf);
    }

    @Test
    void aFolderInTheWay_isRefused_andLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("brief.pdf"));

        assertThatThrownBy(() -> BriefPdf.write(sheet("x"), PageSetup.A4_PORTRAIT, folder))
                .isInstanceOf(BriefException.class).hasMessageContaining(folder + " is a folder");

        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(files()).containsExactly(folder);
    }

    @Test
    void aMissingFolder_isAClearMessage_andNothingIsWritten() throws Exception {
        Path pdf = dir.resolve("missing").resolve("brief.pdf");

        assertThatThrownBy(() -> BriefPdf.write(sheet("x"), PageSetup.A4_PORTRAIT, pdf))
                .isInstanceOf(BriefException.class)
                .hasMessageContaining(pdf + " could not be written")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("Nothing was written");
        assertThat(files()).isEmpty();
    }

    @Test
    void writeAll_createsTheFolder_andNamesEachFileAfterItsStem() throws Exception {
        Path folder = dir.resolve("a").resolve("b");
        List<Path> told = new ArrayList<>();

        List<Path> written = BriefPdf.writeAll(List.of(new NamedSheet("mission-MONUSCO", sheet("Mission brief: MONUSCO")),
                new NamedSheet("daily-brief", sheet("Daily brief"))), PageSetup.A4_PORTRAIT, folder, told::add);

        assertThat(written).containsExactly(folder.resolve("mission-MONUSCO.pdf"), folder.resolve("daily-brief.pdf"));
        assertThat(told).isEqualTo(written);
        assertThat(text(written.get(0))).contains("Mission brief: MONUSCO");
        assertThat(text(written.get(1))).contains("Daily brief");
    }

    @Test
    void writeAll_manySheetsMadeSideBySide_eachFileItsOwnText_inOrder_withItsFontsEmbedded() throws Exception {
        List<NamedSheet> sheets = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String title = "Mission brief: M" + i;
            sheets.add(new NamedSheet("mission-M" + i, () -> sheet(title)));
        }
        List<Path> told = new ArrayList<>();

        List<Path> written = BriefPdf.writeAll(sheets, PageSetup.A4_PORTRAIT, dir, told::add);

        assertThat(told).isEqualTo(written).hasSize(24);
        for (int i = 0; i < 24; i++) {
            assertThat(written.get(i)).isEqualTo(dir.resolve("mission-M" + i + ".pdf"));
            String text = text(written.get(i));
            assertThat(text).contains("Mission brief: M" + i + "\n").contains("Łódź and Türkiye");
            try (PDDocument doc = Loader.loadPDF(written.get(i).toFile())) {
                List<String> fonts = new ArrayList<>();
                for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont f = doc.getPage(0).getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    fonts.add(f.getName());
                }
                // subsets are named XXXXXX+Face: a font lent to an earlier document must embed afresh
                assertThat(fonts).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVu.*"));
            }
        }
    }

    @Test
    void writeAll_aSheetThatCannotBeMade_stopsThere_theOnesBeforeItStayWhole_noneAfter() throws Exception {
        List<NamedSheet> sheets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String title = "Mission brief: M" + i;
            boolean broken = i == 5;
            sheets.add(new NamedSheet("mission-M" + i, () -> {
                if (broken) {
                    throw new IllegalStateException("M5 cannot be made");
                }
                return sheet(title);
            }));
        }
        List<Path> told = new ArrayList<>();

        assertThatThrownBy(() -> BriefPdf.writeAll(sheets, PageSetup.A4_PORTRAIT, dir, told::add))
                .hasMessageContaining("M5 cannot be made");

        assertThat(told).hasSize(5);
        assertThat(files()).containsExactlyElementsOf(told.stream().sorted().toList());
        for (int i = 0; i < 5; i++) {
            assertThat(text(told.get(i))).contains("Mission brief: M" + i);
        }
    }
}
