package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

    @ParameterizedTest
    @CsvSource({"50, 5000", "12.5, 1250", "12.5%, 1250", "0, 0", "100, 10000", "33.33, 3333"})
    void parsePercent_readsExactBasisPoints(String text, int bp) {
        assertThat(Share.parsePercent(text).basisPoints()).isEqualTo(bp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.01", "abc", "", "12.345"})
    void parsePercent_rejectsWhatIsNotAPercentage(String text) {
        assertThatThrownBy(() -> Share.parsePercent(text)).isInstanceOf(Refused.class);
    }

    @Test
    void of_roundsHalfUpToTheWholeDollar() {
        assertThat(Share.parsePercent("50").of(3)).isEqualTo(2);
        assertThat(Share.parsePercent("25").of(1_000_001)).isEqualTo(250_000);
        assertThat(Share.parsePercent("33.33").of(Long.MAX_VALUE / 10_000)).isPositive();
    }

    @Test
    void toPercentText_dropsTrailingZeros() {
        assertThat(Share.ofBasisPoints(5000).toPercentText()).isEqualTo("50%");
        assertThat(Share.ofBasisPoints(1250).toPercentText()).isEqualTo("12.5%");
    }
}
