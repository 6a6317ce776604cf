package org.parley.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Problem;

class InputsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "55,152,000   | 55152000",
            "$55 152 000  | 55152000",
            "55152000     | 55152000",
            "-5           | -5",
            "\u22125      | -5",
            "''           | null"})
    void dollars_readWholeDollarsAsWritten(String text, Long expected) {
        List<Problem> problems = new ArrayList<>();

        assertThat(Inputs.dollars("Amount", text, problems)).isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12.5", "abc", "5M"})
    void dollars_thatDoNotRead_areAProblemNamingTheField(String text) {
        List<Problem> problems = new ArrayList<>();

        assertThat(Inputs.dollars("SG proposed (USD)", text, problems)).isNull();
        assertThat(problems).map(Problem::toString)
                .containsExactly("SG proposed (USD): \"" + text + "\" is not a whole number of dollars");
    }

    @ParameterizedTest
    @CsvSource({"2018-06-26 16:00", "26 Jun 2018 16:00", "  2018-06-26   16:00 ", "2018-06-26T16:00", "26 june 2018 16:00"})
    void dateTime_readsLocalTimeInTheNegotiationsZone(String text) {
        List<Problem> problems = new ArrayList<>();

        assertThat(Inputs.dateTime("When", text, NEW_YORK, problems)).isEqualTo(Instant.parse("2018-06-26T20:00:00Z"));
        assertThat(problems).isEmpty();
    }

    @Test
    void dateTime_thatDoesNotRead_saysWhatItExpects() {
        List<Problem> problems = new ArrayList<>();

        Inputs.dateTime("When", "tomorrow", NEW_YORK, problems);

        assertThat(problems).map(Problem::toString)
                .containsExactly("When: \"tomorrow\" is not a date and time: write it as 26 Jun 2018 09:00 (New York time)");
    }

    @Test
    void dateTimeText_readsBack() {
        Instant at = Instant.parse("2018-06-26T20:00:00Z");

        assertThat(Inputs.dateTime("When", Inputs.dateTimeText(at, NEW_YORK), NEW_YORK, new ArrayList<>())).isEqualTo(at);
    }

    @Test
    void merge_dropsRuleProblemsOnFieldsThatDidNotRead() {
        List<Problem> reading = List.of(new Problem("Count", "\"x\" is not a whole number"));
        List<Problem> rules = List.of(new Problem("Count", "a post row needs at least 1 post"),
                new Problem("Title", "a post title is required"));

        assertThat(Inputs.merge(reading, rules)).map(Problem::toString).containsExactly(
                "Count: \"x\" is not a whole number", "Title: a post title is required");
    }
}
