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
}
