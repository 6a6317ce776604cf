package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u001B[2J", "\u0000", "\u007F", "\u0085", "\u009B", "\uD800", "\uDC00", "\u202A",
            "\u202E", "\u2066", "\u2069", "\u200E", "\u200F", "\u061C", "\r", "\u2028"})
    void refusedEverywhere_namingTheCharacterAndWhere(String bad) {
        String text = "MONUSCO " + bad + " budget";
        assertThat(TextRules.oneLine(text)).get().asString()
                .contains(String.format("U+%04X", (int) bad.charAt(0))).contains("at character 9");
        assertThat(TextRules.multiLine(text)).isPresent();
    }

    @Test
    void aLineBreakOrTab_onlyWhereTheFieldTakesSeveralLines() {
        assertThat(TextRules.oneLine("Budgets\nintegrity: ok")).get().asString()
                .isEqualTo("contains a line break (U+000A) at character 8; this field takes one line");
        assertThat(TextRules.oneLine("a\tb")).get().asString().contains("a tab (U+0009)");
        assertThat(TextRules.multiLine("first line\n\tsecond line")).isEmpty();
    }

    @Test
    void ordinaryTextOfEveryScript_isFine() {
        for (String s : List.of("Łódź", "Côte d'Ivoire", "الأمم المتحدة", "联合国", "MINUSCA — 😀 ok", "", "  ")) {
            assertThat(TextRules.oneLine(s)).as(s).isEmpty();
            assertThat(TextRules.visible(s)).isEqualTo(s);
        }
        assertThat(TextRules.oneLine((String) null)).isEmpty();
    }

    @Test
    void problems_nameTheField() {
        assertThat(TextRules.oneLine("Title", "x\u202Ey")).containsExactly(
                new Problem("Title", "contains a mark that changes the direction of text (U+202E) at character 2"));
        assertThat(SourceRules.required("Name", "Mali\u0000", "a mission name")).extracting(Problem::toString)
                .containsExactly("Name: contains a control character (U+0000) at character 5");
    }

    @Test
    void visible_writesEveryCharacterThatWouldSteerATerminal_asItsCode() {
        assertThat(TextRules.visible("Budgets\u001B[2J\u001B[H\nintegrity: ok\u202Etxt\t\u0085\uD800\u200B"))
                .isEqualTo("Budgets\\u001B[2J\\u001B[H\\u000Aintegrity: ok\\u202Etxt\\u0009\\u0085\\uD800\\u200B");
        assertThat(TextRules.visible("\uDB80\uDC00")).isEqualTo("\\U000F0000"); // private use, two halves
        assertThat(TextRules.visible(null)).isEqualTo("null");
    }

    @Test
    void aMarking_isOneLineOfPlainText_butANegotiationStillHoldsOneThatIsNot() {
        assertThat(NegotiationRules.marking("SECRET\u0000x")).extracting(Problem::message)
                .containsExactly("contains a control character (U+0000) at character 7");
        assertThat(NegotiationRules.marking("SECRET\nx")).extracting(Problem::message)
                .containsExactly("a classification marking must be a single line");
        // written by another tool: it opens (and is escaped wherever it is echoed)
        Negotiation n = new Negotiation(1, "T\u001B[2J", "", java.time.Instant.EPOCH,
                java.time.Instant.EPOCH.plusSeconds(60), java.time.ZoneOffset.UTC, null, "USD", "SECRET\u0000x");
        assertThat(n.marking()).isEqualTo("SECRET\u0000x");
    }
}
