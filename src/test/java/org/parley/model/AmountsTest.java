package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void theCeiling_isTenTrillionDollars_andAFormSaysSo() {
        assertThat(Amounts.MAX_USD).isEqualTo(10_000_000_000_000L);
        assertThat(SourceRules.amount("Current", Amounts.MAX_USD, true)).isEmpty();
        assertThat(SourceRules.amount("Current", Amounts.MAX_USD + 1, true)).extracting(Problem::toString)
                .containsExactly("Current (USD): an amount must be at most $10,000,000,000,000, more than any budget");
        assertThat(SourceRules.amount("Current", Long.MAX_VALUE, true)).hasSize(1);
        assertThat(SourceRules.amount("Current", -1L, true)).extracting(Problem::message)
                .containsExactly("an amount must not be negative");
    }

    @Test
    void aPostRow_carriesAtMostTheLargestCount() {
        assertThat(BudgetRules.post("Officer", Amounts.MAX_POSTS, 1L)).isEmpty();
        assertThat(BudgetRules.post("Officer", Amounts.MAX_POSTS + 1L, 1L)).extracting(Problem::toString)
                .containsExactly("Count: a post row may carry at most 100000 posts");
    }

    @Test
    void theModel_refusesAnAmountAboveTheCeiling_namingIt() {
        assertThatThrownBy(() -> Figure.illustrative(Long.MAX_VALUE)).isInstanceOf(Refused.class)
                .hasMessage("an amount: $9,223,372,036,854,775,807 is more than any budget (Parley accepts at most "
                        + "$10,000,000,000,000)");
        assertThatThrownBy(() -> new Post(1, "Officer", Grade.P3, Amounts.MAX_POSTS + 1, PostStatus.VACANT,
                Figure.illustrative(1), Provenance.illustrative(""))).hasMessageContaining("at most 100000 posts");
    }

    @Test
    void sumsThatPassTheEndOfALong_sayWhatIsWrong_inWords() {
        Cut big = Cut.dollars(Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> big.plus(Cut.dollars(2))).isInstanceOf(Amounts.TooLarge.class)
                .hasMessageStartingWith("a total is too large to add up").hasMessageNotContaining("overflow");
        Cut posts = Cut.posts(Grade.P3, Integer.MAX_VALUE, 0);
        assertThatThrownBy(() -> posts.plus(Cut.posts(Grade.P3, 1, 0))).isInstanceOf(Amounts.TooLarge.class);
    }
}
