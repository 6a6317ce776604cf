package org.parley.print;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when it alone is too wide. */
final class TextWrap {

    private TextWrap() {
    }

    /** The lines of {@code text} (already printable) set in {@code face} at {@code size}, each at most {@code width} wide. */
    static List<String> lines(FontBook fonts, String text, FontFace face, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(fonts, paragraph, face, size, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(FontBook fonts, String text, FontFace face, float size, float width,
                                      List<String> out) {
        String[] words = text.trim().split(" +");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, face, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(rest, face, size) > width && rest.length() > 1) {
                int cut = fit(fonts, rest, face, size, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        out.add(line.toString());
    }

    /** How many leading characters of {@code word} fit (at least one, so wrapping always moves on). */
    private static int fit(FontBook fonts, String word, FontFace face, float size, float width) {
        int n = 1;
        while (n < word.length() && fonts.width(word.substring(0, n + 1), face, size) <= width) {
            n++;
        }
        return n;
    }

    /** {@code text} shortened with "…" to fit {@code width}, for the one-line page header. */
    static String ellipsize(FontBook fonts, String text, FontFace face, float size, float width) {
        if (fonts.width(text, face, size) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fonts.width(s + "…", face, size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.stripTrailing() + "…";
    }
}
