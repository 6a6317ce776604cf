package org.parley.print;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws laid-out pages into a PDF: exactly the {@link Mark}s, nothing more, so the PDF agrees with
 * the preview and the printout. The fonts are the shipped DejaVu faces, embedded as subsets
 * ({@code PDType0Font}), so every name the layout printed (Côte d'Ivoire, Łódź, Türkiye) renders
 * and extracts as real, searchable text. Glyph substitution is switched off: otherwise "fi"
 * would become a ligature glyph and "office" would no longer be found by a search.
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    /**
     * Writes {@code pages} as one PDF document to {@code out} (which is not closed).
     *
     * @param title the document's title, shown by PDF viewers
     */
    public static void write(List<Page> pages, String title, OutputStream out) throws IOException {
        write(pages, title, out, FontBook.shared());
    }

    static void write(List<Page> pages, String title, OutputStream out, FontBook fonts) throws IOException {
        Objects.requireNonNull(out, "out");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        Map<FontFace, PDType0Font> pdfFonts = new EnumMap<>(FontFace.class);
        Map<FontFace, TrueTypeFont> borrowed = new EnumMap<>(FontFace.class);
        Faces faces = new Faces(fonts, borrowed, pdfFonts);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Parley");
            info.setProducer("Parley (Apache PDFBox)");
            for (Page page : pages) {
                PDPage pdPage = new PDPage(new PDRectangle(page.width(), page.height()));
                doc.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    for (Mark mark : page.marks()) {
                        draw(doc, cs, page.height(), mark, faces);
                    }
                }
            }
            doc.save(out);
        } finally {
            // the document is closed: nothing reads the fonts any more (they only ever are read)
            borrowed.forEach(fonts::giveBack);
        }
    }

    /** The fonts one document draws with: borrowed from the book when a face is first drawn. */
    private record Faces(FontBook book, Map<FontFace, TrueTypeFont> borrowed, Map<FontFace, PDType0Font> pdfFonts) {
    }

    private static void draw(PDDocument doc, PDPageContentStream cs, float pageHeight, Mark mark, Faces fonts)
            throws IOException {
        // The layout's y runs down from the top; PDF's runs up from the bottom.
        if (mark instanceof Mark.Text t) {
            PDType0Font font = font(doc, t.face(), fonts);
            cs.beginText();
            cs.setFont(font, t.size());
            cs.setNonStrokingColor(gray(t.gray()));
            cs.newLineAtOffset(t.x(), pageHeight - t.baseline());
            cs.showText(t.text());
            cs.endText();
        } else if (mark instanceof Mark.Line l) {
            cs.setStrokingColor(gray(l.gray()));
            cs.setLineWidth(l.width());
            cs.moveTo(l.x1(), pageHeight - l.y1());
            cs.lineTo(l.x2(), pageHeight - l.y2());
            cs.stroke();
        } else if (mark instanceof Mark.Box b) {
            boolean fill = b.fillGray() >= 0;
            boolean stroke = b.strokeGray() >= 0 && b.strokeWidth() > 0;
            if (!fill && !stroke) {
                return;
            }
            cs.addRect(b.x(), pageHeight - b.y() - b.height(), b.width(), b.height());
            if (fill) {
                cs.setNonStrokingColor(gray(b.fillGray()));
            }
            if (stroke) {
                cs.setStrokingColor(gray(b.strokeGray()));
                cs.setLineWidth(b.strokeWidth());
            }
            if (fill && stroke) {
                cs.fillAndStroke();
            } else if (fill) {
                cs.fill();
            } else {
                cs.stroke();
            }
        }
    }

    private static float gray(float g) {
        return Math.max(0f, Math.min(1f, g));
    }

    /**
     * One embedded font per face per document, made when the face is first drawn from a parsed font
     * borrowed from the book; the subset is made when the document is saved.
     */
    private static PDType0Font font(PDDocument doc, FontFace face, Faces fonts) throws IOException {
        PDType0Font font = fonts.pdfFonts().get(face);
        if (font == null) {
            TrueTypeFont ttf = fonts.book().borrowParsed(face);
            fonts.borrowed().put(face, ttf);
            font = PDType0Font.load(doc, ttf, true);
            fonts.pdfFonts().put(face, font);
        }
        return font;
    }
}
