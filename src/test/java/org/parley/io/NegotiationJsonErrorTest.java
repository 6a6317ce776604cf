package org.parley.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.MinimalDocument.errorOf;
import static org.parley.io.MinimalDocument.with;

/** Each broken document names the source, where it breaks and the rule it breaks. */
class NegotiationJsonErrorTest {

    @Test
    void syntaxError_givesLineAndColumn() {
        String json = "{\n  \"format\": \"parley-negotiation\",\n  \"version\": 1,,\n}";

        assertThat(errorOf(json)).startsWith("test.json: line 3, column 16 (near $.version)").contains("syntax error");
    }

    @Test
    void duplicateJsonField_givesLineAndPath() {
        String json = with("\"title\": \"Cuts\",", "\"title\": \"Cuts\", \"title\": \"Again\",");

        assertThat(errorOf(json)).contains("(near $.proposals[0].title)").contains("Duplicate field 'title'");
    }

    @Test
    void markingOverFortyCharacters_isRefusedWithItsPath() {
        String json = with("\"currency\": \"USD\"", "\"currency\": \"USD\", \"marking\": \"" + "X".repeat(41) + "\"");

        assertThat(errorOf(json)).contains("$.negotiation.marking").contains("at most 40 characters");
    }

    @Test
    void unknownField_isReportedWithItsPath() {
        String json = with("\"name\": \"UNISFA\",", "\"name\": \"UNISFA\", \"budget\": 5,");

        assertThat(errorOf(json)).startsWith("test.json: $.missions[1].budget: unknown field \"budget\"");
    }

    @Test
    void negativeAmount_isRejectedAtItsUsd() {
        String json = with("{\"usd\": 5000000, \"illustrative\": true}", "{\"usd\": -5, \"illustrative\": true}");

        assertThat(errorOf(json))
                .isEqualTo("test.json: $.missions[0].lines[0].baselines.current.usd: must not be negative");
    }

    @Test
    void anAmountAboveTheCeiling_isRejectedAtItsUsd() {
        for (String huge : new String[] {"10000000000001", "9223372036854775807"}) {
            String json = with("{\"usd\": 5000000, \"illustrative\": true}", "{\"usd\": " + huge + ", \"illustrative\": true}");

            assertThat(errorOf(json)).isEqualTo("test.json: $.missions[0].lines[0].baselines.current.usd: "
                    + "an amount must be at most $10,000,000,000,000, more than any budget");
        }
    }

    @Test
    void escapeSequencesAndLineBreaksInATitle_areRejectedAtTheTitle() {
        String title = "\"Peacekeeping budgets 2018/19\"";
        assertThat(with(title, title)).contains(title);
        assertThat(errorOf(with(title, "\"Budgets\\u001b[2J\""))).isEqualTo(
                "test.json: $.negotiation.title: contains a control character (U+001B) at character 8");
        assertThat(errorOf(with(title, "\"Budgets\\nintegrity: ok\""))).isEqualTo(
                "test.json: $.negotiation.title: contains a line break (U+000A) at character 8; this field takes one line");
        assertThat(errorOf(with(title, "\"Budgets\\ud800\""))).contains("$.negotiation.title: contains half of a");
        assertThat(errorOf(with(title, "\"Budgets\u202Etxt\""))).contains("(U+202E)");
    }

    @Test
    void unknownMissionInAmendmentTarget_isRejected() {
        String json = with("{\"mission\": \"MONUSCO\", \"line\": \"human-rights\"}",
                "{\"mission\": \"MONUSCOX\", \"line\": \"human-rights\"}");

        assertThat(errorOf(json)).isEqualTo(
                "test.json: $.proposals[0].amendments[0].target.mission: unknown mission \"MONUSCOX\"");
    }

    @Test
    void unknownLineInAmendmentTarget_isRejected() {
        String json = with("{\"mission\": \"MONUSCO\", \"line\": \"human-rights\"}",
                "{\"mission\": \"MONUSCO\", \"line\": \"gender\"}");

        assertThat(errorOf(json)).isEqualTo(
                "test.json: $.proposals[0].amendments[0].target.line: mission MONUSCO has no line \"gender\"");
    }

    @Test
    void duplicateMissionCode_namesBothPlaces() {
        String json = with("{\"code\": \"UNISFA\"", "{\"code\": \"monusco\"");

        assertThat(errorOf(json)).isEqualTo("test.json: $.missions[1].code: duplicate mission code \"monusco\" "
                + "(first at $.missions[0].code)");
    }

    @Test
    void unknownGroupMember_isRejected() {
        String json = with("\"members\": [\"EG\"]", "\"members\": [\"EG\", \"XX\"]");

        assertThat(errorOf(json)).isEqualTo("test.json: $.delegations[1].members[1]: unknown delegation \"XX\"");
    }

    @Test
    void unknownProposalInEvent_isRejected() {
        String json = with("\"proposals\": [\"ru\"]", "\"proposals\": [\"cn\"]");

        assertThat(errorOf(json)).isEqualTo("test.json: $.events[0].proposals[0]: unknown proposal \"cn\"");
    }

    @Test
    void percentOver100_isRejectedAtThePercent() {
        String json = with("\"percent\": \"50\"", "\"percent\": \"150\"");

        assertThat(errorOf(json)).startsWith("test.json: $.proposals[0].amendments[0].percent: ")
                .contains("between 0 and 100");
    }

    @Test
    void figureWithoutSourceOrIllustrativeFlag_isRejected() {
        String json = with("{\"usd\": 1000000, \"source\": \"A/72/784\"}", "{\"usd\": 1000000}");

        assertThat(errorOf(json)).isEqualTo("test.json: $.missions[0].baselines.sgProposed: "
                + "needs a \"source\", or \"illustrative\": true");
    }

    @Test
    void illustrativeFigureWithSource_isRejected() {
        String json = with("{\"usd\": 200000, \"illustrative\": true}",
                "{\"usd\": 200000, \"illustrative\": true, \"source\": \"A/72/784\"}");

        assertThat(errorOf(json)).startsWith("test.json: $.missions[0].lines[0].posts[0].annualCost.source: ");
    }

    @Test
    void newerVersion_isReportedAsNewer() {
        String json = with("\"version\": 1,", "\"version\": 4, \"fromTheFuture\": true,");

        assertThat(errorOf(json)).isEqualTo("test.json: $.version: version 4 is newer than this Parley "
                + "supports (3); update Parley to read it");
    }

    @Test
    void wrongFormat_isRejected() {
        String json = with("\"parley-negotiation\"", "\"something-else\"");

        assertThat(errorOf(json)).isEqualTo("test.json: $.format: must be \"parley-negotiation\"");
    }

    @Test
    void stringForNumber_isAWrongType() {
        String json = with("{\"usd\": 1000000,", "{\"usd\": \"1000000\",");

        assertThat(errorOf(json)).isEqualTo("test.json: $.missions[0].baselines.sgProposed.usd: "
                + "expected a whole number");
    }

    @Test
    void fractionForWholeNumber_isAWrongType() {
        String json = with("{\"usd\": 1000000,", "{\"usd\": 1000000.5,");

        assertThat(errorOf(json)).startsWith("test.json: $.missions[0].baselines.sgProposed.usd: expected");
    }

    @Test
    void numberForText_isAWrongType() {
        String json = with("\"title\": \"Cuts\"", "\"title\": 7");

        assertThat(errorOf(json)).isEqualTo("test.json: $.proposals[0].title: expected a string");
    }

    @Test
    void missingRequiredField_isNamed() {
        String json = with("\"status\": \"OPENING_BID\", ", "");

        assertThat(errorOf(json)).isEqualTo("test.json: $.proposals[0].status: is required");
    }

    @Test
    void unknownEnumValue_listsTheAllowedOnes() {
        String json = with("\"kind\": \"DOCUMENT_ISSUED\"", "\"kind\": \"PARTY\"");

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].kind: \"PARTY\" is not one of ")
                .contains("DEADLINE");
    }

    @Test
    void timeWithoutOffset_isRejected() {
        String json = with("\"2018-05-15T10:00:00-04:00\"", "\"2018-05-15T10:00:00\"");

        assertThat(errorOf(json)).startsWith("test.json: $.events[0].at: \"2018-05-15T10:00:00\" is not an ISO-8601");
    }

    @Test
    void wrongValueFieldForKind_isRejected() {
        String json = with("\"percent\": \"50\"", "\"usd\": 50");

        assertThat(errorOf(json)).isEqualTo(
                "test.json: $.proposals[0].amendments[0].usd: a percent cut takes \"percent\", not \"usd\"");
    }

    @Test
    void modelRule_isPrefixedWithThePath() {
        String json = with("{\"kind\": \"TOPLINE_CUT\", \"usd\": 129000000,",
                "{\"kind\": \"TOPLINE_CUT\", \"target\": {\"mission\": \"UNISFA\"}, \"usd\": 129000000,");

        assertThat(errorOf(json)).isEqualTo("test.json: $.proposals[0].amendments[2]: "
                + "top-line cut: aims at the whole budget, not a mission");
    }

    @Test
    void emptyInput_isReported() {
        assertThat(errorOf("")).isEqualTo("test.json: $: the document is empty");
    }

    @Test
    void notANumber_isNamedInPlainWordsWithLineAndColumn() {
        String json = "{\n  \"format\": \"parley-negotiation\",\n  \"version\": NaN\n}";

        assertThat(errorOf(json)).isEqualTo("test.json: line 3, column 17 (near $.version): "
                + "a number is written as NaN: use a plain number");
    }

    @Test
    void textAfterTheDocument_isNamedWithItsLine() {
        String json = MinimalDocument.JSON + "\n{}";

        assertThat(errorOf(json)).startsWith("test.json: line ")
                .endsWith(": text after the end of the document: a file holds exactly one document");
    }

    @Test
    void nestingDeeperThanTheLimit_isRefusedBeforeBinding() {
        int depth = NegotiationJson.MAX_DEPTH + 1;
        String json = with("\"version\": 1,", "\"version\": 1, \"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ",");

        assertThat(errorOf(json)).matches("test\\.json: line 3, column \\d+ \\(near \\$\\.deep(\\[0\\])+\\): "
                + "the document nests deeper than 64 levels of lists and objects");
    }

    @Test
    void stringLongerThanTheLimit_isRefusedAtItsPath() {
        String json = with("\"title\": \"Cuts\"", "\"title\": \"" + "x".repeat(NegotiationJson.MAX_STRING + 1) + "\"");

        assertThat(errorOf(json)).matches("test\\.json: line \\d+, column \\d+ \\(near \\$\\.proposals\\[0\\]\\.title\\): "
                + "a string longer than 1000000 characters");
    }

    @Test
    void numberOutOfRange_saysTheRangeWithoutJavaTypes() {
        String json = with("{\"usd\": 1000000,", "{\"usd\": 123456789012345678901234567890,");

        assertThat(errorOf(json)).isEqualTo("test.json: $.missions[0].baselines.sgProposed.usd: the number "
                + "123456789012345678901234567890 is out of range here (-9223372036854775808 to 9223372036854775807)");
    }
}
