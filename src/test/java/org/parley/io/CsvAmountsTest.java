package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Refused;

class CsvAmountsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"1,234,567|1234567", "1234567|1234567", "$1,234,567|1234567",
            "  $ 1,234,567.00 |1234567", "0|0", "007|7", "1000000000000|1000000000000", "10000000000000|10000000000000"})
    void readsWholeDollarsAsSpreadsheetsWriteThem(String cell, long usd) {
        assertThat(CsvAmounts.dollars(cell)).isEqualTo(usd);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {"1234.50|must be whole dollars", "-5|must not be negative",
            "(5)|must not be negative", "twelve|is not an amount", "1,23,4|is not an amount", "1e6|is not an amount",
            "10000000000001|larger than any budget", "99999999999999999999999|larger than any budget",
            "''|an amount is needed"})
    void refusesWhatIsNotWholeDollars(String cell, String message) {
        assertThatThrownBy(() -> CsvAmounts.dollars(cell)).isInstanceOf(Refused.class)
                .hasMessageContaining(message);
    }

    @Test
    void countsArePositiveWholeNumbersOfPosts() {
        assertThat(CsvAmounts.count(" 12 ")).isEqualTo(12);
        assertThatThrownBy(() -> CsvAmounts.count("0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> CsvAmounts.count("2.5")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> CsvAmounts.count("100001")).hasMessageContaining("at most 100000");
    }
}
