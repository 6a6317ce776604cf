package org.parley.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages in the words of a person editing the file. Jackson names its own switches
 * ({@code ALLOW_NON_NUMERIC_NUMBERS}), limits ({@code StreamReadConstraints}) and Java types;
 * none of that means anything to a delegate, so the known messages are rewritten and anything
 * else is cut down to its plain first clause.
 */
final class JsonProblems {

    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("Numeric value \\(([^)]*)\\) out of range of [^(]*\\((-?\\d+) - (-?\\d+)\\).*");
    private static final Pattern LIMIT = Pattern.compile("(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\(('.*?') \\(code \\d+\\)\\):? ?(.*)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*");
    /** Where Jackson's own explanations start: its switches, its source excerpts, its types. */
    private static final List<String> CUT_AT = List.of(" (for ", " (JSON String", " (start marker", "[Source", ": enable", "; enable",
            " (set ", " (through reference chain", " (bound as", " at [");
    /** Words that must never reach a user; a message still holding one is replaced whole. */
    private static final Pattern INTERNAL = Pattern.compile(
            "Exception|Error:|java\\.|com\\.fasterxml|SQLITE_|StreamReadConstraints|`|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private JsonProblems() {
    }

    /** What went wrong, in plain words, without Jackson's or Java's names. */
    static String describe(JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        Matcher m = LIMIT.matcher(message);
        if (e instanceof StreamConstraintsException && m.matches()) {
            return limit(m.group(1), m.group(3));
        }
        if ((m = NON_STANDARD.matcher(message)).matches()) {
            return "a number is written as " + m.group(1) + ": use a plain number";
        }
        if ((m = OUT_OF_RANGE.matcher(message)).matches()) {
            return "the number " + m.group(1) + " is out of range here (" + m.group(2) + " to " + m.group(3) + ")";
        }
        if ((m = CONTROL.matcher(message)).matches()) {
            return "a control character (code " + m.group(1) + ") stands unescaped inside a string: write it as \\n, "
                    + "\\t or \\u00XX";
        }
        if ((m = UNEXPECTED.matcher(message)).matches()) {
            return unexpected(m.group(1), plain(m.group(2)));
        }
        if (message.contains("Leading zeroes")) {
            return "a number starts with 0: write it without leading zeroes";
        }
        if ((m = UNRECOGNIZED.matcher(message)).matches()) {
            return "syntax error: unrecognized word '" + m.group(1) + "' where a value should be (a string, number, "
                    + "list, object, true, false or null)";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the document ends too early: a closing }, ] or \" is missing";
        }
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-32")) {
            return "the file is not UTF-8 text (" + plain(message) + ")";
        }
        String plain = plain(message);
        return plain.isEmpty() ? "this value cannot be read" : "syntax error: " + plain;
    }

    /** A file that cannot be read, named by what is wrong rather than by the exception. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof JacksonException j) {
            return describe(j);
        }
        String plain = plain(firstLine(e.getMessage()));
        return plain.isEmpty() ? "the file cannot be read" : plain;
    }

    /** Text after the root value, e.g. a second document or a stray bracket. */
    static String trailingText() {
        return "text after the end of the document: a file holds exactly one document";
    }

    private static String unexpected(String character, String expected) {
        String what = "syntax error: unexpected character " + character;
        if (character.equals("'/'")) {
            return what + ": JSON has no comments";
        }
        if (character.equals("'\''")) {
            return what + ": strings take double quotes (\"), not single ones";
        }
        return what + (expected.isEmpty() ? "" : ": " + expected);
    }

    private static String limit(String what, String maximum) {
        String subject = what.toLowerCase(Locale.ROOT);
        if (subject.contains("nesting depth")) {
            return "the document nests deeper than " + maximum + " levels of lists and objects";
        }
        if (subject.contains("string value")) {
            return "a string longer than " + maximum + " characters";
        }
        if (subject.contains("number value")) {
            return "a number longer than " + maximum + " digits";
        }
        if (subject.contains("name length")) {
            return "a field name longer than " + maximum + " characters";
        }
        return "the document is larger than " + maximum + " bytes";
    }

    /** Jackson's clause without its explanations, or "" when what is left still names internals. */
    private static String plain(String message) {
        String text = message;
        for (String marker : CUT_AT) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        text = text.strip();
        return INTERNAL.matcher(text).find() ? "" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
