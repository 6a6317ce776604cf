package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as delegates type them, in each amendment kind's unit. */
class AmendmentValueInputTest {

    @ParameterizedTest(name = "{0}: \"{1}\" reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT_CUT   | 25       | 2500
            PERCENT_CUT   | −12.5%   | 1250
            ABOLISH_POSTS | 2        | 2
            ABOLISH_POSTS | 1 post   | 1
            AMOUNT_CUT    | $2.5M    | 2500000
            AMOUNT_CUT    | 1,250,000| 1250000
            RESTORE       | +750k    | 750000
            TOPLINE_CUT   | 1.2bn    | 1200000000
            """)
    void valueInput_readsEachKindsUnit(AmendmentKind kind, String text, long expected) {
        assertThat(AmendmentValueInput.parse(kind, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT_CUT   | half     | "half" is not a percentage
            PERCENT_CUT   | 150      | "150": a percentage must be between 0 and 100
            ABOLISH_POSTS | 2.5      | "2.5" is not a number of posts like 3
            AMOUNT_CUT    | $2.5001k | "$2.5001k" is not an amount in whole dollars like 1,250,000 or $2.5M
            """)
    void valueInput_refusesWithTheExpectedForm(AmendmentKind kind, String text, String message) {
        assertThatThrownBy(() -> AmendmentValueInput.parse(kind, text))
                .hasMessage(message);
    }
}
