package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short amounts read evenly: whole thousands from ten thousand on, and the unit the rounded amount reaches. */
class MoneyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0             | $0",
        "950           | $950",
        "5300          | $5.3k",
        "9949          | $9.9k",
        "9960          | $10k",
        "688000        | $688k",
        "727700        | $728k",
        "999499        | $999k",
        "999600        | $1.0M",
        "5100000       | $5.1M",
        "129000000     | $129.0M",
        "999960000     | $1.00bn",
        "1090000000    | $1.09bn",
        "-135000       | −$135k",
    })
    void compact(long usd, String shown) {
        assertThat(MoneyText.compact(usd)).isEqualTo(shown);
    }
}
