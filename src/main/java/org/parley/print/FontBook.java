package org.parley.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The sheets' fonts: the bytes of each face (to embed in a PDF and load into JavaFX) and their
 * metrics (to lay text out). Metrics are read once into plain arrays, so measuring is cheap and
 * safe from any thread. Only the Basic Multilingual Plane is measured; a character the font has
 * no glyph for is printed as {@value #MISSING} (see {@link #printable}).
 */
public final class FontBook {

    /** What a character the font cannot draw becomes. */
    public static final char MISSING = '?';

    private static volatile FontBook shared;

    private final Map<FontFace, byte[]> bytes = new EnumMap<>(FontFace.class);
    private final Map<FontFace, float[]> advances = new EnumMap<>(FontFace.class);
    private final Map<FontFace, Float> ascents = new EnumMap<>(FontFace.class);
    private final Map<FontFace, Float> descents = new EnumMap<>(FontFace.class);
    /** Parsed faces ready to embed, each used by one PDF at a time (see {@link #borrowParsed}). */
    private final Map<FontFace, ConcurrentLinkedDeque<TrueTypeFont>> parsed = new EnumMap<>(FontFace.class);

    private FontBook() {
        for (FontFace face : FontFace.values()) {
            byte[] data = read(face);
            parsed.put(face, new ConcurrentLinkedDeque<>());
            bytes.put(face, data);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                float em = ttf.getUnitsPerEm();
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float[] widths = new float[0x10000];
                for (int cp = 0; cp < widths.length; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    widths[cp] = gid == 0 ? -1f : ttf.getAdvanceWidth(gid) / em;
                }
                advances.put(face, widths);
                ascents.put(face, ttf.getHorizontalHeader().getAscender() / em);
                descents.put(face, -ttf.getHorizontalHeader().getDescender() / em);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face.resource(), e);
            }
        }
    }

    /** The fonts shipped with Parley, loaded on first use. */
    public static FontBook shared() {
        FontBook book = shared;
        if (book == null) {
            synchronized (FontBook.class) {
                book = shared;
                if (book == null) {
                    book = new FontBook();
                    shared = book;
                }
            }
        }
        return book;
    }

    private static byte[] read(FontFace face) {
        try (InputStream in = FontBook.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("the font " + face.resource() + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.resource(), e);
        }
    }

    /** The font file, to embed or load. A copy: callers may keep it. */
    public byte[] fontFile(FontFace face) {
        return bytes.get(face).clone();
    }

    /**
     * A parsed copy of {@code face} for one PDF to embed, its alone until {@link #giveBack}: parsing
     * a face (its character map above all) took a fifth of the time of writing a brief, once per
     * brief; now it is parsed once per thread that writes PDFs at the same time. The subset is
     * made when the document is saved, so give the font back only after that.
     */
    TrueTypeFont borrowParsed(FontFace face) throws IOException {
        TrueTypeFont ttf = parsed.get(face).pollFirst();
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face)));
            ttf.setEnableGsub(false);
        }
        return ttf;
    }

    /** Gives back a font {@link #borrowParsed} lent, once its document is saved or abandoned. */
    void giveBack(FontFace face, TrueTypeFont ttf) {
        parsed.get(face).addFirst(ttf);
    }

    /** The width of {@code text} set in {@code face} at {@code size} points (no kerning, as both renderers set it). */
    public float width(String text, FontFace face, float size) {
        float[] widths = advances.get(face);
        float missing = widths[MISSING];
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = Character.isSurrogate(c) ? -1 : widths[c];
            total += w < 0 ? missing : w;
        }
        return total * size;
    }

    /** The distance from the baseline to the top of the tallest glyphs, at {@code size}. */
    public float ascent(FontFace face, float size) {
        return ascents.get(face) * size;
    }

    /** The distance from the baseline to the bottom of the lowest glyphs, at {@code size} (positive). */
    public float descent(FontFace face, float size) {
        return descents.get(face) * size;
    }

    /**
     * {@code text} with every character the font has no glyph for (and every control
     * character but the line break) replaced, so that what is laid out is exactly what is drawn.
     */
    public String printable(String text, FontFace face) {
        float[] widths = advances.get(face);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' || !Character.isSurrogate(c) && !Character.isISOControl(c) && widths[c] >= 0;
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                out.append(ok ? c : c == '\t' ? ' ' : MISSING);
            }
        }
        return out == null ? text : out.toString();
    }
}
