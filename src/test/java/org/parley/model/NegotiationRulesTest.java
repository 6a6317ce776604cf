package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class NegotiationRulesTest {

    private static Negotiation marked(String marking) {
        return new Negotiation(0, "Budgets", "", Instant.parse("2018-05-07T13:00:00Z"),
                Instant.parse("2018-07-01T04:00:00Z"), ZoneId.of("America/New_York"), null, "USD", marking);
    }

    @Test
    void eightArgumentConstructor_marksConfidential() {
        Negotiation n = new Negotiation(0, "Budgets", "", Instant.parse("2018-05-07T13:00:00Z"),
                Instant.parse("2018-07-01T04:00:00Z"), ZoneId.of("America/New_York"), null, "USD");

        assertThat(n.marking()).isEqualTo(Negotiation.DEFAULT_MARKING).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void marking_isTrimmed() {
        assertThat(marked("  RESTRICTED  ").marking()).isEqualTo("RESTRICTED");
    }

    @Test
    void blankOrMissingMarking_isTheDefault() {
        assertThat(marked("   ").marking()).isEqualTo("CONFIDENTIAL");
        assertThat(marked(null).marking()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void markingOfFortyCharacters_isAccepted() {
        assertThat(marked("X".repeat(40)).marking()).hasSize(40);
        assertThat(NegotiationRules.marking("X".repeat(40))).isEmpty();
    }

    @Test
    void markingOverFortyCharacters_isRefusedNamingTheRule() {
        assertThatThrownBy(() -> marked("X".repeat(41)))
                .isInstanceOf(Refused.class).hasMessageContaining("at most 40 characters");
        assertThat(NegotiationRules.marking("X".repeat(41))).extracting(Problem::toString)
                .containsExactly("Classification marking: a classification marking must be at most 40 characters"
                        + " (this one has 41)");
    }

    @Test
    void markingOfTwoLines_isRefusedNamingTheRule() {
        assertThatThrownBy(() -> marked("SECRET\nNOFORN"))
                .isInstanceOf(Refused.class).hasMessageContaining("single line");
        assertThat(NegotiationRules.marking("SECRET\r\nNOFORN")).extracting(Problem::field)
                .containsExactly(NegotiationRules.MARKING);
    }

    @Test
    void details_needATitle() {
        assertThat(NegotiationRules.details(" ", "")).extracting(Problem::toString)
                .containsExactly("Title: a negotiation title is required");
    }

    @Test
    void withMarking_keepsEverythingElse() {
        Negotiation n = marked("").withId(7);

        Negotiation m = n.withMarking("UN RESTRICTED");

        assertThat(m.marking()).isEqualTo("UN RESTRICTED");
        assertThat(m.withMarking(n.marking())).isEqualTo(n);
        assertThat(m.withId(8).marking()).isEqualTo("UN RESTRICTED");
    }
}
