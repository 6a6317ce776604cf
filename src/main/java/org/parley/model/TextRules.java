package org.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * Which characters text may hold. Nothing typed or imported may carry characters that steer a
 * screen rather than show as text: control characters (C0, DEL, C1; a tab and a line break only
 * where a field takes several lines), halves of a character pair that lost its other half, and
 * the marks that change the direction of text (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 * U+061C). They could clear a terminal, forge a line of output, or make two names that look the
 * same differ. Line and paragraph separators (U+2028, U+2029) count as line breaks.
 *
 * <p>The rules refuse new text only: a workspace that already holds such characters (written by
 * another tool) still opens, and whatever echoes its text to a terminal passes it through
 * {@link #visible}.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why text for a one-line field (a title, name, code, marking, source) is refused; empty when it is fine. */
    public static Optional<String> oneLine(String value) {
        return problem(value, false);
    }

    /** Why text for a field of several lines (notes, a rationale, a description) is refused. */
    public static Optional<String> multiLine(String value) {
        return problem(value, true);
    }

    /** {@link #oneLine(String)} as a form's {@link Problem}s. */
    public static List<Problem> oneLine(String field, String value) {
        return oneLine(value).map(m -> List.of(new Problem(field, m))).orElse(List.of());
    }

    /** {@link #multiLine(String)} as a form's {@link Problem}s. */
    public static List<Problem> multiLine(String field, String value) {
        return multiLine(value).map(m -> List.of(new Problem(field, m))).orElse(List.of());
    }

    private static Optional<String> problem(String value, boolean lines) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String what = refused(c, lines);
            if (what != null) {
                return Optional.of("contains " + what + " (" + code(c) + ") at character "
                        + (value.codePointCount(0, i) + 1) + (lines || !isLineBreak(c) ? "" : "; this field takes one line"));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** What kind of refused character {@code c} is, in words; null when it is allowed. */
    private static String refused(int c, boolean lines) {
        if (isLineBreak(c)) {
            return lines && c == '\n' ? null : "a line break";
        }
        if (c == '\t') {
            return lines ? null : "a tab";
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return "a control character";
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return "half of a character pair without its other half";
        }
        if (isDirectionMark(c)) {
            return "a mark that changes the direction of text";
        }
        return null;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
    }

    private static boolean isDirectionMark(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * {@code text} safe to print on a terminal on one line: every character that is not shown as
     * itself (control and format characters, line breaks, tabs, lone halves of a pair) is written
     * as its code, e.g. {@code \u001B}. Everything else, accents and other scripts included, is
     * left as it is. Null reads "null".
     */
    public static String visible(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (!showsAsItself(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c));
            } else if (sb != null) {
                sb.appendCodePoint(c);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean showsAsItself(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** "U+001B". */
    static String code(int c) {
        return String.format("U+%04X", c);
    }
}
