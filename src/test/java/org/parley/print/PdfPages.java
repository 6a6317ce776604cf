package org.parley.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A sheet written as a real PDF and read back with PDFBox, one string per page. */
final class PdfPages {

    private PdfPages() {
    }

    static List<String> of(Sheet sheet, PageSetup setup) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfRenderer.write(SheetLayout.layout(sheet, setup), sheet.title(), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
            }
            return texts;
        }
    }

    static List<String> of(Sheet sheet) throws IOException {
        return of(sheet, PageSetup.A4_PORTRAIT);
    }

    static String all(Sheet sheet) throws IOException {
        return String.join("\n\f\n", of(sheet));
    }
}
