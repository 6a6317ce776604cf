package org.parley.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Grade;
import org.parley.model.Refused;
import org.parley.model.Share;

class ScenarioTextTest {

    @Test
    void posts_readSeniorFirst_andNoneAsADash() {
        Map<Grade, Integer> posts = new EnumMap<>(Grade.class);
        posts.put(Grade.P3, 3);
        posts.put(Grade.P4, 1);
        assertThat(ScenarioText.posts(posts)).isEqualTo("1 P-4, 3 P-3");
        assertThat(ScenarioText.posts(Map.of())).isEqualTo("—");
    }

    @Test
    void postsDifference_isSigned() {
        assertThat(ScenarioText.postsDifference(Map.of(Grade.P3, 2, Grade.P4, -1))).isEqualTo("−1 P-4, +2 P-3");
    }

    @Test
    void share_isEmptyWhenNotMeasurable() {
        assertThat(ScenarioText.share(Optional.of(Share.ofBasisPoints(6_407)))).isEqualTo("64.1%");
        assertThat(ScenarioText.share(Optional.of(Share.ofBasisPoints(5_500)))).as("one decimal, always").isEqualTo("55.0%");
        assertThat(ScenarioText.share(Optional.of(Share.ofBasisPoints(1_175)))).as("half up").isEqualTo("11.8%");
        assertThat(ScenarioText.share(Optional.of(Share.ofBasisPoints(4)))).as("some, not none").isEqualTo("<0.1%");
        assertThat(ScenarioText.share(Optional.of(Share.ofBasisPoints(9_996)))).as("not all").isEqualTo(">99.9%");
        assertThat(ScenarioText.share(Optional.of(Share.WHOLE))).isEqualTo("100.0%");
        assertThat(ScenarioText.share(Optional.of(Share.NONE))).isEqualTo("0.0%");
        assertThat(ScenarioText.share(Optional.empty())).isEqualTo("—");
    }

    @Test
    void difference_carriesItsSign() {
        assertThat(ScenarioText.difference(9_049_000)).isEqualTo("+$9.0M");
        assertThat(ScenarioText.difference(-9_049_000)).isEqualTo("−$9.0M");
        assertThat(ScenarioText.difference(0)).isEqualTo("$0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "129000000     | 129000000",
            "$129,000,000  | 129000000",
            "129M          | 129000000",
            "129.5 million | 129500000",
            "1.2bn         | 1200000000",
            "750k          | 750000",
            "''            | 0"})
    void targetInput_readsWhatPeopleType(String text, long usd) {
        assertThat(TargetInput.parse(text)).isEqualTo(usd);
    }

    @Test
    void targetInput_refusesNonsenseAndFractionsOfADollar() {
        assertThatThrownBy(() -> TargetInput.parse("lots")).isInstanceOf(Refused.class).hasMessageStartingWith("\"lots\" is not an amount");
        assertThatThrownBy(() -> TargetInput.parse("1.2345678M")).isInstanceOf(Refused.class).hasMessage("\"1.2345678M\" is not a whole number of dollars");
        assertThatThrownBy(() -> TargetInput.parse("-5")).isInstanceOf(Refused.class).hasMessageStartingWith("\"-5\" is not an amount");
    }
}
