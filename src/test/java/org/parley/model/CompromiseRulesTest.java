package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compromise rules over a table of cases: each row names the field that must complain, if any. */
class CompromiseRulesTest {

    private static final Negotiation TALKS = new NegotiationBuilder().build().negotiation();
    private static final Instant INSIDE = Instant.parse("2018-06-26T14:00:00Z");
    private static final Target POST_ROW = Target.post(1, 2, 3);

    @ParameterizedTest(name = "{0} {1} as {2}, \"{3}\", floated {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT_CUT   | 5000 | 2500  | −25% instead of −50% | 2018-06-26T14:00:00Z | ''
            PERCENT_CUT   | 5000 | 0     | nothing cut          | 2018-06-26T14:00:00Z | ''
            PERCENT_CUT   | 5000 | 10000 | all of it            | 2018-06-26T14:00:00Z | ''
            PERCENT_CUT   | 5000 | 10001 | more than all        | 2018-06-26T14:00:00Z | Value: a percentage must be between 0 and 100
            PERCENT_CUT   | 5000 | -1    | negative             | 2018-06-26T14:00:00Z | Value: must not be negative
            ABOLISH_POSTS | 3    | 3     | all three            | 2018-06-26T14:00:00Z | ''
            ABOLISH_POSTS | 3    | 0     | the post kept        | 2018-06-26T14:00:00Z | ''
            ABOLISH_POSTS | 3    | 4     | one more             | 2018-06-26T14:00:00Z | Value: no more posts than the amendment abolishes (3)
            AMOUNT_CUT    | 900  | 5000  | more than asked      | 2018-06-26T14:00:00Z | ''
            PERCENT_CUT   | 5000 | 2500  | '  '                 | 2018-06-26T14:00:00Z | Description: required: say how the compromise was put, e.g. "−25% instead of −50%"
            PERCENT_CUT   | 5000 | 2500  | too early            | 2018-05-07T12:59:59Z | Floated on: must be inside the negotiation, from 7 May 2018 09:00 to 8 Jul 2018 00:00
            PERCENT_CUT   | 5000 | 2500  | at the opening       | 2018-05-07T13:00:00Z | ''
            PERCENT_CUT   | 5000 | 2500  | at the deadline      | 2018-07-01T04:00:00Z | ''
            PERCENT_CUT   | 5000 | 2500  | days after deadline  | 2018-07-04T06:00:00Z | ''
            PERCENT_CUT   | 5000 | 2500  | a week after it      | 2018-07-08T04:00:01Z | Floated on: must be inside the negotiation, from 7 May 2018 09:00 to 8 Jul 2018 00:00
            """)
    void check_namesTheFieldAndTheRule(AmendmentKind kind, long amendmentValue, long value, String description,
                                       String floatedAt, String expected) {
        Amendment a = new Amendment(9, kind == AmendmentKind.ABOLISH_POSTS ? POST_ROW : Target.line(1, 2), kind,
                amendmentValue, "", Provenance.illustrative("test"));

        List<Problem> problems = CompromiseRules.check(TALKS, a, description, value, Instant.parse(floatedAt));

        assertThat(problems).extracting(Problem::toString).containsExactlyElementsOf(
                expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void check_aDateThatCouldNotBeRead_isRequired() {
        Amendment a = new Amendment(9, Target.line(1, 2), AmendmentKind.PERCENT_CUT, 5000, "",
                Provenance.illustrative("test"));

        assertThat(CompromiseRules.check(TALKS, a, "half", 2500, null)).extracting(Problem::toString)
                .containsExactly("Floated on: required: when the compromise was floated");
    }
}
