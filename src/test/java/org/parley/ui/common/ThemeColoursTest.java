package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Colours live in palettes only (issue 14): the stylesheets name a colour only where a palette
 * defines a looked-up colour (.root, .timeline), every looked-up colour a rule uses is defined in
 * the light palette and again in the dark one, and no Java file sets a literal colour.
 */
class ThemeColoursTest {

    private static final Path LIGHT = Path.of("assets/css/parley.css");
    private static final Path DARK = Path.of("assets/css/parley-dark.css");
    private static final Path TIMELINE = Path.of("src/main/resources/org/parley/ui/timeline/timeline.css");
    /** A literal colour: #rgb, #rrggbb(aa), rgb()/rgba()/hsb(), or a named colour. */
    private static final Pattern LITERAL = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsba?)\\s*\\(|(?<![-\\w])(?:white|black|red|green|blue|yellow|gray|grey|orange)(?![-\\w])");
    private static final Pattern DEFINED = Pattern.compile("(-(?:parley|tl)-[a-z-]+)\\s*:");

    @Test
    void rulesUseLookedUpColoursOnly_literalsSitInThePalettes() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path css : List.of(LIGHT, DARK, TIMELINE)) {
            for (Block b : blocks(Files.readString(css))) {
                if (isPalette(b.selector)) {
                    continue;
                }
                Matcher m = LITERAL.matcher(b.body);
                while (m.find()) {
                    found.add(css.getFileName() + " " + b.selector.strip() + ": " + m.group());
                }
            }
        }
        assertThat(found).as("literal colours outside the palettes").isEmpty();
    }

    @Test
    void theDarkStylesheet_onlyRedefinesPalettes_andDefinesEveryColourTheRulesUse() throws IOException {
        for (Block b : blocks(Files.readString(DARK))) {
            assertThat(isPalette(b.selector)).as("dark rule " + b.selector).isTrue();
        }
        Set<String> used = new LinkedHashSet<>();
        for (Path css : List.of(LIGHT, TIMELINE)) {
            for (Block b : blocks(Files.readString(css))) {
                Matcher m = Pattern.compile("(?<=[\\s:,(])(-(?:parley|tl)-[a-z-]+)(?![-a-z]*\\s*:)").matcher(b.body);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // a name a rule defines for its own rules (the timeline's -tl-kind, set per kind) is an alias, not a colour
        for (Path css : List.of(LIGHT, TIMELINE)) {
            for (Block b : blocks(Files.readString(css))) {
                if (!isPalette(b.selector)) {
                    Matcher m = DEFINED.matcher(b.body);
                    while (m.find()) {
                        used.remove(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("colours the rules use").contains("-parley-countdown", "-tl-paper");
        Set<String> light = defined(Files.readString(LIGHT) + Files.readString(TIMELINE));
        Set<String> dark = defined(Files.readString(DARK));
        assertThat(light).as("the light palettes").containsAll(used);
        assertThat(dark).as("the dark palettes define what the rules use").containsAll(used);
        assertThat(dark).as("the dark palettes define what the light ones do").containsAll(light);
    }

    @Test
    void noJavaFileSetsALiteralColour() throws IOException {
        Pattern javaLiteral = Pattern.compile("Color\\.(?:web|rgb|hsb|color|gray|grayRgb)\\(\\s*[\"0-9.]"
                + "|Color\\.[A-Z][A-Z_]{2,}\\b|-fx-[a-z-]*(?:color|fill)\\s*:\\s*#");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (javaLiteral.matcher(lines.get(i)).find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("literal colours in Java").isEmpty();
    }

    private record Block(String selector, String body) {
    }

    private static boolean isPalette(String selector) {
        String s = selector.strip();
        return s.equals(".root") || s.equals(".timeline");
    }

    private static Set<String> defined(String css) {
        Set<String> out = new LinkedHashSet<>();
        for (Block b : blocks(css)) {
            if (isPalette(b.selector)) {
                Matcher m = DEFINED.matcher(b.body);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** The rules of a stylesheet, comments taken out. */
    private static List<Block> blocks(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Block> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                return out;
            }
            int close = text.indexOf('}', open);
            out.add(new Block(text.substring(at, open), text.substring(open + 1, close)));
            at = close + 1;
        }
    }
}
